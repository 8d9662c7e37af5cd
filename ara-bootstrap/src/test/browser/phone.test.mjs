// The wizard on a phone (issue 17, items 6 and 7), in a real Chromium at 390×844: the first question on the first
// screen under a one-line progress bar, Back and Next stuck to the bottom of the screen, the assistant as a sheet
// with its suggestion shown at the question it fills, this step's conversation first, and a busy state while a step
// loads. axe-core checks each new state at a desktop and a phone size. Run by ara-bootstrap's BrowserJourneyTest
// (same environment variables as journey.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { PHONE, accessible, base, shots, useBrowser } from './support.mjs';

let page;
const browser = useBrowser((opened) => { page = opened.page; });

const heading = () => page.locator('#step-title');
const sheet = () => page.locator('aside.assistant');
const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.className);

/** A new quick audit from the landing page (a fresh browser storage) on a phone; waits for its first step. */
async function start(organisation) {
  await page.setViewportSize(PHONE);
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}#/`);
  await page.getByLabel(/Quick audit/).check();
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await heading().waitFor();
}

async function step(id, title) {
  await page.goto(`${base}#/wizard/${id}`);
  await heading().getByText(title).waitFor();
}

/** The audit as the server has it, with the guest token the page keeps in localStorage. */
async function apiGet() {
  return page.evaluate(async () => {
    const { auditId, guestToken } = JSON.parse(localStorage.getItem('ara.audit'));
    const response = await fetch(`/api/v1/audits/${auditId}`, { headers: { 'X-Guest-Token': guestToken } });
    return response.json();
  });
}

/**
 * axe-core and full-page screenshots of this state at each size (see support.mjs), then back to the phone and a
 * screenshot of what its screen shows (NAME-390-screen.png: the sticky bar and the sheet where a person sees them).
 */
async function checked(name) {
  await accessible(page, name);
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(shots, `${name}-390-screen.png`) });
}

/** Where an element is on the screen now. */
function box(selector) {
  return page.evaluate((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, screen: window.innerHeight };
  }, selector);
}

test('on a phone the first question is on the first screen, under one line of progress', async () => {
  await start('Phone Ltd');
  assert.equal(await page.locator('#progress-text').textContent(), 'Step 1 of 5 · 0 % answered');
  // The step list waits behind "All steps"; the first question and its first option are on the first screen.
  assert.equal(await page.locator('nav.steps details').getAttribute('open'), null);
  const first = await box('fieldset.question .choice');
  assert.ok(first.bottom <= PHONE.height, `first option at ${JSON.stringify(first)}`);
  await checked('step-phone');
  await page.locator('input[name="company_size"][value="medium"]').check();
  await page.locator('.save-status').getByText('Saved').waitFor();
  await page.getByRole('link', { name: 'Next' }).click();
  await heading().getByText('Technical Infrastructure').waitFor();
  assert.match(await page.locator('#progress-text').textContent(), /^Step 2 of 5 · \d+(\.\d)? % answered$/);
  // Opened, the list shows every step, this one marked.
  await page.getByText('All steps').click();
  assert.equal(await page.locator('nav.steps a[aria-current="step"]').textContent(), '2 Technical Infrastructure');
  // (Not through accessible(): the list opens and closes with the screen's width, as a phone turned sideways would.)
  await page.screenshot({ path: path.join(shots, 'step-phone-all-steps-390-screen.png') });
  // The media query's change event comes after the resize: wait for it (a few seconds at most, or the test fails).
  const listOpen = (open) => page.waitForFunction((o) => document.querySelector('nav.steps details').open === o, open,
    { timeout: 5000 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await listOpen(true);
  await page.setViewportSize(PHONE);
  await listOpen(false);
});

test('Back and Next stay on the screen, at the top and at the bottom of a long step', async () => {
  await start('Sticky Ltd');
  await step('technical_infrastructure', 'Technical Infrastructure');
  const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight * 1.5);
  assert.ok(scrolls, 'the step is longer than the screen');
  for (const to of ['top', 'middle', 'bottom']) {
    await page.evaluate((where) => {
      const end = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo(0, { top: 0, middle: end / 2, bottom: end }[where]);
    }, to);
    for (const name of ['Back', 'Next']) {
      const link = await page.getByRole('link', { name, exact: true }).boundingBox();
      assert.ok(link.y >= 0 && link.y + link.height <= PHONE.height, `${name} on screen at the ${to}: ${JSON.stringify(link)}`);
    }
    assert.ok((await box('.save-status')).bottom <= PHONE.height, `the save status on screen at the ${to}`);
  }
});

test('the assistant is a sheet: its suggestion shows at the question, Escape and Close return focus', async () => {
  await start('Sheet Ltd');
  await step('operations_monitoring', 'Operations');
  const ask = page.getByRole('button', { name: 'Ask the assistant' });
  assert.equal(await ask.getAttribute('aria-expanded'), 'false');
  assert.equal(await sheet().isVisible(), false);
  await ask.click();
  assert.equal(await ask.getAttribute('aria-expanded'), 'true');
  assert.equal(await sheet().evaluate((s) => getComputedStyle(s).position), 'fixed');
  assert.equal(await focused(), 'chat-message');
  // While the sheet is open, Tab stays in it (or leaves the page for the browser's own controls): the page behind
  // is inert.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement === document.body
      || document.activeElement.closest('aside.assistant') !== null), `Tab ${i + 1} left the open sheet`);
  }
  assert.ok(await page.locator('.site-header[inert]').count() === 1);
  await page.getByLabel('Ask about this step').focus();
  await page.getByLabel('Ask about this step').fill('We deploy with GitHub Actions');
  await page.keyboard.press('Enter');
  const card = page.locator('#q-deployment_automation .suggested');
  await card.waitFor();
  assert.equal(await card.locator('p').textContent(), 'Suggested by the assistant: A basic CI/CD pipeline');
  await page.waitForFunction(() => !document.querySelector('.chat-log[aria-busy="true"]'));
  await checked('step-phone-sheet');
  // Escape closes the sheet and focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await sheet().waitFor({ state: 'hidden' });
  assert.equal(await focused(), 'sheet-open');
  assert.equal(await ask.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('[inert]').count(), 0, 'the page is given back when the sheet closes');
  await checked('step-phone-suggested');
  // The suggestion used at its question: saved, shown in the form, the card gone, the conversation's button spent.
  await card.getByRole('button', { name: 'Use this answer' }).click();
  await page.locator('.save-status').getByText('Saved').waitFor();
  assert.equal(await card.count(), 0);
  assert.equal(await page.locator('input[name="deployment_automation"][value="ci_cd_basic"]').isChecked(), true);
  assert.equal((await apiGet()).answers.deployment_automation, 'ci_cd_basic');
  await ask.click();
  assert.equal(await page.locator('.message.assistant .suggestion button').last().isDisabled(), true);
  // The close button does what Escape does.
  await page.getByRole('button', { name: 'Close the assistant' }).click();
  await sheet().waitFor({ state: 'hidden' });
  assert.equal(await focused(), 'sheet-open');
});

