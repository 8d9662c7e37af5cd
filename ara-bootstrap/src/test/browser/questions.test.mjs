// Questions people enjoy answering (issue 17, item 3), in a real Chromium: option cards chosen by a tap anywhere on
// the card or by a number key, a rating row for scales (arrows, digits, a tap), only optional questions marked, the
// help readable on a phone, and the cross-checks' warnings beside the answers that trigger them, as they fire. Also
// that an answer un-skipping a later step recomputes "Step N of M" and where Next leads. axe-core checks each new
// state at a desktop and a phone size. Run by ara-bootstrap's BrowserJourneyTest (same environment as the others).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessible, base, PHONE, useBrowser } from './support.mjs';

let page;
const browser = useBrowser((opened) => { page = opened.page; });

const heading = () => page.locator('#step-title');
const saved = () => page.locator('.save-status').getByText(/^Saved\b/).waitFor();
const field = (question) => page.locator(`#q-${question}`);
const card = (question, label) => field(question).locator('label.choice', { hasText: label });

/** Starts a new full assessment from the landing page (a fresh browser storage); waits for its first step. */
async function start(organisation) {
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}#/`);
  await page.getByLabel(/Full assessment/).check();
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await heading().getByText('Organisation profile', { exact: true }).waitFor();
}

async function go(step, title) {
  await page.goto(`${base}#/wizard/${step}`);
  await heading().getByText(title, { exact: true }).waitFor();
}

/** The audit as the server has it, with the guest token the page keeps in localStorage. */
async function audit() {
  return page.evaluate(async () => {
    const { auditId, guestToken } = JSON.parse(localStorage.getItem('ara.audit'));
    const response = await fetch(`/api/v1/audits/${auditId}`, { headers: { 'X-Guest-Token': guestToken } });
    return response.json();
  });
}
const answers = async () => (await audit()).answers;

test('options are cards: a tap anywhere on a card or a number key chooses, the chosen card is marked', async () => {
  await start('Cards Ltd');
  // A tap on the card's words (not on the radio button) chooses it.
  await card('company_size', 'Mid-sized company').locator('.choice-label').click();
  await saved();
  assert.equal((await answers()).company_size, 'medium');
  assert.equal(await field('company_size').locator('input[value="medium"]').isChecked(), true);
  const chosen = card('company_size', 'Mid-sized company');
  const look = await chosen.evaluate((el) => {
    const style = getComputedStyle(el);
    return { height: el.getBoundingClientRect().height, background: style.backgroundColor,
      mark: getComputedStyle(el, '::after').content };
  });
  assert.ok(look.height >= 44, `a card is at least 44 px high (${look.height})`);
  assert.equal(look.background, 'rgb(234, 244, 251)', 'the chosen card is tinted');
  assert.match(look.mark, /✓/, 'the chosen card has a check mark');
  const other = await card('company_size', 'Startup').evaluate((el) => ({
    background: getComputedStyle(el).backgroundColor, mark: getComputedStyle(el, '::after').content }));
  assert.deepEqual(other, { background: 'rgb(255, 255, 255)', mark: 'none' });

  // Number keys: the option in that place, on a single and a multiple choice.
  await field('industry').locator('input').first().focus();
  await page.keyboard.press('2');
  await saved();
  assert.equal((await answers()).industry, 'finance');
  await card('eu_exposure', 'Yes').click();
  await saved();
  await field('regulated_data').locator('input').first().focus();
  await page.keyboard.press('1');
  await saved();
  await page.keyboard.press('4');
  await saved();
  assert.deepEqual((await answers()).regulated_data, ['personal_data', 'financial_records']);
  assert.equal(await page.evaluate(() => document.activeElement.value), 'financial_records');
  // The keyboard focus shows on the whole card.
  const ring = await card('regulated_data', 'Financial records').evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(ring, 'solid');
  // Short labels sit in two columns on a wide screen, one on a phone; long ones always in one.
  const columns = (q) => field(q).locator('.choices').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  assert.equal(await columns('eu_exposure'), 2);
  assert.equal(await columns('agent_actions'), 1);
  await page.setViewportSize(PHONE);
  assert.equal(await columns('eu_exposure'), 1);
  await page.setViewportSize({ width: 1280, height: 800 });
  await accessible(page, 'questions-cards');
});

test('a scale is a rating row: arrows and digits move along it, a tap chooses; it saves a number', async () => {
  await start('Rating Ltd');
  await go('strategy_value', 'Strategy and value');
  const row = field('strategy_clarity').locator('.rating');
  assert.deepEqual(await row.locator('label').allTextContents(), ['1', '2', '3', '4', '5']);
  // The ends say what they mean, from the question's own words.
  assert.deepEqual(await field('strategy_clarity').locator('.rating-ends span').allTextContents(),
    ['1: nobody knows', '5: written down and known by every team lead']);
  await row.locator('label', { hasText: '2' }).click();
  await saved();
  assert.equal((await answers()).strategy_clarity, 2);
  assert.equal(await row.locator('input[value="2"]').evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('ArrowRight');
  await saved();
  await page.keyboard.press('ArrowRight');
  await saved();
  assert.equal((await answers()).strategy_clarity, 4);
  assert.equal(await row.locator('input[value="4"]').isChecked(), true);
  await page.keyboard.press('ArrowLeft');
  await saved();
  assert.equal((await answers()).strategy_clarity, 3);
  await page.keyboard.press('5');
  await saved();
  assert.equal((await answers()).strategy_clarity, 5);
  const chosen = await row.locator('label', { hasText: '5' }).evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(chosen, 'rgb(11, 92, 173)', 'the chosen point is filled');
  // A reload shows the saved point.
  await page.reload();
  await heading().getByText('Strategy and value', { exact: true }).waitFor();
  assert.equal(await field('strategy_clarity').locator('input[value="5"]').isChecked(), true);
  await accessible(page, 'questions-rating');

  // A ten-point scale of the quick audit: one row on a desktop, two rows of five on a phone; 0 is 10.
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}#/`);
  await page.getByLabel('Organisation name').fill('Ten Ltd');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await heading().waitFor();
  await page.goto(`${base}#/wizard/technical_infrastructure`);
  await heading().getByText('Technical Infrastructure').waitFor();
  const ten = field('tech_stack_maturity').locator('.rating');
  const rows = () => ten.locator('label').evaluateAll((ls) => new Set(ls.map((l) => Math.round(l.getBoundingClientRect().top))).size);
  assert.equal(await rows(), 1);
  await page.setViewportSize(PHONE);
  assert.equal(await rows(), 2);
  await page.setViewportSize({ width: 1280, height: 800 });
  await ten.locator('input').first().focus();
  await page.keyboard.press('0');
  await saved();
  assert.equal((await answers()).tech_stack_maturity, 10);
});

