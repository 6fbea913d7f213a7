// Page object for the Your data screen.

/** Turns the passphrase lock on from Your data and waits until it is. */
export async function turnLockOn(page, passphrase) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on.').waitFor({ timeout: 15000 });
}

/** Unlocks from the lock screen and waits for Your data to show again. */
export async function unlock(page, passphrase) {
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 });
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'Your data', exact: true }).waitFor({ timeout: 15000 });
}

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

/** Export, import and their messages on the Your data screen. */
export class TransferPanel {
  constructor(page) {
    this.page = page;
  }
  /** Clicks "Export my data" and resolves to the downloaded file's name and text. */
  async exportData() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export my data' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
  async chooseFile(name, text) {
    await this.page.getByLabel('Import a Mend file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
  preview() {
    return this.page.getByRole('group', { name: 'This file holds' });
  }
  error() {
    return this.page.locator('#main p[role=alert]');
  }
}
