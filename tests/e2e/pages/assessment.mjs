// Page object for the trust self-assessment.
export class AssessmentPage {
  constructor(page) {
    this.page = page;
  }
  stepHeading() {
    return this.page.locator('#step-title');
  }
  progressLabel() {
    return this.page.locator('label[for="assessment-progress"]');
  }
  async startAlone() {
    await this.page.getByRole('button', { name: 'Start on my own' }).click();
  }
  async startTogether() {
    await this.page.getByRole('button', { name: 'Start together' }).click();
  }
  /** Gives the partners' names, then starts together. */
  async startTogetherAs(first, second) {
    await this.page.getByText('Add your names (optional)').click();
    await this.page.getByLabel("First partner's name").fill(first);
    await this.page.getByLabel("Second partner's name").fill(second);
    await this.startTogether();
  }
  /** Every statement group on the current step. */
  groups() {
    return this.page.locator('main fieldset.item');
  }
  /** Chooses `label` (e.g. 'Agree') in every statement group of the current step. */
  async answerAll(label) {
    const groups = this.groups();
    const n = await groups.count();
    for (let i = 0; i < n; i++) {
      await groups.nth(i).getByRole('radio', { name: label, exact: true }).check();
    }
  }
  /** From the safety step, answered 'No' throughout, past the role question to the first area. */
  async toFirstArea() {
    await this.answerAll('No');
    await this.next();
    await this.next(); // past the role question, which is optional
  }
  async next() {
    await this.page.getByRole('button', { name: /^(Next|See results)$/ }).click();
  }
  /** The role question's choices ("Which of these fits you best right now?"). */
  roleGroup() {
    return this.page.getByRole('group', { name: 'Which of these fits you best right now?' });
  }
  /** Chooses where the person answering stands, by (part of) the label. */
  async chooseRole(label) {
    await this.roleGroup().getByRole('radio', { name: label }).check();
  }
  /**
   * Answers the safety step with `safety`, the role question with `role` (or skips it), and each
   * area step with `label`, to the end of one person's part.
   */
  async answerWholePart(label, safety = 'No', role = null) {
    await this.answerAll(safety);
    await this.next();
    if (role) await this.chooseRole(role);
    await this.next();
    for (let i = 0; i < 11; i++) {
      await this.answerAll(label);
      await this.next();
    }
  }
  safetyPanel() {
    return this.page.getByRole('region', { name: 'Your safety comes first' });
  }
  /** The radio `label` ('Yes', 'No', 'Prefer not to say') of safety question `n` (0-based). */
  safetyChoice(n, label) {
    return this.groups().nth(n).getByRole('radio', { name: label, exact: true });
  }
  checkedChoices() {
    return this.page.locator('main input[type=radio]:checked');
  }
  async stopPrivately() {
    await this.page.getByRole('button', { name: 'Stop privately' }).click();
  }
  /** The neutral screen after "Stop privately". */
  endedHeading() {
    return this.stepHeading().filter({ hasText: 'This questionnaire has ended' });
  }
}
