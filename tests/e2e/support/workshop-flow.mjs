// A facilitator's workshop for the accessibility matrix: set up, opening question, group
// rounds with pasted summaries, a pass-the-device round of three, the reveal. Each step is its
// own function, so the matrix can audit the page between them.
import { say } from './matrix.mjs';
import { openPage } from './browser.mjs';

export const ANSWERS = ['[09:01] Anna', 'Trygghet och kontinuitet', '[09:02] Bo', 'Att vården finns nära mig, trygghet', '[09:03] Cia', 'Samverkan och trygghet i hemmet'].join('\n');

/** Every group writes once per round, with the chat's names and times around. */
export function summariesChat() {
  const lines = ['[09:58] Facilitator', 'Välkomna tillbaka!'];
  for (const round of [1, 2]) {
    for (const group of [1, 2, 3, 4, 5, 6, 7, 8]) {
      lines.push(`[10:${round}${group}] Deltagare ${group}`, `Grupp ${group}: Omgång ${round} från grupp ${group}: mer tid med patienten`);
    }
  }
  return lines.join('\n');
}

const button = (page, lang, sv, en) => page.getByRole('button', { name: say(lang, sv, en), exact: true }).click();

export async function setUp(page) {
  await page.getByRole('navigation', { name: /^(Vyer|Views)$/ }).getByRole('button', { name: 'Workshop' }).click();
  await page.waitForSelector('.workshop-setup');
  await page.check('#ws-targets');
  const boxes = page.locator('.ws-items input[type=checkbox]');
  const count = await boxes.count();
  for (let i = 4; i < count; i += 1) await boxes.nth(i).uncheck();
}

export async function start(page) {
  await page.click('.workshop-setup button[type=submit]');
  await page.waitForSelector('.workshop-join');
}

export async function opening(page) {
  await page.check('#opening-show');
  await page.fill('#opening-answers', ANSWERS);
  await page.waitForSelector('.workshop-opening .cloud-table');
}

export async function rounds(page, lang) {
  await button(page, lang, 'Planera gruppdialoger', 'Plan group dialogues');
  await page.waitForSelector('.rounds-plan');
  await page.fill('#paste-summaries', summariesChat());
  await button(page, lang, 'Sortera sammanfattningarna', 'Sort the summaries');
  await page.waitForSelector('.shift-summaries');
}

export async function roundOpen(page, lang) {
  await button(page, lang, 'Skicka runt en dator eller telefon', 'Pass the device round');
  await page.waitForSelector('.workshop-round');
  await page.check('[id^=runda][id$="-0-nu-2"]');
}

export async function roundDone(page) {
  for (const level of [2, 3, 3]) {
    await page.check(`[id^=runda][id$="-0-nu-${level}"]`);
    await page.check('[id^=runda][id$="-1-mal-vet-ej"]');
    await page.click('.workshop-round button.primary');
  }
  await page.click('.workshop-round .field-row button:not(.primary)');
  await page.waitForSelector('.workshop-round', { state: 'detached' });
}

export async function reveal(page, lang) {
  await page.locator('.workshop-results').getByRole('button', { name: say(lang, 'Visa resultatet', 'Reveal the results') }).click();
  await page.waitForSelector('.workshop-results .dot-plot, .workshop-results svg');
}

/** A workshop set up and started in a browser of its own; its join link's fragment (`#workshop=…`). */
export async function joinHash(app) {
  const { page, context } = await openPage(app.browser, app.server.url);
  await setUp(page);
  await start(page);
  const link = await page.textContent('.join-link code');
  await context.close();
  return link.slice(link.indexOf('#'));
}
