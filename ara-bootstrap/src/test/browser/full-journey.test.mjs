// A guest takes the full assessment through ARA's web pages in a real Chromium: chooses the full mode, answers all
// seven question types through the branches (a step skipped and brought back, a question hidden and shown again, a
// validation error, "I don't know" on a single and on a multiple choice, a reload that resumes), submits and reads
// the result version 2 sections. axe-core checks every state at a desktop and a phone size.
// Run by ara-bootstrap's BrowserJourneyTest, like journey.test.mjs (same environment variables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { accessible, base, scorecard, shots, useBrowser } from './support.mjs';

let page;
const browser = useBrowser((opened) => { page = opened.page; });

const heading = () => page.locator('#step-title');
// "Saved", or "Saved. One more question below." when the answer brought up a question.
const saved = () => page.locator('.save-status').getByText(/^Saved\b/).waitFor();
const field = (question) => page.locator(`#q-${question}`);

async function choose(question, ...values) {
  for (const value of values) {
    await page.locator(`input[name="${question}"][value="${value}"]`).check();
    await saved();
  }
}

/** Types an answer and leaves the field, which saves it at once. */
async function type(question, value) {
  const input = page.locator(`#input-${question}`);
  await input.fill(String(value));
  await input.blur();
  await saved();
}

async function next(title) {
  await page.getByRole('link', { name: 'Next' }).click();
  await heading().getByText(title, { exact: true }).waitFor();
}

/** A call to the API with the guest token the page keeps in localStorage. */
async function apiGet(route) {
  return page.evaluate(async (r) => {
    const { auditId, guestToken } = JSON.parse(localStorage.getItem('ara.audit'));
    const response = await fetch(`/api/v1/audits/${auditId}${r}`, { headers: { 'X-Guest-Token': guestToken } });
    return response.json();
  }, route);
}

