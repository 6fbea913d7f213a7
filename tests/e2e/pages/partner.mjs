// Page object for "Share with your partner" (#/partner): sending and receiving sealed packets.
export class PartnerPage {
  constructor(page) {
    this.page = page;
  }
  /** Says who uses this phone, by the radio's label ("Sam (the first partner)"). */
  async iAm(label) {
    await this.page.getByRole('group', { name: 'Who uses this phone?' }).getByRole('radio', { name: label }).check();
  }
  /** Makes a packet with what is ticked; resolves to { code, link, text }. */
  async makePacket() {
    await this.page.getByRole('button', { name: 'Make a sealed packet' }).click();
    await this.page.getByRole('heading', { name: 'Your packet is sealed' }).waitFor({ timeout: 20000 });
    const code = (await this.page.getByTestId('packet-code').innerText()).trim();
    const link = await this.page.getByLabel("Link to open on your partner's phone").inputValue();
    const text = await this.page.getByLabel('The packet as text').inputValue();
    return { code, link, text };
  }
  /** Clicks "Download the packet"; resolves to the file's name and text. */
  async download() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download the packet' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
  async chooseFile(name, text) {
    await this.page.getByLabel('Open a packet file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  }
  pasteBox() {
    return this.page.getByLabel('Or paste the packet or the link');
  }
  /** Puts `text` in the paste box as a paste does: at once (typing a megabyte would take minutes). */
  async paste(text) {
    await this.pasteBox().evaluate((box, value) => {
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }
  codeBox() {
    return this.page.getByLabel('The code your partner told you');
  }
  /** Types the code and opens what is in the paste box. */
  async open(code) {
    await this.codeBox().fill(code);
    await this.page.getByRole('button', { name: 'Open the packet' }).click();
  }
  preview() {
    return this.page.getByRole('group', { name: /^From / });
  }
  async add() {
    await this.page.getByRole('button', { name: 'Add to my Mend' }).click();
    await this.page.locator('#receive-status').filter({ hasText: 'Done' }).waitFor();
  }
  /** The receiving section's error message. */
  error() {
    return this.page.getByRole('region', { name: 'Receive from my partner' }).getByRole('alert');
  }
}
