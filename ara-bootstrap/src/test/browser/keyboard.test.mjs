// A whole quick audit with the keyboard alone, in a real Chromium at the desktop size: Tab to move, a digit to choose
// an option or a point of a rating, Enter to go on to the next question and, after the last one, to the next step;
// on the review page the email and the submit button are reached with Tab. No pointer event is sent from start to
// results. Run by ara-bootstrap's BrowserJourneyTest (same environment variables as journey.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useBrowser } from './support.mjs';

let page;
const browser = useBrowser((opened) => { page = opened.page; });

/** Presses Tab until the focused element matches `selector` (at most `limit` times); fails if it never does. */
async function tabTo(selector, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
}

const focusedQuestion = () => page.evaluate(() => document.activeElement?.closest('fieldset.question')?.id || null);

test('a guest completes the quick audit with the keyboard only', async () => {
  let pointer = 0;
  await page.exposeFunction('araPointerUsed', () => { pointer++; });
  await page.addInitScript(() => {
    for (const type of ['pointerdown', 'mousedown']) {
      window.addEventListener(type, (e) => { if (e.isTrusted) window.araPointerUsed(); }, true);
    }
  });
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}#/`);
  await page.locator('#org').waitFor();
  await tabTo('#org');
  await page.keyboard.type('Keys Only Ltd');
  await page.keyboard.press('Enter');
  await page.locator('#step-title').waitFor();

  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('ara.audit')));
  for (let step = 0; step < 10; step++) {
    if (!(await page.evaluate(() => location.hash.startsWith('#/wizard')))) break;
    const title = await page.locator('#step-title').textContent();
    await tabTo('fieldset.question input, fieldset.question textarea');
    // Each shown question: a digit chooses its first option (or point), Enter goes on to the next one.
    for (let q = 0; q < 20; q++) {
      const here = await focusedQuestion();
      if (here === null) break;
      const type = await page.evaluate(() => document.activeElement.type);
      if (type === 'radio' || type === 'checkbox') await page.keyboard.press('1');
      else await page.keyboard.type('5');
      await page.keyboard.press('Enter');
      // Enter goes on to the next question; on the last one it follows Next, and the focus leaves the questions.
      await page.waitForFunction((h) => (document.activeElement?.closest('fieldset.question')?.id || null) !== h, here,
        { timeout: 5000 });
      if ((await focusedQuestion()) === null) break;
    }
    await page.waitForFunction((t) => !location.hash.startsWith('#/wizard')
      || (document.getElementById('step-title') && document.getElementById('step-title').textContent !== t), title);
  }
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  await tabTo('#email');
  await page.keyboard.type('keys@example.com');
  await tabTo('button[type=submit]');
  await page.keyboard.press('Enter');
  await page.locator('#hero-score').waitFor();

  const audit = await page.evaluate(async ({ auditId, guestToken }) => (await fetch(`/api/v1/audits/${auditId}`,
    { headers: { 'X-Guest-Token': guestToken } })).json(), session);
  assert.notEqual(audit.status, 'draft');
  assert.equal(audit.progress.answered, audit.progress.total, 'every question answered from the keyboard');
  assert.equal(pointer, 0, 'no pointer event from start to results');
  assert.deepEqual(browser.problems, []);
});
