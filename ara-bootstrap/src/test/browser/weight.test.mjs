// The pages' weight and speed, measured by the browser itself (the DevTools protocol's network events and the
// page's own clock), cold cache, at a desktop and at a throttled phone profile (Lighthouse's mobile defaults: 150 ms
// round trip, 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed four times), for each page state: the landing page, a
// step of each questionnaire, the review page and the results.
//
// Asserted: the pages' own code and styles (HTML, scripts, style sheet) stay under 100 KB transferred on every state;
// their images (the icon, the landing page's sample report) and the API's answers (the questionnaire document, the
// audit, the result) are counted apart. Not asserted, only
// recorded: the times (this machine is shared and noisy), written to SCREENSHOT_DIR/weight.json and printed as a
// Markdown table for docs/benchmarks.md. WEIGHT_REPETITIONS (default 1) repeats each load, interleaved over the
// states; the median is reported. The floor, loaded in the same run: the not-found page, static HTML with the same
// style sheet and no script, the least a page of ARA can be; each time is also given as a ratio to it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DESKTOP, PHONE, base, open, shots } from './support.mjs';

const BUDGET = 100 * 1024;
const REPETITIONS = Math.max(1, Number(process.env.WEIGHT_REPETITIONS || 1));
const PROFILES = [
  { name: 'desktop', viewport: DESKTOP, network: null, cpu: 1 },
  { name: 'phone (throttled)', viewport: PHONE, cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
];

let browser;
let page;
let cdp;

before(async () => {
  browser = await open();
  page = browser.page;
  cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // The time the main content (the page's h1 in <main>) is first in the document, on the page's own clock.
  await page.addInitScript(() => {
    const seen = () => {
      if (window.__araMainContent === undefined && document.querySelector('#main h1')) {
        window.__araMainContent = performance.now();
      }
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
});

after(async () => {
  await browser?.close();
});

/** A JSON call to the API, from Node. */
async function api(method, route, { token, body } = {}) {
  const response = await fetch(new URL(`api/v1${route}`, base), {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { 'X-Guest-Token': token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${route}: ${response.status} ${await response.clone().text()}`);
  return response.status === 204 ? null : response.json();
}

/** A guest audit of the questionnaire, optionally with every question answered (the first real option, the lowest value). */
async function audit(questionnaireId, { answered = false, submitted = false } = {}) {
  const started = await api('POST', '/audits', { body: { organizationName: 'Weight Ltd', questionnaire: questionnaireId } });
  const session = { auditId: started.id, guestToken: started.guestToken, organizationName: 'Weight Ltd', questionnaireId };
  if (answered) {
    const document = await api('GET', `/questionnaires/${questionnaireId}`);
    for (const q of document.steps.flatMap((s) => s.questions)) {
      const options = (q.options || []).filter((o) => !o.unknown);
      const value = {
        single_select: options[0]?.id, multi_select: [options[0]?.id], yes_no: true,
      }[q.type] ?? q.validation?.min ?? 1;
      await api('PUT', `/audits/${session.auditId}/answers/${q.id}`, { token: session.guestToken, body: { value } });
    }
  }
  if (submitted) {
    await api('POST', `/audits/${session.auditId}/guest-email`, { token: session.guestToken, body: { email: 'weight@example.com' } });
    await api('POST', `/audits/${session.auditId}/submit`, { token: session.guestToken });
  }
  return session;
}

/** One cold load of the page at `url` (relative to ARA's root) with `session` in the browser's storage: bytes by kind, and times. */
async function load(url, session, profile) {
  await page.setViewportSize(profile.viewport);
  // The storage is set on a tiny page of the same origin, before measuring.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goto(new URL('favicon.svg', base).href);
  await page.evaluate((s) => {
    localStorage.clear();
    if (s) localStorage.setItem('ara.audit', JSON.stringify(s));
  }, session);
  await cdp.send('Network.clearBrowserCache');
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  const requests = new Map();
  const bytes = { own: 0, images: 0, api: 0 };
  const onResponse = (e) => requests.set(e.requestId, new URL(e.response.url).pathname);
  const onFinished = (e) => {
    const where = requests.get(e.requestId);
    if (where === undefined) return;
    const kind = where.startsWith('/api/') ? 'api' : /\.(png|svg|jpe?g|webp)$/.test(where) ? 'images' : 'own';
    bytes[kind] += e.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  try {
    await page.goto(new URL(url, base).href, { waitUntil: 'load' });
    await page.locator('#main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    const times = await page.evaluate(() => ({
      mainContent: window.__araMainContent,
      load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    }));
    return { ...bytes, ...times };
  } finally {
    cdp.off('Network.responseReceived', onResponse);
    cdp.off('Network.loadingFinished', onFinished);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test('every page state stays under 100 KB of its own code and styles; times recorded', async () => {
  const states = [
    { name: 'Floor: the static not-found page', url: 'no-such-page', session: null, floor: true },
    { name: 'Landing page', url: '#/', session: null },
    { name: 'Quick audit, first step', url: '#/wizard', session: await audit('classic') },
    { name: 'Full assessment, first step', url: '#/wizard', session: await audit('full') },
    { name: 'Review (quick audit)', url: '#/submit', session: await audit('classic', { answered: true }) },
    { name: 'Results (quick audit)', url: '#/results', session: await audit('classic', { answered: true, submitted: true }) },
  ];
  const runs = new Map(); // "state|profile" → loads, repetitions interleaved over the states and profiles
  for (let i = 0; i < REPETITIONS; i++) {
    for (const state of states) {
      for (const profile of PROFILES) {
        const key = `${state.name}|${profile.name}`;
        runs.set(key, [...(runs.get(key) || []), await load(state.url, state.session, profile)]);
      }
    }
  }
  const rows = [];
  for (const profile of PROFILES) {
    const floor = median(runs.get(`${states[0].name}|${profile.name}`).map((r) => r.mainContent));
    for (const state of states) {
      const loads = runs.get(`${state.name}|${profile.name}`);
      const mainContent = median(loads.map((r) => r.mainContent));
      const row = {
        state: state.name, profile: profile.name, repetitions: REPETITIONS,
        ownBytes: median(loads.map((r) => r.own)), imageBytes: median(loads.map((r) => r.images)),
        apiBytes: median(loads.map((r) => r.api)),
        mainContentMs: Math.round(mainContent), toFloor: Number((mainContent / floor).toFixed(2)),
        loadMs: Math.round(median(loads.map((r) => r.load))),
      };
      rows.push(row);
      assert.ok(row.ownBytes > 0, `${state.name}: nothing of the pages' own was transferred`);
      assert.ok(row.ownBytes < BUDGET, `${state.name} (${profile.name}): ${row.ownBytes} bytes of own code and styles`);
    }
  }
  writeFileSync(path.join(shots, 'weight.json'), JSON.stringify(rows, null, 2));
  const kb = (b) => (b / 1024).toFixed(1);
  console.log(['| Page state | Profile | Code and styles (KB) | Images (KB) | API answers (KB) | Main content (ms) | × floor | Load (ms) |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.state} | ${r.profile} | ${kb(r.ownBytes)} | ${kb(r.imageBytes)} | ${kb(r.apiBytes)} | ${r.mainContentMs} | ${r.toFloor} | ${r.loadMs} |`)]
    .map((line) => `# ${line}`).join('\n'));
});
