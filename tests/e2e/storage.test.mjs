// When the browser will not store anything, or what it stored cannot be read: a clear banner,
// no page error, work continues in memory, and nothing saved is lost.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';

const KEY = 'nara-vard-kompassen';

describe('storage trouble', () => {
  const app = withApp();

  const pageWith = (init, arg) => openPage(app.browser, app.server.url, { init, arg });

  test('blocked storage: banner with "Spara som fil", the app keeps working in memory', async () => {
    const { context, page, problems } = await pageWith(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const banner = page.locator('.storage-problem');
    assert.match(await banner.textContent(), /låter inte appen spara/);
    assert.equal(await page.getAttribute('.banners', 'role'), 'alert');
    assert.equal((await page.textContent('.save-status')).trim(), 'Inte sparat');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-4');
    assert.equal(await page.isChecked('#now-4'), true);
    const [download] = await Promise.all([page.waitForEvent('download'), banner.locator('button').click()]);
    assert.match(download.suggestedFilename(), /^Nära vård-kompassen – \d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
    assert.equal(saved.schema, 2);
    assert.deepEqual(saved.workspace.assessments[0].items.person.now, { level: 4 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('full storage: the failed save is reported, nothing crashes', async () => {
    const { context, page, problems } = await pageWith(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    assert.match(await page.textContent('.storage-problem'), /gick inte att spara/);
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-2');
    assert.equal(await page.isChecked('#now-2'), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('unreadable saved data is put aside untouched and offered as a file', async () => {
    const broken = '{"schema":1,"workspace":{"framework_id": oops';
    const { context, page, problems } = await pageWith(
      ([key, value]) => {
        // Only on the first load: a reload must see what the app did with it.
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, broken],
    );
    assert.match(await page.textContent('.banner'), /kunde inte läsas/);
    assert.match(await page.textContent('.banner .detail'), /rad 1 går inte att läsa/);
    assert.equal(await page.evaluate(() => localStorage.getItem('nara-vard-kompassen.unreadable')), broken);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.banner button')]);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
    assert.equal(text, broken);
    // Work goes on and is saved normally; the put-aside copy stays.
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-5');
    await page.reload();
    await page.waitForSelector('.item-step');
    assert.equal(await page.isChecked('#now-5'), true);
    assert.equal(await page.evaluate(() => localStorage.getItem('nara-vard-kompassen.unreadable')), broken);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('data from a newer app version is never overwritten', async () => {
    const newer = JSON.stringify({ schema: 99, workspace: { future: true } });
    const { context, page, problems } = await pageWith(
      ([key, value]) => {
        localStorage.setItem(key, value);
        // Storage refuses the copy aside, so the app must leave the original alone.
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (k, v) {
          if (k !== key) throw new DOMException('Quota exceeded', 'QuotaExceededError');
          return setItem.call(this, k, v);
        };
      },
      [KEY, newer],
    );
    assert.match(await page.textContent('.banner'), /sparar inte över dem/);
    assert.match(await page.textContent('.banner .detail'), /nyare version av appen \(format 99/);
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-3');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), newer);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
