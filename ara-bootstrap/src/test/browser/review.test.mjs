// The review page of issue 17 (#/submit, "Review your answers"), in a real Chromium against ARA on its default guest
// policy (an email before submitting): every answer by step in words with an Edit link back to the step; required
// answers still missing listed first and the submit held back; the email asked up front, before any submit, with
// a human error for a malformed address; a server that wants guests to sign in said so plainly. axe-core checks
// each state at a desktop and a phone size. Run by ara-bootstrap's BrowserJourneyTest (as journey.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessible, base, startAudit, useBrowser } from './support.mjs';

let page;
const browser = useBrowser((opened) => { page = opened.page; });

const review = () => page.getByRole('heading', { name: 'Review your answers', level: 1 });
const submitButton = () => page.getByRole('button', { name: 'Submit the audit' });

const start = (mode, organisation) => startAudit(page, mode, organisation);

/** Calls the API for the page's audit with the guest token it keeps; answers the status and the body. */
async function api(method, route, body) {
  return page.evaluate(async ([m, r, b]) => {
    const { auditId, guestToken } = JSON.parse(localStorage.getItem('ara.audit'));
    const headers = { 'X-Guest-Token': guestToken };
    if (b !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`/api/v1/audits/${auditId}${r}`, { method: m, headers,
      body: b === undefined ? undefined : JSON.stringify(b) });
    return { status: response.status, body: await response.json() };
  }, [method, route, body]);
}

async function answer(values) {
  for (const [question, value] of Object.entries(values)) {
    const reply = await api('PUT', `/answers/${question}`, { value });
    assert.equal(reply.status, 200, `${question}: ${JSON.stringify(reply.body)}`);
  }
}

/** The review page's answers of one step: question title → answer in words. */
async function answersOf(stepTitle) {
  const section = page.locator('.review-step').filter({ has: page.getByRole('heading', { name: stepTitle }) });
  return section.locator('dl.answers').evaluate((dl) => {
    const pairs = {};
    for (const dt of dl.querySelectorAll('dt')) pairs[dt.textContent] = dt.nextElementSibling.textContent;
    return pairs;
  });
}

test('the review lists the answers in words, holds the submit back while required answers are missing', async () => {
  await start('full', 'Review Partial');
  await answer({ eu_exposure: true, regulated_data: ['unknown'], business_case_share: 40, strategy_clarity: 4,
    integration_lead_time: 1, use_case_notes: 'Invoice matching' });
  await page.goto(`${base}#/submit`);
  await review().waitFor();

  const profile = await answersOf('1. Organisation profile');
  assert.equal(profile['Do you offer AI systems on the EU market or use AI systems in the EU?'], 'Yes');
  assert.equal(profile['Which kinds of regulated data would your AI agents see or change?'], 'I don\'t know');
  assert.equal(profile['How many people work for your organisation?'], 'Not answered (required)');
  const strategy = await answersOf('2. Strategy and value');
  assert.equal(strategy['Which agent use cases are you considering first?'], 'Invoice matching');
  assert.equal(strategy['What share of your AI initiatives had a business case with a measurable target before they '
    + 'started?'], '40 %');
  assert.equal(strategy['How clearly could a team lead tell which tasks agents may and may not take over?'], '4 out of 5');
  const platform = await answersOf('4. Technical platform and integration');
  assert.equal(platform['How many weeks does it take to make a new system callable by an agent through a secured API?'],
    '1 week');

  // Missing required answers first, each a link to its step; the submit waits for them.
  const missing = page.locator('.review-missing');
  await missing.getByRole('heading', { name: 'Still to answer' }).waitFor();
  const links = await missing.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length > 10);
  assert.ok(links.every((href) => href.startsWith('#/wizard/')));
  assert.equal(await missing.getByRole('link', { name: 'Do you offer AI systems on the EU market' }).count(), 0);
  assert.equal(await submitButton().isDisabled(), true);
  await accessible(page, 'review-missing');

  await missing.locator('a').first().click();
  await page.locator('#step-title').getByText('Organisation profile').waitFor();
  assert.deepEqual(browser.problems, []);
});

