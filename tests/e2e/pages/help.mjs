// Page object for the Help page and the ways to reach it.
export class HelpPage {
  constructor(page) {
    this.page = page;
  }
  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Help and support' });
  }
  /** The footer link, present on every screen. */
  footerLink() {
    return this.page.locator('footer').getByRole('link', { name: 'Help and support lines' });
  }
  /** The "Help" entry of the main navigation. */
  navLink() {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help', exact: true });
  }
  /** A country's section, by its heading. */
  country(name) {
    return this.page.getByRole('region', { name });
  }
  changeSection() {
    return this.page.getByRole('region', { name: 'If you want to stop hurting your partner' });
  }
}
