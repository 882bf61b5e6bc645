// Keyboard-only driving: move focus with Tab as a person would, never by clicking.

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page, selector, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab never reached ${selector}; focus is on ${at}`);
}

/**
 * Checks option `index` (0-based: levels 1–5 are 0–4, "Vet ej" is 5) of the radio group `name`
 * by keyboard: Tab enters the group, Space checks the focused radio, arrow keys move the choice.
 */
export async function chooseRadio(page, name, index) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  if (!(await page.evaluate(() => document.activeElement.checked))) await page.keyboard.press('Space');
  let at = await page.evaluate(
    (n) => [...document.querySelectorAll(`input[name="${n}"]`)].indexOf(document.activeElement),
    name,
  );
  for (; at < index; at++) await page.keyboard.press('ArrowRight');
  for (; at > index; at--) await page.keyboard.press('ArrowLeft');
}
