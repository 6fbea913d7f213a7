// Page object for what every screen shares: navigation, quick exit, banners, headings.
export class Shell {
  constructor(page) {
    this.page = page;
  }
  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  nav(name) {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  }
  quickExit() {
    return this.page.getByRole('button', { name: 'Exit this page' });
  }
  banner(testId) {
    return this.page.getByTestId(testId);
  }
}
