// The page defects of issue 17 that lost or misreported answers, one test each, in a real Chromium: a malformed
// number, a save made offline, starting over, the error messages' words, the keyboard, the assistant's reply.
// axe-core checks each changed state at a desktop and a phone size. Run by ara-bootstrap's BrowserJourneyTest
// (same environment variables as journey.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessible, base, startAudit, useBrowser } from './support.mjs';

let page;
const browser = useBrowser((opened) => { page = opened.page; });

const heading = () => page.locator('#step-title');
const status = () => page.locator('.save-status');
const saved = () => status().getByText(/^Saved\b/).waitFor();

const start = (mode, organisation) => startAudit(page, mode, organisation);

async function choose(question, value) {
  await page.locator(`input[name="${question}"][value="${value}"]`).check();
  await saved();
}

/** The audit as the server has it, with the guest token the page keeps in localStorage. */
async function apiGet(route = '') {
  return page.evaluate(async (r) => {
    const { auditId, guestToken } = JSON.parse(localStorage.getItem('ara.audit'));
    const response = await fetch(`/api/v1/audits/${auditId}${r}`, { headers: { 'X-Guest-Token': guestToken } });
    return response.json();
  }, route);
}

test('1e in a number box saves nothing and says what a valid answer is', async () => {
  await start('full', 'Numbers Ltd');
  await page.goto(`${base}#/wizard/technical_platform`);
  await heading().getByText('Technical platform', { exact: false }).waitFor();
  const input = page.locator('#input-integration_lead_time');
  await input.pressSequentially('1e');
  // Longer than the autosave's pause: a save of the "1" typed first would have gone out by now.
  await page.waitForTimeout(1500);
  const error = page.locator('#error-integration_lead_time');
  assert.equal(await error.textContent(), 'Enter a number between 0 and 104.');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.doesNotMatch(await status().textContent(), /Saved/);
  assert.equal((await apiGet()).answers.integration_lead_time, undefined);
  await accessible(page, 'defect-number-invalid');
  await input.fill('12');
  await saved();
  assert.equal(await error.isHidden(), true);
  assert.equal((await apiGet()).answers.integration_lead_time, 12);
});

test('an answer given offline is queued, retried when back online, and its step is complete only then', async () => {
  await start('quick', 'Offline Ltd');
  await choose('company_size', 'medium');
  await choose('industry', 'retail');
  const first = page.locator('nav.steps li').first();
  await page.context().setOffline(true);
  try {
    await page.locator('input[name="current_ai_usage"][value="pilot"]').check();
    await status().getByText('Not saved yet — will retry').waitFor();
    assert.doesNotMatch(await first.textContent(), /complete/);
    await accessible(page, 'defect-offline-queued');
    await page.getByRole('link', { name: 'Next' }).click();
    await page.waitForTimeout(500);
  } finally {
    // The later tests share this browser: it must not stay offline when an assertion above fails.
    await page.context().setOffline(false);
  }
  await heading().getByText('Technical Infrastructure').waitFor();
  await first.getByText('(complete)').waitFor();
  assert.equal((await apiGet()).answers.current_ai_usage, 'pilot');
});

test('start over asks first and keeps the old audit reachable from the start page', async () => {
  await start('quick', 'Old Audit Ltd');
  await choose('company_size', 'medium');
  const old = await page.evaluate(() => JSON.parse(localStorage.getItem('ara.audit')).auditId);
  await page.goto(`${base}#/`);
  await page.getByRole('button', { name: 'Start over' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /kept/);
  await accessible(page, 'defect-start-over-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('ara.audit')).auditId), old);
  await page.getByRole('button', { name: 'Start over' }).click();
  await dialog.getByRole('button', { name: 'Start over' }).click();
  const previous = page.getByRole('region', { name: 'Previous audits' });
  await previous.waitFor();
  await accessible(page, 'defect-previous-audits');
  // Starting a new audit while one is open asks too.
  await page.getByLabel('Organisation name').fill('New Audit Ltd');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await heading().waitFor();
  await page.goto(`${base}#/`);
  await page.getByLabel('Organisation name').fill('Third Ltd');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await previous.getByRole('link', { name: /Old Audit Ltd/ }).click();
  await heading().getByText('Organization Overview').waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('ara.audit')).auditId), old);
  assert.equal(await page.locator('input[name="company_size"][value="medium"]').isChecked(), true);
});