test('a guest reviews every answer, edits a step, gives the email up front and submits', async () => {
  await start('quick', 'Review Complete');
  await answer({ company_size: 'medium', industry: 'retail', current_ai_usage: 'pilot', tech_stack_maturity: 7,
    api_architecture: 'rest_mature', cloud_infrastructure: 'hybrid', data_infrastructure: 'data_warehouse',
    version_control: 'git_ci', testing_practices: ['unit_tests', 'integration_tests'], code_quality: 6,
    security_practices: ['access_control'], data_sensitivity: 'confidential',
    monitoring_capabilities: ['alerting'], deployment_automation: 'ci_cd_basic', incident_response: 5 });
  assert.equal((await api('GET', '')).body.submitRequires, 'email');
  const requests = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/(submit|guest-email)$/.test(r.url())) requests.push(r.url().split('/').pop());
  });

  await page.goto(`${base}#/submit`);
  await review().waitFor();
  assert.match(await page.locator('.review-summary').textContent(), /^15 of 16 questions answered/);
  // Every visible step, in order, each with an Edit link back to it.
  assert.deepEqual(await page.locator('.review-step h2').allTextContents(), ['1. Organization Overview',
    '2. Technical Infrastructure', '3. Development Practices', '4. Security & Compliance', '5. Operations & Monitoring']);
  assert.deepEqual(await answersOf('1. Organization Overview'), {
    'How large is your organisation?': 'Mid-sized company (201–1,000 employees)',
    'Which industry do you primarily operate in?': 'Retail and e-commerce',
    'How is AI used in your organisation today?': 'Running one or more pilots',
  });
  assert.deepEqual(await answersOf('3. Development Practices'), {
    'How do your teams manage source code?': 'Git with continuous integration on every change',
    'Which kinds of automated tests do you run?': 'Unit tests, Integration tests',
    'How would you rate your code quality practices?': '6 out of 10',
  });
  const security = await answersOf('4. Security & Compliance');
  assert.equal(security['Which compliance frameworks apply to your organisation?'], 'Not answered');
  assert.equal(security['What is the most sensitive data your AI agents would handle?'], 'Confidential');
  assert.equal(await page.locator('.review-missing').count(), 0);

  await page.getByRole('link', { name: 'Edit Technical Infrastructure' }).click();
  await page.waitForURL(/#\/wizard\/technical_infrastructure$/);
  await page.locator('#step-title').getByText('Technical Infrastructure').waitFor();
  assert.equal(await page.locator('input[name="tech_stack_maturity"][value="7"]').isChecked(), true);
  await page.goBack();
  await review().waitFor();

  // The email is asked before any submit, with why and how it is kept.
  const email = page.getByLabel('Your email');
  await email.waitFor();
  assert.match(await page.locator('#email-why').textContent(), /way back to this audit and its report/);
  assert.match(await page.locator('#email-why').textContent(), /stored encrypted/);
  assert.equal(await submitButton().isDisabled(), false);
  assert.deepEqual(requests, []);
  await accessible(page, 'review');

  // A malformed address: a human error at the field, and no submit was sent.
  await email.fill('not an address');
  await submitButton().click();
  const error = page.locator('#email-error');
  await error.getByText('This does not look like an email address. Write it as name@example.com.').waitFor();
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(requests, ['guest-email']);
  await accessible(page, 'review-email-error');

  await email.fill('cfo@review.example');
  await submitButton().click();
  await page.getByRole('heading', { name: 'Results for Review Complete' }).waitFor();
  assert.deepEqual(requests, ['guest-email', 'guest-email', 'submit']);
  const audit = (await api('GET', '')).body;
  assert.equal(audit.guestEmailGiven, true);
  assert.equal(audit.status, 'scored');
  assert.deepEqual(browser.problems, []);
});

test('when the server asks guests to sign in, the review says so instead of showing a form that cannot work',
  async () => {
    await start('quick', 'Review Sign In');
    // This server's policy is the default (email); the audit body is answered as a sign-in server would.
    await page.route(/\/api\/v1\/audits\/[^/]+$/, async (route) => {
      const body = await (await route.fetch()).json();
      await route.fulfill({ json: { ...body, submitRequires: 'sign_in' } });
    });
    await page.goto(`${base}#/submit`);
    await review().waitFor();
    await page.getByText('This server asks guests to sign in before submitting.', { exact: false }).waitFor();
    assert.equal(await submitButton().count(), 0);
    assert.equal(await page.getByLabel('Your email').count(), 0);
    await accessible(page, 'review-sign-in');
    await page.unroute(/\/api\/v1\/audits\/[^/]+$/);
    assert.deepEqual(browser.problems, []);
  });
