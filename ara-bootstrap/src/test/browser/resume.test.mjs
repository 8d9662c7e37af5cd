// A mailed resume link opened in a second browser: a guest starts an audit and gives an email; ARA (on its embedded
// default, no SMTP server) writes the "Resume your audit" message as an .eml file in ARA_DATA_DIR/mail, which this
// test reads (MAIL_DIR); a fresh Chromium profile opens the link, the pages exchange its token (POST /audits/resume)
// for the audit and a guest session, keep it as they keep a started audit, and continue the wizard where the first
// browser left it. A link that no longer works shows a page saying so. Checked by axe-core at 1280 and 390 px.
// Run by ara-bootstrap's BrowserJourneyTest, as journey.test.mjs is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { accessible, base, open, startAudit, useBrowser } from './support.mjs';

const mailDir = process.env.MAIL_DIR;

let page;
/** The audit whose session moved to the second browser: the first one's old guest token no longer reaches it. */
let moved;
const browser = useBrowser((opened) => { page = opened.page; });

/** The resume link of the newest message to {@code address}, waiting for it to be written. */
async function resumeLink(address) {
  for (let tries = 0; tries < 200; tries++) {
    const files = (() => {
      try {
        return readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
      } catch {
        return [];
      }
    })();
    for (const file of files) {
      // Quoted-printable soft line breaks ("=" at a line's end) may split the link: joined first.
      const text = readFileSync(path.join(mailDir, file), 'utf8').replace(/=\r?\n/g, '');
      if (!text.includes(`To: ${address}`)) continue;
      const link = text.match(/(https?:\/\/[^\s"<>]+)\/#\/resume\/([A-Za-z0-9_-]{43})/);
      assert.ok(link, `a resume link in ${file}`);
      return { origin: link[1], token: link[2] };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no message to ${address} in ${mailDir}`);
}

test('the mailed link opens the audit in another browser and the wizard continues', async () => {
  await startAudit(page, 'quick', 'Resume Mail Ltd');
  const first = await page.evaluate(() => JSON.parse(localStorage.getItem('ara.audit')));
  moved = first.auditId;
  const address = `resume-${Date.now()}@example.test`;
  const given = await page.evaluate(async ({ session, email }) => {
    const response = await fetch(`/api/v1/audits/${session.auditId}/guest-email`, { method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Guest-Token': session.guestToken },
      body: JSON.stringify({ email }) });
    return response.status;
  }, { session: first, email: address });
  assert.equal(given, 200);

  const link = await resumeLink(address);
  // Without ARA_PUBLIC_URL the link names http://localhost:<port>; the test's ARA listens on 127.0.0.1.
  assert.equal(new URL(link.origin).port, new URL(base).port);
  const second = await open();
  try {
    await second.page.goto(new URL(`#/resume/${link.token}`, base).href);
    await second.page.locator('#step-title').waitFor();
    assert.match(second.page.url(), /#\/wizard/);
    assert.doesNotMatch(second.page.url(), new RegExp(link.token), 'the token left the address bar');
    const resumed = await second.page.evaluate(() => JSON.parse(localStorage.getItem('ara.audit')));
    assert.equal(resumed.auditId, first.auditId);
    assert.equal(resumed.organizationName, 'Resume Mail Ltd');
    assert.notEqual(resumed.guestToken, first.guestToken, 'a guest session of its own, not the mailed one');
    await accessible(second.page, 'resume-opened');
    assert.deepEqual(second.problems, []);
  } finally {
    await second.close();
  }
});

test('a link that no longer works says so and leads to the start page', async () => {
  await page.goto(new URL(`#/resume/${'A'.repeat(43)}`, base).href);
  await page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
  await accessible(page, 'resume-expired');
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await page.getByRole('button', { name: 'Start the audit' }).waitFor();
});

test('nothing else went wrong on the way', () => {
  // The first browser's start page asked for the audit with the token it held before the link moved the session
  // (ADR 0023): that 404 is the point; any other is a problem, as are script errors.
  const expected = (p) => p.startsWith('404: ') && p.endsWith(`/api/v1/audits/${moved}`);
  assert.ok(browser.problems.some(expected), 'the old guest token no longer reaches the audit');
  assert.deepEqual(browser.problems.filter((p) => !expected(p)), []);
});
