// A mistyped page URL in a real Chromium: the human not-found page (404, HTML in the pages' style), checked by
// axe-core at 1280 × 800 and 390 × 844 with a screenshot of each (not-found-1280.png, not-found-390.png), and its two
// links followed: to the start page, and to the audit saved in this browser. An API path keeps its problem+json.
// Run by ara-bootstrap's BrowserJourneyTest, as journey.test.mjs is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { base, shots, useBrowser } from './support.mjs';

const require = createRequire(path.join(process.env.PLAYWRIGHT_MODULES, 'noop.js'));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The sizes issue 17 names: a desktop and a 390 px phone. */
const SIZES = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const MISTYPED = 'wizrd/organisation?from=mail';

let page;
const browser = useBrowser((opened) => { page = opened.page; });

async function openMistyped() {
  const response = await page.goto(new URL(MISTYPED, base).href);
  assert.equal(response.status(), 404);
  assert.match(response.headers()['content-type'], /^text\/html/);
  assert.ok(response.headers()['x-request-id'], 'the not-found page carries a request id');
  assert.match(response.headers()['content-security-policy'], /default-src 'none'/);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
}

test('a mistyped page URL shows the not-found page, accessible at both sizes', async () => {
  await openMistyped();
  // The site's style sheet applied (an absolute link, so it loads at any depth): the header's dark band.
  const band = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(band, 'rgba(0, 0, 0, 0)');
  assert.equal(await page.getByRole('link', { name: 'Go to the start page' }).getAttribute('href'), '/');
  assert.equal(await page.getByRole('link', { name: 'Resume your audit' }).getAttribute('href'), '/#/wizard');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, RULES);
    await page.screenshot({ path: path.join(shots, `not-found-${size.width}.png`), fullPage: true });
    assert.deepEqual(violations, [], `axe-core at ${size.width} px on the not-found page`);
    assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, size.width),
      `the not-found page is wider than ${size.width} px`);
  }
  await page.setViewportSize(SIZES[0]);
});

test('its links lead to the start page and to the audit saved in this browser', async () => {
  await openMistyped();
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await page.getByRole('button', { name: 'Start the audit' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');

  // An audit saved in this browser, as the start page saves it; the not-found page's other link resumes it.
  await page.evaluate(async () => {
    const response = await fetch('/api/v1/audits', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ organizationName: 'Lost Link Ltd' }) });
    const audit = await response.json();
    localStorage.setItem('ara.audit', JSON.stringify({ auditId: audit.id, guestToken: audit.guestToken,
      organizationName: audit.organizationName, questionnaireId: audit.questionnaire && audit.questionnaire.id }));
  });
  await openMistyped();
  await page.getByRole('link', { name: 'Resume your audit' }).click();
  await page.locator('#step-title').waitFor();
  assert.match(page.url(), /#\/wizard/);
});

test('an API path that no route serves stays a problem', async () => {
  const response = await page.goto(new URL('api/v1/wizrd', base).href);
  assert.equal(response.status(), 404);
  assert.match(response.headers()['content-type'], /^application\/problem\+json/);
  assert.equal(JSON.parse(await response.text()).status, 404);
});

test('nothing else went wrong on the way', () => {
  // The 404s asked for above are the point of this test; any other is a problem, as are script errors.
  const expected = (p) => p.startsWith('404: ') && (p.includes('/wizrd'));
  assert.deepEqual(browser.problems.filter((p) => !expected(p)), []);
});
