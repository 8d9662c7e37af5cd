// The landing page (issue 17, item 5) in a real Chromium: what an audit gives (a sample scorecard and the first page
// of a sample report, both served by ARA), the quick and the full audit with their question counts and times, how
// the data is handled, and the resume card with the saved audit's progress.
// Run by ara-bootstrap's BrowserJourneyTest: ARA_URL is a running ARA, PLAYWRIGHT_MODULES the installed
// node_modules, CHROMIUM the browser, SCREENSHOT_DIR where the screenshots go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessible, base, useBrowser } from './support.mjs';

let page;
const browser = useBrowser((opened) => { page = opened.page; });

test('the landing page says what you get, how long each mode takes and how the data is handled', async () => {
  const listed = await (await fetch(new URL('api/v1/questionnaires', base))).json();
  assert.deepEqual(listed.map((q) => q.mode).sort(), ['full', 'quick']);
  await page.goto(base);
  await page.getByRole('button', { name: 'Start the audit' }).waitFor();

  // Both modes, each with its question count and time as the server lists them.
  for (const q of listed) {
    const mode = page.locator('.mode').filter({ has: page.locator(`#mode-${q.id}`) });
    assert.equal(await mode.locator('.mode-name').textContent(), q.mode === 'quick' ? 'Quick audit' : 'Full assessment');
    assert.equal(await mode.locator('.mode-facts').textContent(),
      `About ${q.estimatedMinutes} minutes, ${q.questions} questions in ${q.steps} steps`);
  }

  // The sample scorecard, drawn as the results page draws it, and the sample report's first page: a real PNG.
  const sample = page.locator('#sample-scorecard');
  assert.equal(await sample.locator('.big-score').textContent(), '42 / 100');
  assert.deepEqual(await sample.locator('.score-value').allTextContents(), ['55 / 100', '51 / 100', '32 / 100']);
  assert.equal(await sample.locator('.fill.level-beginner').count(), 1);
  const image = page.locator('#sample-report img');
  assert.match(await image.getAttribute('alt'), /sample PDF report/);
  assert.ok(await image.evaluate((img) => img.complete && img.naturalWidth > 200 && img.naturalHeight > img.naturalWidth),
    'the report thumbnail is a loaded portrait page');
  const png = await fetch(new URL(await image.getAttribute('src'), base));
  assert.equal(png.headers.get('content-type'), 'image/png');
  assert.ok((await png.arrayBuffer()).byteLength < 60 * 1024, 'the thumbnail stays under 60 KB');

  // How the data is handled, in plain words.
  const data = await page.locator('#data-handling').innerText();
  assert.match(data, /How your data is handled/);
  assert.match(data, /kept in this browser only/);
  assert.match(data, /saved on this server as you go/);
  assert.match(data, /30 days/);
  assert.equal(await page.locator('#resume-title').count(), 0);
  await accessible(page, 'landing');

  // A quick audit with three answers: the resume card says how far it is, with a bar.
  await page.getByLabel('Organisation name').fill('Fabrikam Foods');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await page.locator('#step-title').waitFor();
  const progress = await page.evaluate(async () => {
    const { auditId, guestToken } = JSON.parse(localStorage.getItem('ara.audit'));
    const headers = { 'X-Guest-Token': guestToken, 'Content-Type': 'application/json' };
    for (const [question, value] of [['company_size', 'medium'], ['industry', 'retail'], ['current_ai_usage', 'pilot']]) {
      await fetch(`/api/v1/audits/${auditId}/answers/${question}`, { method: 'PUT', headers, body: JSON.stringify({ value }) });
    }
    return (await (await fetch(`/api/v1/audits/${auditId}`, { headers })).json()).progress;
  });
  assert.equal(progress.answered, 3);
  await page.goto(`${base}#/`);
  await page.getByRole('heading', { name: 'Resume your audit' }).waitFor();
  assert.equal(await page.locator('#resume-progress').textContent(),
    `3 of ${progress.total} answered · ${Math.round(progress.percent)} %`);
  assert.equal(await page.locator('#resume-bar').evaluate((bar) => bar.value), Math.round(progress.percent));
  assert.equal(await page.getByRole('progressbar', { name: /3 of \d+ answered/ }).count(), 1);
  await accessible(page, 'landing-resume');

  assert.deepEqual(browser.problems, []);
});
