// What the browser journeys share: Chromium through playwright-core, the problems a page must not have (script
// errors, content-security-policy violations, 404s), and axe-core's accessibility check of a page state at a desktop
// and a phone size, with a screenshot of each.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(path.join(process.env.PLAYWRIGHT_MODULES, 'noop.js'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const base = process.env.ARA_URL;
export const shots = process.env.SCREENSHOT_DIR || tmpdir();
/** Where the documentation's screenshots go when they are refreshed (docs/ui; see docs/ui/README.md), or nowhere. */
const docsUi = process.env.DOCS_UI_DIR;
/** The sizes issue 17 names: a 1280×800 desktop and a 390×844 phone; nothing may scroll sideways down to 320 px. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export const NARROW = { width: 320, height: 640 };
/** WCAG 2.0 to 2.2, levels A and AA, plus axe's best practices (landmarks, one h1, heading order …). */
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A fresh Chromium profile and page; {@code problems} collects what must stay empty. */
export async function open() {
  const profile = mkdtempSync(path.join(tmpdir(), 'ara-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: DESKTOP,
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  // Any script error or content-security-policy violation fails the journey.
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // (The API's expected 4xx answers are logged by Chromium as "Failed to load resource": not a problem.)
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() === 404) problems.push(`404: ${r.url()}`);
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { page, problems, close };
}

/**
 * A test file's browser: a fresh one {@link open opened} before its tests and closed after them. Answers a holder
 * that gets open()'s fields (page, problems, close) once opened; {@code onOpen} is called with it then.
 */
export function useBrowser(onOpen) {
  const held = {};
  before(async () => {
    Object.assign(held, await open());
    onOpen(held);
  });
  after(async () => {
    await held.close?.();
  });
  return held;
}

/**
 * The page as it is now, checked by axe-core at the desktop and at the phone size (nothing may be wider than the
 * phone's screen), with a screenshot of the whole page at each: NAME-1280.png and NAME-390.png; and at 320 px the
 * page still does not scroll sideways. The viewport is left at the desktop size.
 *
 * axe runs with the page scrolled to its end and the scroll position is put back afterwards: the wizard's Back/Next
 * bar sticks to the bottom of the screen, and whatever option happens to sit half under it at the current scroll
 * position would count for axe's target-size rule as a target too small to hit. At the end of the page the bar rests
 * in its place after the last question and covers nothing, so every target is checked at its full size.
 */
export async function accessible(page, name) {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    // axe is evaluated through the DevTools protocol, which the page's content security policy does not govern.
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      const [x, y] = [window.scrollX, window.scrollY];
      window.scrollTo(0, document.documentElement.scrollHeight);
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      window.scrollTo(x, y);
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, RULES);
    await page.screenshot({ path: path.join(shots, `${name}-${size.width}.png`), fullPage: true });
    if (docsUi) await page.screenshot({ path: path.join(docsUi, `${name}-${size.width}.jpg`), fullPage: true, type: 'jpeg', quality: 70 });
    assert.deepEqual(violations, [], `axe-core at ${size.width} px on ${name}`);
    if (size === PHONE) {
      assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, PHONE.width),
        `${name} is wider than ${PHONE.width} px`);
    }
  }
  await page.setViewportSize(NARROW);
  assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, NARROW.width),
    `${name} scrolls sideways at ${NARROW.width} px`);
  await page.setViewportSize(DESKTOP);
}

/** Starts a new audit from the landing page (a fresh browser storage), quick or full; waits for its first step. */
export async function startAudit(page, mode, organisation) {
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}#/`);
  await page.getByLabel(mode === 'full' ? /Full assessment/ : /Quick audit/).check();
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await page.locator('#step-title').waitFor();
}

/** The desktop the results' hero, top three actions and calls to action must fit in without scrolling. */
export const FOLD = { width: 1280, height: 800 };

/**
 * The results page as a scorecard, checked against the API's result body: the hero score on the 0–100 scale, the
 * ladder marking the current level, the pillar chart (bars coloured by and named with their level, values on the
 * same 0–100 scale, the overall score's dashed mark), the three highest-impact recommendations first with the calls
 * to action above the fold at 1280×800 (the full assessment offered only after a quick audit), and no raw weighted
 * points anywhere on the page. A screenshot of the fold: NAME-fold.png. Then "Download the PDF report": one click
 * makes the standard report and downloads it as ORG-standard-DATE.pdf (ORG: the organisation's name), the
 * report panel following; a second click downloads the same report again without making another.
 */