test('a guest chooses the full assessment, answers through its branches and reads every result section', async () => {
  await page.goto(base);
  const full = page.getByLabel(/Full assessment/);
  await full.waitFor();
  // The quick audit stays the default; the full one says how long it takes and how much it asks.
  assert.equal(await page.getByLabel(/Quick audit/).isChecked(), true);
  assert.match(await page.locator('label[for="mode-full"]').textContent(), /35 minutes, 61 questions in 8 steps/);
  await accessible(page, 'full-landing');
  await full.check();
  await page.getByLabel('Organisation name').fill('Northwind Finance');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await heading().getByText('Organisation profile', { exact: true }).waitFor();
  assert.equal((await apiGet('')).questionnaire.id, 'full');

  // Eight steps, all listed; without AI in use the Operations step is skipped, and comes back with it.
  const steps = page.locator('nav.steps li');
  assert.equal(await steps.count(), 8);
  await choose('company_size', 'medium');
  await choose('industry', 'finance');
  await choose('eu_exposure', 'true');
  await choose('regulated_data', 'personal_data', 'financial_records');
  await choose('ai_stage', 'none');
  await page.waitForFunction(() => document.querySelectorAll('nav.steps li').length === 7);
  assert.equal(await page.locator('.step-count').textContent(), 'Step 1 of 7');
  await choose('ai_stage', 'production');
  await page.waitForFunction(() => document.querySelectorAll('nav.steps li').length === 8);
  await choose('agent_actions', 'read_only', 'write_internal', 'payments');
  await accessible(page, 'full-step-1');

  // Free text, "I don't know" on a single choice, a yes/no, and "I don't know" on a multiple choice, where it is
  // exclusive: it clears the options chosen before it.
  await next('Strategy and value');
  await type('use_case_notes', 'Triage incoming supplier invoices in the ERP');
  const unknownStrategy = page.locator('#q-ai_strategy .choices-unknown input[value="unknown"]');
  assert.equal(await unknownStrategy.count(), 1, 'the unknown option stands apart from the levels');
  await choose('ai_strategy', 'unknown');
  // The help says what the question rests on, with the source's name.
  await field('ai_strategy').getByText('More about this question').click();
  assert.match(await field('ai_strategy').locator('.references').textContent(), /MAP 1\.3, NIST AI Risk Management Framework/);
  await choose('executive_sponsor', 'true');
  await choose('use_case_selection', 'list');
  await choose('value_metrics', 'time_saved', 'unknown');
  assert.equal(await page.locator('input[name="value_metrics"][value="time_saved"]').isChecked(), false);
  assert.deepEqual((await apiGet('')).answers.value_metrics, ['unknown']);
  // A percentage out of range: the server's message at the field, nothing saved; then a good one.
  await page.locator('#input-business_case_share').fill('150');
  await page.locator('#input-business_case_share').blur();
  const error = page.locator('#error-business_case_share');
  await error.waitFor();
  assert.match(await error.textContent(), /100/);
  assert.equal(await page.locator('#input-business_case_share').getAttribute('aria-invalid'), 'true');
  await accessible(page, 'full-step-2-error');
  await type('business_case_share', 40);
  assert.equal(await error.isHidden(), true);
  await choose('strategy_clarity', '3');
  assert.equal((await apiGet('')).answers.strategy_clarity, 3);
  // A reload resumes the full questionnaire at this step, every kind of answer kept.
  await page.reload();
  await heading().getByText('Strategy and value', { exact: true }).waitFor();
  assert.equal(await page.locator('nav.steps li').count(), 8);
  assert.equal(await page.locator('input[name="ai_strategy"][value="unknown"]').isChecked(), true);
  assert.equal(await page.locator('input[name="value_metrics"][value="unknown"]').isChecked(), true);
  assert.equal(await page.locator('input[name="executive_sponsor"][value="true"]').isChecked(), true);
  assert.equal(await page.locator('#input-use_case_notes').inputValue(), 'Triage incoming supplier invoices in the ERP');
  assert.equal(await page.locator('#input-business_case_share').inputValue(), '40');

  // A question hidden by an answer in the same step, and shown again when that answer changes.
  await next('Data foundations');
  await choose('data_inventory', 'partial');
  await choose('data_classification', 'applied');
  await type('data_quality_share', 70);
  assert.equal(await field('retrieval_permissions').isVisible(), true);
  await choose('knowledge_sources', 'none');
  await field('retrieval_permissions').waitFor({ state: 'hidden' });
  await choose('knowledge_sources', 'policies');
  assert.equal(await page.locator('input[name="knowledge_sources"][value="none"]').isChecked(), false);
  await field('retrieval_permissions').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.save-status').textContent(), 'Saved. One more question below.');
  await choose('knowledge_sources', 'procedures');
  await choose('retrieval_permissions', 'by_source');
  // Shown because personal data is handled (answered in step 1).
  await choose('personal_data_minimisation', 'guidance');

  await next('Technical platform and integration');
  await type('api_coverage', 60);
  await choose('api_descriptions', 'most');
  await choose('idempotent_writes', 'some');
  await choose('rate_limits', 'documented');
  await choose('tool_catalogue', 'informal');
  await choose('test_environment', 'true');
  await type('integration_lead_time', 6);

  await next('Security and agent identity');
  await choose('machine_identities', 'service_accounts');
  await choose('least_privilege', 'role');
  await choose('secrets_management', 'vault');
  await choose('audit_trail', 'partial');
  await choose('prompt_injection_defences', 'tool_allowlist', 'output_validation');
  await choose('output_handling', 'schema');
  await type('credential_revocation_hours', 24);
  await choose('supply_chain_review', 'checklist');

  // Governance: the branches that regulated data, EU exposure, write access and payments bring up.
  await next('Governance, risk and compliance');
  for (const shown of ['approval_workflow', 'payment_limits', 'eu_ai_act_classification', 'deployer_duties',
    'fundamental_rights_assessment', 'dpia', 'log_retention_months']) {
    assert.equal(await field(shown).isVisible(), true, `${shown} is asked`);
  }
  await choose('ai_policy', 'approved');
  await choose('ai_inventory', 'partial');
  await choose('human_oversight', 'approval_for_high_impact');
  await choose('approval_workflow', 'above_threshold');
  await choose('payment_limits', 'hard_limits');
  await choose('vendor_management', 'procurement');
  await choose('eu_ai_act_classification', 'in_progress');
  await choose('deployer_duties', 'oversight_assigned', 'logs_retained');
  await choose('fundamental_rights_assessment', 'in_progress');
  await choose('dpia', 'some');
  await type('log_retention_months', 12);
  await accessible(page, 'full-step-6');

  await next('Operations');
  await type('agents_in_production', 3);
  await choose('agent_evaluation', 'pre_release_suite');
  await choose('observability', 'traces', 'errors_latency');
  await choose('escalation_path', 'handover');
  await choose('incident_response', 'unknown');
  await choose('kill_switch', 'true');
  await choose('rollback_capability', 'manual');
  await choose('cost_controls', 'budgets');
  await choose('release_process', 'manual_test');

  await next('People and change');
  await type('ai_literacy_share', 30);
  await choose('ai_roles', 'agent_owner');
  await choose('skills_coverage', '2');
  await choose('change_management', 'informed');
  await choose('acceptable_use', 'true');
  await choose('feedback_channel', 'false');
  const audit = await apiGet('');
  assert.equal(audit.progress.readyToSubmit, true, JSON.stringify(audit.progress));

  await page.getByRole('link', { name: 'Review and submit' }).click();
  await page.getByRole('heading', { name: 'Review your answers' }).waitFor();
  await page.getByLabel('Your email').waitFor();
  await accessible(page, 'full-submit');
  await page.getByLabel('Your email').fill('cro@northwind.example');
  await page.getByRole('button', { name: 'Submit the audit' }).click();

  // The result, version 2: seven pillars with their next level, the knowledge gaps, the best answers to change,
  // find-out advice marked, the roadmap in windows.
  await page.getByRole('heading', { name: 'Results for Northwind Finance' }).waitFor();
  const result = await apiGet('/result');
  assert.equal(result.resultVersion, 2);
  assert.equal(await page.locator('.pillars > li').count(), 7);
  // The cross-checks these answers set off (write access with a partial audit trail, among others).
  assert.ok(result.insights.some((i) => i.code === 'write_access_without_audit_trail'));
  assert.deepEqual(await page.locator('#insights li').evaluateAll((items) => items.map((i) => i.dataset.code)),
    result.insights.map((i) => i.code));
  const gaps = page.locator('#knowledge-gaps li');
  assert.deepEqual(await gaps.evaluateAll((items) => items.map((i) => i.dataset.question)),
    result.knowledgeGaps.map((g) => g.question));
  for (const question of ['ai_strategy', 'value_metrics', 'incident_response']) {
    assert.ok(result.knowledgeGaps.some((g) => g.question === question), `${question} is a knowledge gap`);
  }
  assert.equal(await page.locator('#next-level .gains > li').count(), result.nextLevel.bestGains.length);
  assert.ok(result.nextLevel.bestGains.length > 0);
  assert.match(await page.locator('#next-overall').textContent(), /^\d+ points? to [A-Z][a-z]+\.$|highest level/);
  await scorecard(page, result, { quick: false, name: 'full-results', org: 'Northwind Finance' });
  const findOut = result.recommendations.filter((r) => r.kind === 'find-out').length;
  assert.ok(findOut >= 3);
  assert.equal(await page.locator('.recommendations > li.find-out .badge').count(), findOut);
  // Each piece of advice can say which framework items it rests on.
  const advice = page.locator('.recommendations > li[data-question="audit_trail"]');
  await advice.getByText('What this advice rests on').click();
  assert.ok(await advice.locator('.references li').count() > 0);
  const windows = await page.locator('#roadmap > ol > li').evaluateAll((items) => items.map((i) => i.dataset.window));
  const planned = result.roadmap.filter((p) => p.recommendations.length > 0 || p.window.startsWith('days-'))
    .map((p) => p.window);
  assert.deepEqual(windows, planned);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'full-results.png') });
  // The pillars coloured by level and the next level, for docs/ui/results-pillars.png.
  const pillarsTop = await page.evaluate(() => document.querySelector('[aria-labelledby="pillars-title"]')
    .getBoundingClientRect().top + window.scrollY);
  await page.screenshot({ path: path.join(shots, 'full-results-pillars.png'), fullPage: true,
    clip: { x: 0, y: Math.max(0, pillarsTop - 16), width: 1280, height: 1000 } });
  await accessible(page, 'results-full');

  // "Start a new audit" under the results leads to the start page and keeps this audit under "Previous audits".
  await page.getByRole('button', { name: 'Start a new audit' }).click();
  await page.getByRole('heading', { name: 'Start an audit' }).waitFor();
  await page.locator('.previous').getByRole('link', { name: 'Northwind Finance: full assessment' }).click();
  await page.getByRole('heading', { name: 'Results for Northwind Finance' }).waitFor();

  assert.deepEqual(browser.problems, []);
});