test("the assistant shows this step's conversation first, the other steps' behind a button", async () => {
  await start('History Ltd');
  await step('operations_monitoring', 'Operations');
  await page.getByRole('button', { name: 'Ask the assistant' }).click();
  await page.getByLabel('Ask about this step').fill('We deploy with GitHub Actions');
  await page.keyboard.press('Enter');
  await page.locator('.message.assistant .suggestion').waitFor();
  await page.waitForFunction(() => !document.querySelector('.chat-log[aria-busy="true"]'));
  await step('security_compliance', 'Security');
  await page.getByRole('button', { name: 'Ask the assistant' }).click();
  const more = page.getByRole('button', { name: /^Show earlier conversation/ });
  await more.waitFor();
  assert.equal(await more.textContent(), 'Show earlier conversation (2 messages from other steps)');
  assert.equal(await page.locator('.chat-log .message:visible').count(), 0);
  await page.getByLabel('Ask about this step').fill('Which data is sensitive?');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.chat-log[aria-busy="true"]'));
  assert.deepEqual(await page.locator('.chat-log .message.user:visible .text').allTextContents(), ['Which data is sensitive?']);
  await more.click();
  assert.deepEqual(await page.locator('.chat-log .message.user:visible .text').allTextContents(),
    ['We deploy with GitHub Actions', 'Which data is sensitive?']);
  assert.equal(await page.getByRole('button', { name: 'Hide earlier conversation' }).getAttribute('aria-expanded'), 'true');
  await checked('step-phone-sheet-earlier');
});

test('a step that loads slowly shows a busy state; Back and Next are out of use; the last step asked for wins', async () => {
  await start('Busy Ltd');
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  let held = 0;
  // The first load of the audit after this is held until released; later ones go through.
  await page.route('**/api/v1/audits/*', async (route) => {
    if (route.request().method() === 'GET' && held++ === 0) await gate;
    await route.continue();
  });
  try {
    await page.getByRole('link', { name: 'Next' }).click();
    const indicator = page.locator('.busy-indicator');
    await indicator.waitFor();
    assert.equal(await indicator.textContent(), 'Loading the step…');
    assert.equal(await page.locator('main').getAttribute('aria-busy'), 'true');
    assert.equal(await page.locator('.step-bar .actions').evaluate((a) => a.inert), true);
    await checked('step-phone-loading');
    // Asked for another step meanwhile: that one is shown, and the held load, once back, does not replace it.
    await page.evaluate(() => { location.hash = '#/wizard/development_practices'; });
    await heading().getByText('Development Practices').waitFor();
    assert.equal(await page.locator('main').getAttribute('aria-busy'), null);
    assert.equal(await indicator.count(), 0);
    release();
    await page.waitForTimeout(500);
    assert.match(await heading().textContent(), /Development Practices/);
    assert.match(await page.locator('#progress-text').textContent(), /^Step 3 of 5/);
  } finally {
    release();
    await page.unrouteAll({ behavior: 'wait' });
  }
});

test('nothing else went wrong on the way', () => {
  assert.deepEqual(browser.problems, []);
});
