// Issue 18 end to end, in real Chromium: a guest starts the quick audit and gives an email; the "Resume your audit"
// mail (an .eml file on the embedded default, MAIL_DIR) carries a link that a second browser opens; there the guest
// answers, submits on the review page and asks for the PDF report; the "Your report is ready" mail's link downloads
// the PDF. The webhook side (a receiver that sees audit.submitted and report.ready once each, signatures verified) is
// checked by BrowserJourneyTest after this file has run. Checked by axe-core at 1280 and 390 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { accessible, base, open, startAudit, useBrowser } from './support.mjs';

const mailDir = process.env.MAIL_DIR;
let page;
const browser = useBrowser((opened) => { page = opened.page; });

/** The text of the newest message to {@code address} whose subject matches, waiting for it to be written. */
async function mail(address, subject) {
  for (let tries = 0; tries < 300; tries++) {
    let files = [];
    try {
      files = readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
    } catch {
      // not written yet
    }
    for (const file of files) {
      // Quoted-printable: soft line breaks ("=" at a line's end) joined, then escapes such as "=3D" decoded.
      const text = readFileSync(path.join(mailDir, file), 'utf8').replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
      if (text.includes(`To: ${address}`) && subject.test(text)) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no message to ${address} matching ${subject} in ${mailDir}`);
}

/** Calls the API for the audit a page keeps, with its guest token. */
function api(on, method, route, body) {
  return on.evaluate(async ([m, r, b]) => {
    const { auditId, guestToken } = JSON.parse(localStorage.getItem('ara.audit'));
    const headers = { 'X-Guest-Token': guestToken };
    if (b !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`/api/v1/audits/${auditId}${r}`, { method: m, headers,
      body: b === undefined ? undefined : JSON.stringify(b) });
    return { status: response.status, body: await response.json().catch(() => null) };
  }, [method, route, body]);
}

test('resume link by mail, finish in a second browser, report link by mail', async () => {
  await startAudit(page, 'quick', 'Notify Ltd');
  const address = `notify-${Date.now()}@example.test`;
  assert.equal((await api(page, 'POST', '/guest-email', { email: address })).status, 200);

  const resumeMail = await mail(address, /Subject: .*[Rr]esume/);
  const token = resumeMail.match(/\/#\/resume\/([A-Za-z0-9_-]{43})/)[1];
  const first = await page.evaluate(() => JSON.parse(localStorage.getItem('ara.audit')));
  assert.ok(!resumeMail.includes(first.guestToken), 'the guest token itself is never mailed');

  const second = await open();
  try {
    const other = second.page;
    await other.goto(new URL(`#/resume/${token}`, base).href);
    await other.locator('#step-title').waitFor();
    const answers = { company_size: 'medium', industry: 'retail', current_ai_usage: 'pilot', tech_stack_maturity: 7,
      api_architecture: 'rest_mature', cloud_infrastructure: 'hybrid', data_infrastructure: 'data_warehouse',
      version_control: 'git_ci', testing_practices: ['unit_tests'], code_quality: 6,
      security_practices: ['access_control'], data_sensitivity: 'confidential',
      monitoring_capabilities: ['alerting'], deployment_automation: 'ci_cd_basic', incident_response: 5 };
    for (const [question, value] of Object.entries(answers)) {
      const reply = await api(other, 'PUT', `/answers/${question}`, { value });
      assert.equal(reply.status, 200, `${question}: ${JSON.stringify(reply.body)}`);
    }
    await other.goto(`${base}#/submit`);
    await other.getByRole('heading', { name: 'Review your answers', level: 1 }).waitFor();
    await other.getByRole('button', { name: 'Submit the audit' }).click();
    await other.getByRole('heading', { name: 'Results for Notify Ltd' }).waitFor();
    await accessible(other, 'notify-results');
    assert.equal((await api(other, 'POST', '/reports', { template: 'executive' })).status, 202);

    const readyMail = await mail(address, /Subject: .*[Rr]eport/);
    const links = [...readyMail.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0].replaceAll('&amp;', '&'))
      .filter((link) => link.includes('/files/reports/') || link.includes('/download'));
    assert.ok(links.length > 0, 'a download link in the report mail');
    const local = new URL(links[0]);
    const pdf = await fetch(new URL(local.pathname + local.search, base));
    assert.equal(pdf.status, 200);
    assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(second.problems, []);
  } finally {
    await second.close();
  }
});

test('nothing else went wrong on the way', () => {
  // The first browser lost its session when the link moved it (ADR 0024): a 404 for its audit is expected.
  assert.deepEqual(browser.problems.filter((p) => !p.startsWith('404: ')), []);
});
