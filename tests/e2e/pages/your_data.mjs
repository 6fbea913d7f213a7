// Page object for the Your data screen.
export class YourDataPage {
  constructor(page) {
    this.page = page;
  }
  nameA() {
    return this.page.getByLabel("First partner's name");
  }
  nameB() {
    return this.page.getByLabel("Second partner's name");
  }
  async deleteEverything() {
    await this.page.getByRole('button', { name: 'Delete everything…' }).click();
    await this.page.getByRole('button', { name: 'Yes, delete everything' }).click();
  }
}