test('error messages are sentences from the rule, never a pattern or the internal value', async () => {
  await start('full', 'Words Ltd');
  await page.goto(`${base}#/wizard/strategy_value`);
  await heading().waitFor();
  await page.locator('#input-business_case_share').fill('150');
  await page.locator('#input-business_case_share').blur();
  const share = page.locator('#error-business_case_share');
  await share.waitFor();
  assert.equal(await share.textContent(), 'Enter a number between 0 and 100.');
  assert.doesNotMatch(await share.textContent(), /got|\^|\$/);
  await accessible(page, 'defect-error-words');
});

test('Enter moves on to the next question or Next; number keys choose an option', async () => {
  await start('quick', 'Keys Ltd');
  const size = page.locator('input[name="company_size"]').first();
  await size.focus();
  await page.keyboard.press('3');
  await saved();
  const third = await page.locator('input[name="company_size"]').nth(2).getAttribute('value');
  assert.equal((await apiGet()).answers.company_size, third);
  await accessible(page, 'defect-keys');
  await page.locator(`input[name="company_size"][value="${third}"]`).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'industry');
  await page.goto(`${base}#/wizard/technical_infrastructure`);
  await heading().getByText('Technical Infrastructure').waitFor();
  // On a rating row the digit is the point itself.
  await page.locator('input[name="tech_stack_maturity"]').first().focus();
  await page.keyboard.press('7');
  await saved();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'api_architecture');
  assert.equal((await apiGet()).answers.tech_stack_maturity, 7);
  // On the last question Enter goes on to the next step.
  const names = await page.locator('.question input, .question textarea').evaluateAll((els) => els.map((e) => e.name));
  await page.locator(`input[name="${names[names.length - 1]}"]`).first().focus();
  await page.keyboard.press('Enter');
  await heading().getByText('Development Practices').waitFor();
});

test('the assistant shows its newest reply and Enter sends (Shift+Enter is a new line)', async () => {
  await start('quick', 'Chat Ltd');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Ask the assistant' }).click();
  const box = page.getByLabel('Ask about this step');
  for (const text of ['First question', 'Second question', 'We deploy with GitHub Actions']) {
    await box.fill(text);
    await box.press('Shift+Enter');
    assert.equal(await box.inputValue(), `${text}\n`);
    await box.press('Enter');
    await page.locator('.message.user').getByText(text).waitFor();
    await page.waitForFunction(() => !document.querySelector('.chat-log[aria-busy="true"]'));
  }
  const last = page.locator('.message.assistant').last();
  await last.locator('button').first().waitFor();
  // The conversation is longer than its box, and the newest reply's end is in the box's visible area and on screen.
  const view = await page.evaluate(() => {
    const log = document.querySelector('.chat-log');
    const a = log.getBoundingClientRect();
    const b = log.lastElementChild.getBoundingClientRect();
    return { overflows: log.scrollHeight > log.clientHeight,
      inLog: b.bottom <= a.bottom + 1 && b.bottom >= a.top, onScreen: b.bottom <= window.innerHeight + 1 };
  });
  assert.deepEqual(view, { overflows: true, inLog: true, onScreen: true });
  await accessible(page, 'defect-assistant');
});

test('a message sent while the earlier conversation is still loading is shown once, after it', async () => {
  await start('quick', 'Race Ltd');
  // An earlier message of this step, stored through the API (the offline assistant answers it).
  await page.evaluate(async () => {
    const { auditId, guestToken } = JSON.parse(localStorage.getItem('ara.audit'));
    const response = await fetch(`/api/v1/audits/${auditId}/chat/messages`, { method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Guest-Token': guestToken },
      body: JSON.stringify({ message: 'Stored earlier', stepId: 'organization_overview' }) });
    if (!response.ok) throw new Error(`chat: ${response.status} ${await response.text()}`);
  });
  await page.reload();
  await page.locator('#step-title').waitFor();
  // The saved conversation is held back for a second: the person asks something before it arrives.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/chat\/messages\?limit=/, async (route) => { await held; await route.continue(); });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Ask the assistant' }).click();
  const box = page.getByLabel('Ask about this step');
  await box.fill('Asked before the history came');
  await box.press('Enter');
  await page.waitForTimeout(300);
  release();
  await page.locator('.message.user').getByText('Asked before the history came').waitFor();
  await page.waitForFunction(() => !document.querySelector('.chat-log[aria-busy="true"]'));
  await page.waitForLoadState('networkidle');
  assert.deepEqual(await page.locator('.chat-log .message.user .text').allTextContents(),
    ['Stored earlier', 'Asked before the history came']);
  await page.unroute(/\/chat\/messages\?limit=/);
});
