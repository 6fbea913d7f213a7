// Page object for the Boundary worksheet screen. Finds things by role and label.
import { gotoApp } from '../harness.mjs';

export class BoundariesPage {
  constructor(page) {
    this.page = page;
  }
  async open(base) {
    await gotoApp(this.page, base, '#/boundaries');
  }
  /** A topic's card: a region named by its heading. */
  card(title) {
    return this.page.getByRole('region', { name: title, exact: true });
  }
  heading(title) {
    return this.page.getByRole('heading', { level: 2, name: title, exact: true });
  }
  /** A text box in a topic, by its full label ("Sam: What I need", "What we agree"). */
  box(title, label) {
    return this.card(title).getByLabel(label, { exact: true });
  }
  status(title) {
    return this.card(title).getByLabel('Where you are with this');
  }
  revisitBy(title) {
    return this.card(title).getByLabel('Look at it again by');
  }
  button(title, name) {
    return this.card(title).getByRole('button', { name, exact: true });
  }
  overview() {
    return this.page.getByRole('region', { name: 'Where you are' });
  }
  async setNames(a, b) {
    await this.page.getByText('Your names', { exact: true }).click();
    await this.page.getByLabel("First partner's name").fill(a);
    await this.page.getByLabel("Second partner's name").fill(b);
  }
  /** Fills all three boxes of one partner in one topic. */
  async fillSide(title, name, [need, notOk, ifCrossed]) {
    await this.box(title, `${name}: What I need`).fill(need);
    await this.box(title, `${name}: What is not OK for me`).fill(notOk);
    await this.box(title, `${name}: What I would like to happen if it is crossed`).fill(ifCrossed);
  }
  async agree(title, wording, revisitBy) {
    await this.box(title, 'What we agree').fill(wording);
    await this.status(title).selectOption({ label: 'Agreed' });
    if (revisitBy) await this.revisitBy(title).fill(revisitBy);
  }
  newTopicName() {
    return this.page.getByLabel('Name of the new topic');
  }
  async addTopic(name) {
    await this.newTopicName().fill(name);
    await this.page.getByRole('button', { name: 'Add topic' }).click();
  }
  /** Asks to remove a topic of your own: the question then shows on the page, in the card. */
  async askToRemove(title) {
    const card = this.card(title);
    // "Rename or remove this topic" opens and closes the card's tools: open them if they are not.
    if (!(await card.locator('details.b-manage').evaluate((d) => d.open))) await card.getByText('Rename or remove this topic').click();
    await card.getByRole('button', { name: 'Remove this topic' }).click();
  }
  /** The question "Remove this topic…?" of a topic's card, with its two answers. */
  removeQuestion(title) {
    return this.card(title).getByRole('group', { name: 'Remove this topic and everything written in it?' });
  }
  /** Removes a topic of your own, answering "Yes, remove it". */
  async removeTopic(title) {
    await this.askToRemove(title);
    await this.removeQuestion(title).getByRole('button', { name: 'Yes, remove it' }).click();
  }
  /** Titles of the visible topic cards, in order. */
  async titles() {
    return this.page.locator('section.b-cat h2').allInnerTexts();
  }
}