test('only optional questions are marked; required ones say so to assistive technology instead', async () => {
  await start('Marks Ltd');
  await go('strategy_value', 'Strategy and value');
  assert.equal(await field('use_case_notes').locator('legend .optional').textContent(), 'Optional');
  assert.equal(await field('ai_strategy').locator('legend .optional').count(), 0);
  const text = await page.locator('.questions').innerText();
  assert.doesNotMatch(text, /required/i);
  assert.equal(await page.locator('legend .optional').count(), 1);
  assert.equal(await field('ai_strategy').locator('input').first().evaluate((el) => el.required), true);
  assert.equal(await page.locator('#input-business_case_share').getAttribute('aria-required'), 'true');
  assert.equal(await page.locator('#input-use_case_notes').getAttribute('aria-required'), null);
  // The help is there, and on a phone it opens in place, readable and no wider than the screen.
  await page.setViewportSize(PHONE);
  await field('ai_strategy').getByText('More about this question').click();
  const help = field('ai_strategy').locator('details.help');
  assert.equal(await help.evaluate((d) => d.open), true);
  const box = await help.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `the help fits the phone (${JSON.stringify(box)})`);
  const summary = await help.locator('summary').boundingBox();
  assert.ok(summary.height >= 44, `the help's summary is a 44 px target (${summary.height})`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await accessible(page, 'questions-optional-help');
});

test('a cross-check warning shows beside the answer that triggers it, and goes when the answer changes', async () => {
  await start('Warnings Ltd');
  await card('ai_stage', 'In production for a few use cases').click();
  await saved();
  await go('operations', 'Operations');
  const note = field('agent_evaluation').locator('.cross-warnings[role="status"]');
  assert.equal(await note.textContent(), '');
  await card('agent_evaluation', 'No evaluation').click();
  await saved();
  await note.getByText('AI is in production, but its quality is not evaluated.', { exact: false }).waitFor();
  assert.match(await note.textContent(), /^Warning: AI is in production/);
  // One source of truth: the server, running the same rule over the same answers, warns in the same words.
  const server = (await audit()).warnings;
  assert.deepEqual(server.map((w) => `Warning: ${w.message}`), [await note.textContent()]);
  // Beside that question only: no other question of the step shows it.
  assert.equal(await page.locator('.cross-warning').count(), 1);
  await accessible(page, 'questions-warning');
  await card('agent_evaluation', 'Manual spot checks').click();
  await saved();
  await page.waitForFunction(() => document.querySelectorAll('.cross-warning').length === 0);
  // A warning that names what is missing: cost controls without a budget, gone once one is chosen.
  await card('cost_controls', 'Alerts when spending jumps').click();
  await saved();
  const cost = field('cost_controls').locator('.cross-warning');
  await cost.waitFor();
  assert.match(await cost.textContent(), /without these cost controls: A budget per agent or use case\./);
  await card('cost_controls', 'A budget per agent or use case').click();
  await saved();
  await cost.waitFor({ state: 'detached' });
  // A warning shows on every step with a question it involves: on the first step, beside the stage of AI use.
  await card('agent_evaluation', 'No evaluation').click();
  await saved();
  await go('organisation_profile', 'Organisation profile');
  await field('ai_stage').locator('.cross-warning').getByText('AI is in production', { exact: false }).waitFor();
});

test('an answer that un-skips a later step recomputes "Step N of M" and where Next leads', async () => {
  await start('Skips Ltd');
  const count = page.locator('.step-count');
  await card('ai_stage', 'Not using AI yet').click();
  await saved();
  await page.waitForFunction(() => document.querySelector('.step-count').textContent === 'Step 1 of 7');
  assert.equal(await page.locator('nav.steps li').count(), 7);
  await go('governance_risk', 'Governance, risk and compliance');
  assert.equal(await count.textContent(), 'Step 6 of 7');
  assert.equal(await page.getByRole('link', { name: 'Next' }).getAttribute('href'), '#/wizard/people_change');
  // Back on the first step, AI in production brings the Operations step back.
  await go('organisation_profile', 'Organisation profile');
  await card('ai_stage', 'In production for a few use cases').click();
  await saved();
  await page.waitForFunction(() => document.querySelector('.step-count').textContent === 'Step 1 of 8');
  assert.equal(await page.locator('nav.steps li').count(), 8);
  await page.locator('nav.steps a[href="#/wizard/governance_risk"]').click();
  await heading().getByText('Governance, risk and compliance', { exact: true }).waitFor();
  assert.equal(await count.textContent(), 'Step 6 of 8');
  await page.getByRole('link', { name: 'Next' }).click();
  await heading().getByText('Operations', { exact: true }).waitFor();
  assert.equal(await count.textContent(), 'Step 7 of 8');
});
