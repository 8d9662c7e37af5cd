// A guest takes a whole audit through ARA's web pages in a real Chromium: start, answer with autosave, a validation
// error, a reload that resumes, the assistant, the review page with the guest email, the results, the PDF report.
// axe-core checks the landing page, a step with an error, the assistant and the results at a desktop and a phone size.
// Run by ara-bootstrap's BrowserJourneyTest: ARA_URL is a running ARA, PLAYWRIGHT_MODULES the installed
// node_modules, CHROMIUM the browser, SCREENSHOT_DIR where the screenshots go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { accessible, base, scorecard, shots, useBrowser } from './support.mjs';

let page;
const browser = useBrowser((opened) => { page = opened.page; });

const heading = () => page.locator('#step-title');
const saved = () => page.locator('.save-status').getByText('Saved', { exact: true }).waitFor();

async function choose(question, value) {
  await page.locator(`input[name="${question}"][value="${value}"]`).check();
  await saved();
}

async function next() {
  await page.getByRole('link', { name: 'Next' }).click();
}

/** A call to the API with the guest token the page keeps in localStorage. */
async function apiGet(route) {
  return page.evaluate(async (r) => {
    const { auditId, guestToken } = JSON.parse(localStorage.getItem('ara.audit'));
    const response = await fetch(`/api/v1/audits/${auditId}${r}`, { headers: { 'X-Guest-Token': guestToken } });
    return response.json();
  }, route);
}

