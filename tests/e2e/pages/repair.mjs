// Page object for the Repair checklist screen: roles and labels first.
export class RepairPage {
  constructor(page) {
    this.page = page;
  }
  /** A phase (or other section) by its heading. */
  section(title) {
    return this.page.getByRole('region', { name: title, exact: true });
  }
  stepBox(text) {
    return this.page.getByRole('checkbox', { name: text, exact: true });
  }
  stepNote(text) {
    return this.page.getByRole('textbox', { name: `Note: ${text}`, exact: true });
  }
  /** The list item that holds a step. */
  stepItem(text) {
    return this.page.getByRole('listitem').filter({ has: this.stepBox(text) });
  }
  doneOn(text) {
    return this.stepItem(text).getByText(/^Done on \d{4}-\d{2}-\d{2}$/);
  }
  async hide(text) {
    await this.page.getByRole('button', { name: `Hide this step: ${text}`, exact: true }).click();
  }
  async showAgain(phaseTitle, text) {
    const phase = this.section(phaseTitle);
    await phase.getByText('Steps you have hidden').click();
    await phase.getByRole('button', { name: `Show again: ${text}`, exact: true }).click();
  }
  async addStep(phaseTitle, text, who) {
    const phase = this.section(phaseTitle);
    if (!(await phase.getByLabel('Your step').isVisible())) await phase.getByText('Add your own step').click();
    await phase.getByLabel('Your step').fill(text);
    await phase.getByLabel('Who does it').selectOption({ label: who });
    await phase.getByRole('button', { name: 'Add step' }).click();
  }
  async removeStep(text) {
    await this.page.getByRole('button', { name: `Remove this step: ${text}`, exact: true }).click();
  }
  overallProgress() {
    return this.page.getByText(/^Overall: \d+ of \d+ done$/);
  }
  async addPromise(text, due) {
    await this.page.getByLabel('What will you do?').fill(text);
    if (due) await this.page.getByLabel('By when').fill(due);
    await this.page.getByRole('button', { name: 'Add promise' }).click();
  }
  promise(text) {
    return this.page.getByRole('group', { name: text, exact: true });
  }
  keptRate() {
    return this.section('Small promises').getByText(/promises? kept: \d+%$/);
  }
  async addCheckIn({ date, ratings, wentWell = '', wasHard = '', nextStep = '' }) {
    const form = this.section('Check-ins');
    if (date) await form.getByLabel('Date', { exact: true }).fill(date);
    const labels = ["Partner A's trust", "Partner A's closeness", "Partner B's trust", "Partner B's closeness"];
    for (const [i, label] of labels.entries()) await form.getByLabel(label, { exact: true }).fill(String(ratings[i]));
    await form.getByLabel('What went well since last time').fill(wentWell);
    await form.getByLabel('What was hard').fill(wasHard);
    await form.getByLabel('One next step').fill(nextStep);
    await form.getByRole('button', { name: 'Save check-in' }).click();
  }
  trendTable() {
    return this.page.getByRole('table', { name: 'Check-in ratings over time' });
  }
  keptTable() {
    return this.page.getByRole('table', { name: 'Share of promises kept over time' });
  }
  alerts() {
    return this.page.getByRole('alert');
  }
}
