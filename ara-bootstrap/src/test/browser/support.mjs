// What the browser journeys share: Chromium through playwright-core, the problems a page must not have (script
// errors, content-security-policy violations, 404s), and axe-core's accessibility check of a page state at a desktop
// and a phone size, with a screenshot of each.
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
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };
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
 * The page as it is now, checked by axe-core at the desktop and at the phone size (nothing may be wider than the
 * phone's screen), with a screenshot of the whole page at each: NAME-1280.png and NAME-360.png. The viewport is
 * left at the desktop size.
 */
export async function accessible(page, name) {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    // axe is evaluated through the DevTools protocol, which the page's content security policy does not govern.
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, RULES);
    await page.screenshot({ path: path.join(shots, `${name}-${size.width}.png`), fullPage: true });
    assert.deepEqual(violations, [], `axe-core at ${size.width} px on ${name}`);
    if (size === PHONE) {
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), `${name} is wider than 360 px`);
    }
  }
  await page.setViewportSize(DESKTOP);
}