test('a guest takes the audit, sees the results and downloads the report', async () => {
  await page.goto(base);
  await page.getByRole('button', { name: 'Start the audit' }).waitFor();
  await accessible(page, 'landing');
  await page.getByLabel('Organisation name').fill('Acme Retail');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await assert.doesNotReject(heading().getByText('Organization Overview').waitFor());

  await choose('company_size', 'medium');
  await choose('industry', 'retail');
  await choose('current_ai_usage', 'pilot');
  await next();
  await heading().getByText('Technical Infrastructure').waitFor();

  // A rating is a row of points from 1 to 10: no answer out of range can be given.
  assert.equal(await page.locator('input[name="tech_stack_maturity"]').count(), 10);
  await choose('tech_stack_maturity', '7');
  assert.equal((await apiGet('')).answers.tech_stack_maturity, 7);
  await page.screenshot({ path: path.join(shots, 'wizard-rating.png') });
  await accessible(page, 'classic-step-2');
  await choose('api_architecture', 'rest_mature');

  // A reload mid-step resumes at the same step with the answers kept.
  await page.reload();
  await heading().getByText('Technical Infrastructure').waitFor();
  assert.equal(await page.locator('input[name="tech_stack_maturity"][value="7"]').isChecked(), true);
  assert.equal(await page.locator('input[name="api_architecture"][value="rest_mature"]').isChecked(), true);
  await choose('cloud_infrastructure', 'hybrid');
  await choose('data_infrastructure', 'data_warehouse');

  // A later visit: the landing page offers to resume, at the audit's current step.
  await page.goto(base);
  await page.getByText('Your quick audit for Acme Retail is saved in this browser.').waitFor();
  await page.getByRole('link', { name: 'Resume your audit' }).click();
  await heading().getByText('Development Practices').waitFor();
  await choose('version_control', 'git_ci');
  await choose('testing_practices', 'unit_tests');
  await choose('testing_practices', 'integration_tests');
  await choose('code_quality', '6');
  await next();
  await heading().getByText('Security').waitFor();
  await choose('security_practices', 'access_control');
  await choose('security_practices', 'encryption');
  await choose('security_practices', 'audit_logs');
  await choose('compliance_requirements', 'gdpr');
  await choose('data_sensitivity', 'confidential');
  await next();
  await heading().getByText('Operations').waitFor();
  await choose('monitoring_capabilities', 'application_monitoring');
  await choose('monitoring_capabilities', 'alerting');
  await choose('incident_response', '5');

  // The assistant: prompt chips, a streamed reply, and a suggested answer accepted into the form.
  const toggle = page.getByRole('button', { name: 'Ask the assistant' });
  await toggle.click();
  await page.getByRole('button', { name: 'Hide the assistant' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Hide the assistant' }).getAttribute('aria-expanded'), 'true');
  await page.locator('.chip').first().waitFor();
  assert.equal(await page.locator('.chip').count(), 3);
  await page.getByLabel('Ask about this step').fill('We deploy with GitHub Actions');
  await page.getByRole('button', { name: 'Send' }).click();
  const reply = page.locator('.message.assistant').last();
  await reply.getByRole('button', { name: 'Use this answer' }).click();
  await saved();
  assert.match(await reply.locator('.text').textContent(), /offline/i);
  assert.equal(await page.locator('input[name="deployment_automation"][value="ci_cd_basic"]').isChecked(), true);
  assert.equal((await apiGet('')).answers.deployment_automation, 'ci_cd_basic');
  await page.screenshot({ path: path.join(shots, 'assistant.png') });
  await accessible(page, 'classic-assistant');
  const audit = await apiGet('');
  assert.equal(audit.progress.readyToSubmit, true);
  assert.equal(audit.progress.percent, 100);

  // Submitting: the review page asks for the guest email up front; a malformed one is refused next to the field.
  await page.getByRole('link', { name: 'Review and submit' }).click();
  await page.getByRole('heading', { name: 'Review your answers' }).waitFor();
  await page.getByLabel('Your email').fill('not an address');
  await page.getByRole('button', { name: 'Submit the audit' }).click();
  await page.locator('#email-error').getByText(/name@example.com/).waitFor();
  await page.getByLabel('Your email').fill('cto@acme.example');
  await page.getByRole('button', { name: 'Submit the audit' }).click();

  // The results, as the API scored them.
  await page.getByRole('heading', { name: 'Results for Acme Retail' }).waitFor();
  const result = await apiGet('/result');
  assert.equal(await page.locator('.pillars > li').count(), 4);
  assert.equal((await page.locator('#maturity-level').textContent()).toLowerCase(), result.total.level);
  await scorecard(page, result, { quick: true, name: 'classic-results', org: 'Acme Retail' });
  assert.ok(await page.locator('.recommendations > li').count() > 0);
  await accessible(page, 'results-quick');

  // The report panel: a template a line; picking one with no report yet says so; "Create and download" makes it,
  // shows its progress in place and downloads it; a signed link that works without the token stays.
  assert.match(await page.locator('label[for="template-executive"]').textContent(), /^Executive — A few pages for management/);
  await page.getByRole('radio', { name: /^Executive/ }).check();
  await page.locator('#report-status').getByText('No Executive report yet').waitFor();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }),
    page.getByRole('button', { name: 'Create and download' }).click()]);
  assert.match(file.suggestedFilename(), /^Acme Retail-executive-\d{4}-\d{2}-\d{2}\.pdf$/);
  const download = page.locator('#report-download');
  await download.waitFor();
  // With local storage the link is relative to the page's origin: resolve it as the browser does.
  const href = new URL(await download.getAttribute('href'), page.url()).href;
  assert.equal(new URL(href).origin, new URL(page.url()).origin);
  // The link asks for a download without naming the file: the server's Content-Disposition names it.
  assert.equal(await download.getAttribute('download'), '');
  const pdf = await fetch(href);
  assert.equal(pdf.status, 200);
  assert.match(pdf.headers.get('content-disposition') ?? '',
    /^attachment; filename="acme-retail-executive-\d{4}-\d{2}-\d{2}\.pdf"; filename\*=UTF-8''Acme%20Retail-executive-/);
  assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
  await page.screenshot({ path: path.join(shots, 'results-full.png'), fullPage: true });
  await accessible(page, 'results-report-ready');
  // The picker stays in step with the shown report: after a reload the latest (executive) is shown and picked;
  // picking Standard shows the standard report made before.
  await page.reload();
  await page.locator('#report-status').getByText('Your Executive report is ready.').waitFor();
  assert.equal(await page.locator('#template-executive').isChecked(), true);
  await page.getByRole('radio', { name: /^Standard/ }).check();
  await page.locator('#report-status').getByText('Your Standard report is ready.').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'results.png') });

  // A phone: 390 px wide, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByRole('heading', { name: 'Results for Acme Retail' }).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'wider than 390 px');
  await page.screenshot({ path: path.join(shots, 'results-390.png') });

  // Result version 2 sections are there for this new audit; a result stored before them (version 1: no knowledge
  // gaps, no next level, three 30-day windows) is shown without them. The version-1 body is this result's own,
  // cut to what the API serves for a version-1 result.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(result.resultVersion, 2);
  assert.equal(await page.locator('#next-overall').count(), 1);
  assert.deepEqual(await page.locator('#roadmap > ol > li').evaluateAll((items) => items.map((i) => i.dataset.window))
    .then((w) => w.slice(0, 3)), ['days-1-30', 'days-31-60', 'days-61-90']);
  await page.route('**/result', async (route) => {
    const body = await (await route.fetch()).json();
    // Recommendations in reverse too: the top three are picked by impact, not by their place in the body.
    await route.fulfill({ json: { ...body, resultVersion: 1, knowledgeGaps: [], nextLevel: null,
      roadmap: body.roadmap.filter((phase) => phase.window.startsWith('days-')),
      recommendations: [...body.recommendations].reverse() } });
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Results for Acme Retail' }).waitFor();
  assert.equal(await page.locator('#next-level, #next-overall, .pillar-next, #knowledge-gaps').count(), 0);
  assert.equal(await page.locator('#roadmap > ol > li').count(), 3);
  assert.equal(await page.locator('.pillars > li').count(), 4);
  // The scorecard stands without the version-2 fields: the hero, the ladder and the top three are there.
  assert.equal(await page.locator('#hero-score').textContent(), `${Math.round(result.total.percent)} / 100`);
  assert.equal(await page.locator('#ladder li[aria-current="step"]').getAttribute('data-level'), result.total.level);
  const reversed = [...result.recommendations].reverse().map((r, i) => ({ r, i }));
  assert.deepEqual(await page.locator('#top-actions .top > li').evaluateAll((items) => items.map((i) => i.dataset.question)),
    reversed.sort((x, y) => y.r.impact - x.r.impact || x.i - y.i).slice(0, 3).map((x) => x.r.questionId));
  assert.ok(result.recommendations.length > 3 && result.recommendations[0].impact > result.recommendations.at(-1).impact);
  await page.unroute('**/result');

  // After the quick audit, "Start the full assessment" starts a full one for the same organisation; the quick
  // audit stays reachable from "Previous audits".
  const quickId = (await apiGet('')).id;
  assert.match(await page.locator('#cta-full-note').textContent(), /^The full assessment asks 61 questions in about 35 minutes\. /);
  await page.getByRole('button', { name: 'Start the full assessment' }).click();
  await page.locator('#step-title').getByText('Organisation profile', { exact: true }).waitFor();
  const started = await apiGet('');
  assert.equal(started.questionnaire.id, 'full');
  assert.notEqual(started.id, quickId);
  assert.equal(started.organizationName, 'Acme Retail');
  await page.goto(`${base}#/`);
  await page.locator('.previous').getByRole('link', { name: 'Acme Retail: quick audit' }).waitFor();

  assert.deepEqual(browser.problems, []);
});
