// The organisation's site configuration (site.json beside index.html): its name and contact in the
// accessibility statement, its logo and colour, its default framework and language, its own
// framework file, the views it offers; a broken file listed for the admin, and the app as usual.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serveDist } from './support/server.mjs';
import { axeViolations, launch, openPage } from './support/browser.mjs';
import { BROKEN_SITE } from './support/site.mjs';

const EXAMPLE = JSON.parse(readFileSync(new URL('../../www/site.example.json', import.meta.url), 'utf8'));
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#5a2d82"/></svg>';

/** dist/ with `site` written as site.json (and a logo), served. */
async function siteWith(site) {
  const dir = mkdtempSync(join(tmpdir(), 'nvk-site-'));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'site.json'), typeof site === 'string' ? site : JSON.stringify(site));
  writeFileSync(join(dir, 'logo.svg'), LOGO);
  return serveDist({ root: dir });
}

describe('site configuration', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  test('the example, changed a little: name, contact, logo, colour, framework, views', async (t) => {
    const server = await siteWith({
      ...EXAMPLE,
      colour: '#5a2d82',
      framework: 'exempel-kalmar-utvecklingsomraden',
      views: ['assessment', 'workshop'],
    });
    t.after(() => server.close());
    const { page, problems, context } = await openPage(browser, server.url);
    await page.waitForSelector('img.site-logo');
    assert.equal(await page.getAttribute('img.site-logo', 'alt'), 'Region Exempel');
    assert.equal((await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand'))).trim(), '#5a2d82');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor), 'rgb(90, 45, 130)');
    // The site's own framework file is offered and chosen for a new browser.
    await page.waitForFunction(() => /Kalmar län med utvecklingsområden/.test(document.querySelector('main')?.textContent ?? ''));
    // The organisation view is not offered here; the workshop is.
    const views = page.getByRole('navigation', { name: 'Vyer' });
    assert.equal(await views.getByRole('button', { name: 'Sammanställning' }).count(), 0);
    assert.equal(await views.getByRole('button', { name: 'Workshop' }).count(), 1);
    // The statement names the organisation and how to reach it.
    await page.click('.site-footer .link-button');
    assert.match(await page.textContent('.site-contact'), /^Region Exempel publicerar tjänsten och ansvarar för den\./);
    assert.equal(await page.getAttribute('.site-contact a[href^="mailto:"]', 'href'), 'mailto:tillganglighet@example.se');
    assert.match(await page.textContent('.site-contact'), /010-123 45 67/);
    assert.deepEqual(await axeViolations(page), []);
    await page.click('.lang-button[lang=en]');
    assert.match(await page.textContent('.site-contact'), /^Region Example publishes this service/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the language and built-in framework by default, unless the address says otherwise', async (t) => {
    const server = await siteWith({ format: 'nara-vard-kompassen/site', version: 1, lang: 'en', framework: 'kalmar-lan' });
    t.after(() => server.close());
    const first = await openPage(browser, server.url);
    await first.page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.deepEqual(first.problems, []);
    await first.context.close();
    const asked = await openPage(browser, `${server.url}?lang=sv`);
    await asked.page.waitForTimeout(500);
    assert.equal(await asked.page.evaluate(() => document.documentElement.lang), 'sv');
    await asked.context.close();
  });

  test('a broken file: every problem listed in plain words, and the app as usual', async (t) => {
    const server = await siteWith(BROKEN_SITE);
    t.after(() => server.close());
    const { page, problems, context } = await openPage(browser, server.url);
    await page.waitForSelector('.site-problems');
    const text = await page.textContent('.site-problems');
    assert.match(text, /^Webbplatsens inställningar i ”site\.json” används inte, eftersom filen har 3 fel\./);
    assert.match(text, /Värdet ”fi” i fältet ”lang” går inte att använda\./);
    assert.match(text, /Värdet ”chef” i fältet ”views” går inte att använda\./);
    assert.match(text, /Vit text på färgen ”#999999” har kontrasten 2,8:1\. Den måste vara minst 4,5:1\./);
    assert.equal(await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Sammanställning' }).count(), 1);
    assert.equal(await page.locator('img.site-logo').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
