// Steps that several journeys share.

/**
 * Starts an assessment of `unit` on `date` and rates every item: the second item "Vet ej", the
 * others 1–3 by their place in the step list, target 5 everywhere.
 */
export async function rateEverything(page, unit = 'Vårdcentralen Nyköping', date = '2026-03-01') {
  await page.fill('#unit-name', unit);
  await page.fill('#assessment-date', date);
  await page.dispatchEvent('#assessment-date', 'change');
  await page.click('form.start-form button[type=submit]');
  const n = await page.locator('.step-nav button').count();
  for (let i = 2; i < n - 1; i++) {
    await page.click(`.step-nav li:nth-child(${i}) button`);
    await page.check(i === 3 ? '#now-vet-ej' : `#now-${1 + (i % 3)}`);
    await page.check('#target-5');
  }
}