export async function scorecard(page, result, { quick, name, org }) {
  assert.equal(await page.locator('#hero-score').textContent(), `${Math.round(result.total.percent)} / 100`);
  const rungs = page.locator('#ladder > li');
  assert.deepEqual(await rungs.evaluateAll((items) => items.map((i) => i.dataset.level)),
    ['beginner', 'developing', 'proficient', 'advanced', 'expert']);
  const here = page.locator('#ladder > li[aria-current="step"]');
  assert.equal(await here.count(), 1);
  assert.equal(await here.getAttribute('data-level'), result.total.level);
  assert.match(await here.textContent(), /You are here/);
  const total = result.nextLevel && result.nextLevel.total;
  if (total && total.next) {
    const points = Math.max(1, Math.ceil(total.percentNeeded - 1e-9));
    assert.match(await page.locator('#next-overall').textContent(),
      new RegExp(`^${points} points? to ${total.next.charAt(0).toUpperCase()}${total.next.slice(1)}\\.$`, 'i'));
    assert.match(await page.locator(`#ladder > li[data-level="${total.next}"]`).textContent(), new RegExp(`${points} points? to go`));
  }
  const overall = Math.round(result.total.percent);
  assert.match(await page.locator('#pillar-chart-about').textContent(), new RegExp(`overall score, ${overall}\\.$`));
  assert.equal(await page.locator('#pillar-chart .chart-ticks').textContent(), '020406080100');
  for (const pillar of result.pillars) {
    const row = page.locator(`.pillars > li[data-pillar="${pillar.id}"]`);
    assert.equal(await row.getAttribute('data-level'), pillar.level);
    assert.equal((await row.locator('.level-tag').textContent()).toLowerCase(), pillar.level);
    assert.ok(await row.locator(`.fill.level-${pillar.level}`).count() === 1, `${pillar.id} bar coloured by level`);
    // The same 0–100 scale as the hero: "62 / 100", the bar that long, the overall mark at the overall score.
    assert.equal(await row.locator('.score-value').textContent(), `${Math.round(pillar.percent)} / 100`);
    const [bar, fill, mark] = await Promise.all(['.bar', '.fill', '.overall-mark'].map((s) => row.locator(s).boundingBox()));
    assert.ok(Math.abs(fill.width - bar.width * Math.round(pillar.percent) / 100) <= 2, `${pillar.id} bar length`);
    assert.ok(Math.abs(mark.x - bar.x - bar.width * overall / 100) <= 2, `${pillar.id} overall mark`);
  }
  // The scale below the bars is shown, its 100 ending where the bars end.
  const [end, hundred] = await Promise.all([page.locator('.pillars .bar').first().boundingBox(),
    page.locator('#pillar-chart .scale-tick-100').boundingBox()]);
  assert.ok(hundred.width > 5 && Math.abs(hundred.x + hundred.width - end.x - end.width) <= 3, 'the scale ends at 100');
  // The three highest-impact recommendations, highest first (the API's order among equal impacts).
  const expected = result.recommendations.map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.impact - a.r.impact || a.i - b.i).slice(0, 3).map((x) => x.r.questionId);
  assert.ok(expected.length > 0);
  assert.deepEqual(await page.locator('#top-actions .top > li').evaluateAll((items) => items.map((i) => i.dataset.question)),
    expected);
  assert.equal(await page.locator('#top-actions-title').textContent(),
    `Your top ${['', 'action', 'two actions', 'three actions'][expected.length]}`);
  assert.equal(await page.getByRole('button', { name: 'Start the full assessment' }).count(), quick ? 1 : 0);
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, /weighted/i, 'no weighted points on the page');
  assert.doesNotMatch(text, /\d+(\.\d+)? of \d+(\.\d+)? (weighted )?points/i);
  // Above the fold: the hero, the top three and the calls to action, at the top of the page on a 1280×800 desktop.
  const before = page.viewportSize();
  await page.setViewportSize(FOLD);
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const selector of ['#hero-score', '#ladder', '#top-actions .top', '#cta-report', ...(quick ? ['#cta-full'] : [])]) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box && box.y + box.height <= FOLD.height, `${selector} above the fold at 1280×800 (${JSON.stringify(box)})`);
  }
  await page.screenshot({ path: path.join(shots, `${name}-fold.png`) });
  await page.setViewportSize(before);
  // "Download the PDF report": one click makes the standard report and downloads it, the progress shown in place.
  const requested = [];
  const count = (r) => {
    if (r.method() === 'POST' && /\/audits\/[^/]+\/reports$/.test(new URL(r.url()).pathname)) requested.push(r.url());
  };
  page.on('request', count);
  // Chromium takes the name from the header's UTF-8 form (filename*): the organisation's name as it was given.
  const file = new RegExp(`^${org.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-standard-\\d{4}-\\d{2}-\\d{2}\\.pdf$`);
  const [first] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.locator('#cta-report').click()]);
  assert.match(first.suggestedFilename(), file);
  await page.locator('#cta-status').getByText('Your Standard report is ready.').waitFor();
  // The report panel shows the same report, its template picked.
  assert.equal(await page.locator('#template-standard').isChecked(), true);
  await page.locator('#report-status').getByText('Your Standard report is ready.').waitFor();
  // Again: the ready report is downloaded again, not made again.
  const [again] = await Promise.all([page.waitForEvent('download'), page.locator('#cta-report').click()]);
  assert.match(again.suggestedFilename(), file);
  assert.equal(requested.length, 1, 'one report made for two downloads');
  page.off('request', count);
  await page.evaluate(() => window.scrollTo(0, 0));
}
