// Keyboard-only operation. Locators (page.getByRole(...)) are used only to check WHERE focus is;
// every action is a key press, as a keyboard user would do it.
'use strict';

const focused = (locator) => locator.evaluateAll((els) => els.length > 0 && els.includes(document.activeElement));

async function describeFocus(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return '<body>';
    const name = e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].textContent) || e.textContent || e.value || '';
    return `<${e.tagName.toLowerCase()}${e.type ? ' type=' + e.type : ''}> "${name.trim().slice(0, 80)}"`;
  });
}

// Presses Tab (Shift+Tab when back) until `locator` has focus; returns the number of presses.
async function tabTo(page, locator, {back = false, max = 120} = {}) {
  for (let i = 0; i <= max; i++) {
    if (await focused(locator)) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${locator} not reached by ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses; focus is on ${await describeFocus(page)}`);
}

// Tabs to a button (or link) and presses Enter.
async function activate(page, locator, options) {
  await tabTo(page, locator, options);
  await page.keyboard.press('Enter');
}

// Tabs to a button and presses Space (buttons, checkboxes, disclosure widgets).
async function toggle(page, locator, options) {
  await tabTo(page, locator, options);
  await page.keyboard.press('Space');
}

// Checks a radio button the way a keyboard user does: Tab into its group, then arrow keys.
async function chooseRadio(page, radio) {
  const group = await radio.evaluate((e) => e.name);
  for (let i = 0; i <= 120; i++) {
    const inGroup = await page.evaluate((g) => document.activeElement && document.activeElement.type === 'radio' &&
      document.activeElement.name === g, group);
    if (inGroup) break;
    if (i === 120) throw new Error(`radio group of ${radio} not reached by Tab; focus is on ${await describeFocus(page)}`);
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 30 && !(await focused(radio)); i++) await page.keyboard.press('ArrowDown');
  if (!(await focused(radio))) throw new Error(`${radio} not reached by arrow keys`);
  // Arrow keys check the radio they move to; Space checks it when focus started there.
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
}

// Sets a checkbox to `on` with Tab and Space.
async function setCheckbox(page, box, on = true) {
  await tabTo(page, box);
  if ((await box.isChecked()) !== on) await page.keyboard.press('Space');
}

// Tabs to a text field, selects what is there and types `text`.
async function typeInto(page, field, text) {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

// Picks the option labelled `label` in a <select>: opens its list with Alt+ArrowDown, moves with
// the arrow keys and commits with Enter (one change event, as with a mouse).
async function chooseOption(page, select, label) {
  await tabTo(page, select);
  const texts = await select.evaluate((s) => [...s.options].map((o) => o.textContent.trim()));
  const want = texts.indexOf(label);
  if (want < 0) throw new Error(`${select} has no option "${label}" (has ${texts.join(', ')})`);
  const at = await select.evaluate((s) => s.selectedIndex);
  await page.keyboard.press('Alt+ArrowDown');
  for (let i = 0; i < Math.abs(want - at); i++) await page.keyboard.press(want > at ? 'ArrowDown' : 'ArrowUp');
  await page.keyboard.press('Enter');
  const now = await select.evaluate((s) => s.selectedIndex);
  if (now !== want) throw new Error(`chose "${texts[now]}" instead of "${label}" in ${select}`);
}

// Steps a closed <select> to `label` with ArrowDown/ArrowUp alone, as many keyboard users do
// (Chromium fires a change event at every step).
async function stepOption(page, select, label) {
  await tabTo(page, select);
  const texts = await select.evaluate((s) => [...s.options].map((o) => o.textContent.trim()));
  const want = texts.indexOf(label);
  for (let i = 0; i < texts.length; i++) {
    const at = await select.evaluate((s) => s.selectedIndex);
    if (at === want) return;
    await page.keyboard.press(at < want ? 'ArrowDown' : 'ArrowUp');
  }
}

module.exports = {tabTo, activate, toggle, chooseRadio, setCheckbox, typeInto, chooseOption, stepOption, describeFocus, focused};
