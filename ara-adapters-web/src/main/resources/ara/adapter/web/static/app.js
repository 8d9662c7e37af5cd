// The single page: hash routes #/ (landing), #/wizard/<step>, #/submit, #/results, #/resume/<token> (a mailed link).
import { ApiError, forAudit, listQuestionnaires, resumeAudit, startAudit } from './api.js';
import { h, show } from './dom.js';
import * as store from './store.js';
import * as wizard from './wizard.js';
import * as results from './results.js';
import * as review from './review.js';

const main = document.getElementById('main');

async function route() {
  const [view, arg] = (location.hash || '#/').slice(2).split('/');
  await wizard.leave();
  if (view === 'resume') return resumeFromMail(arg ? decodeURIComponent(arg) : '');
  const session = store.current();
  if (!session || view === '') return landing(session);
  try {
    if (view === 'wizard') return await wizard.showStep(main, session, arg ? decodeURIComponent(arg) : null);
    if (view === 'submit') return await review.show(main, session);
    if (view === 'results') return await results.show(main, session);
    location.hash = '#/';
  } catch (error) {
    failed(error);
  }
}

/**
 * A "resume your audit" link from a mail: its token is exchanged for the audit and a guest session, which this
 * browser keeps as it keeps a started audit (an audit it was working on is kept under "Previous audits"); the token
 * then leaves the address bar and the history, and the wizard (or the results) opens.
 */
async function resumeFromMail(token) {
  show(main, h('section', { class: 'card', 'aria-busy': 'true' }, h('h1', {}, 'Opening your audit…')));
  try {
    const audit = await resumeAudit(token);
    const current = store.current();
    if (current && current.auditId !== audit.id) store.archive();
    store.remember(audit.id, audit.guestToken, audit.organizationName, audit.questionnaire && audit.questionnaire.id);
    location.replace(audit.status === 'draft' ? '#/wizard' : '#/results');
  } catch (error) {
    const expired = error instanceof ApiError && error.status === 422;
    // The token leaves the address bar and the history; the link below then changes the hash and routes.
    history.replaceState(null, '', '#/resume');
    show(main, h('section', { class: 'card', 'aria-labelledby': 'resume-failed' },
      h('h1', { id: 'resume-failed' }, expired ? 'This link no longer works' : 'Your audit could not be opened'),
      h('p', {}, expired ? 'Resume links work for 30 days, and not after the audit was taken over by an account. '
        + 'Ask for a new link from the audit on the device where you started it, or start a new audit.'
        : error.message),
      h('div', { class: 'actions' }, h('a', { class: 'button primary', href: '#/' }, 'Go to the start page'))));
  }
}

/** What a guest can start when the list of questionnaires cannot be had: the server's default, as before. */
const FALLBACK = [{ id: null, mode: 'quick', default: true }];
const MODE_NAMES = { quick: 'Quick audit', full: 'Full assessment' };

async function landing(session) {
  const hash = location.hash;
  const [listed, saved] = await Promise.all([listQuestionnaires().catch(() => null),
    session ? forAudit(session).get().catch(() => null) : null]);
  const choices = Array.isArray(listed) && listed.length > 0 ? listed : FALLBACK;
  if (location.hash !== hash) return; // another view was asked for while the list was loading
  const error = h('p', { class: 'field-error', id: 'org-error', hidden: true });
  const name = h('input', { id: 'org', name: 'organizationName', autocomplete: 'organization', maxlength: 200,
    'aria-describedby': 'org-error' });
  const start = h('form', { class: 'card', onsubmit: (event) => begin(event, name, error, session) },
    h('h2', {}, session ? 'Or start a new audit' : 'Start an audit'),
    choices.length > 1 ? modes(choices)
      : h('p', {}, 'About 15 minutes, five short steps. No account needed: your answers are saved as you go.'),
    h('label', { for: 'org' }, 'Organisation name'), name, error,
    h('button', { type: 'submit', class: 'primary' }, 'Start the audit'));
  const resume = session && h('section', { class: 'card', 'aria-labelledby': 'resume-title' },
    h('h2', { id: 'resume-title' }, 'Resume your audit'),
    h('p', {}, `Your ${kind(choices, session)}${session.organizationName ? ` for ${session.organizationName}` : ''}`
      + ' is saved in this browser.'),
    saved ? progress(saved) : null,
    h('div', { class: 'actions' },
      saved && saved.status !== 'draft' ? h('a', { class: 'button primary', href: '#/results' }, 'See your results')
        : h('a', { class: 'button primary', href: '#/wizard' }, 'Resume your audit'),
      h('button', { type: 'button', onclick: () => startOver(session) }, 'Start over')));
  show(main, h('div', { class: 'landing' },
    h('h1', {}, 'How ready is your organisation for AI agents?'),
    h('p', { class: 'lead' }, 'Answer questions on your strategy, data, platform, security and operations. You get a '
      + 'score out of 100, your maturity level, the actions that matter most and a PDF report to share.'),
    resume, h('div', { class: 'landing-grid' }, start, sample()), handling(), earlier(choices)));
}

/** How far the saved audit is: "12 of 20 answered · 60 %" with a bar, or that it was submitted. */
function progress(audit) {
  const p = audit.progress;
  if (audit.status !== 'draft') return h('p', { id: 'resume-progress' }, 'Submitted: your results are ready.');
  if (!p || !p.total) return null;
  const percent = Math.round(p.percent);
  return h('div', { class: 'resume-progress' },
    h('label', { for: 'resume-bar', id: 'resume-progress' }, `${p.answered} of ${p.total} answered · ${percent} %`),
    h('progress', { id: 'resume-bar', max: 100, value: percent }));
}

/**
 * What an audit gives: a sample scorecard drawn as the results page draws it, and the first page of a sample PDF
 * report. Both show the same sample audit (docs/report-sample/, made by the report adapter's ReportSampleTest;
 * sample-report.png is its page-1.png).
 */
function sample() {
  const overall = 42;
  const pillars = [['Strategy and Value', 55, 'developing'], ['Governance and Risk', 51, 'developing'],
    ['Security and Identity', 32, 'beginner']];
  return h('section', { class: 'card what-you-get', id: 'what-you-get', 'aria-labelledby': 'get-title' },
    h('h2', { id: 'get-title' }, 'What you get'),
    h('div', { class: 'samples' },
      h('figure', { class: 'sample-scorecard', id: 'sample-scorecard' },
        h('p', { class: 'big-score' }, h('strong', {}, String(overall)), h('span', {}, ' / 100')),
        h('p', { class: 'level' }, 'Maturity level: ', h('strong', {}, 'Developing')),
        h('ul', { class: 'pillars' }, pillars.map(([title, score, level], i) => h('li', { 'data-level': level },
          results.bar(title, score, `sample-${i}`, level, overall)))),
        h('figcaption', {}, 'A sample scorecard: the overall score, the maturity level and each pillar, with the '
          + 'top three actions below it.')),
      h('figure', { class: 'sample-report', id: 'sample-report' },
        h('img', { src: 'sample-report.png', width: 248, height: 351, alt: 'The first page of a sample PDF report: '
          + 'the organisation, an overall score of 42 out of 100, the maturity level Developing, the strongest and '
          + 'weakest pillars and the contents.' }),
        h('figcaption', {}, 'And a PDF report to share: the full standard report, a short executive one for '
          + 'management, or a technical one with every question in detail. It is made in a few seconds.'))));
}

/** How the answers are kept: the facts a guest needs before starting (README, "Retention"). */
function handling() {
  return h('section', { class: 'card', id: 'data-handling', 'aria-labelledby': 'data-title' },
    h('h2', { id: 'data-title' }, 'How your data is handled'),
    h('ul', {},
      h('li', {}, 'No account needed. The key to your audit is kept in this browser only: without it nobody can '
        + 'open your audit.'),
      h('li', {}, 'Your answers are saved on this server as you go, so you can stop and come back.'),
      h('li', {}, 'Before you submit you may be asked for an email address; it is kept with your audit.'),
      h('li', {}, 'An audit left unchanged for 30 days is deleted with everything saved with it (after 90 days '
        + 'when you gave an email).')));
}

/** The audits this browser left for a new one, each with a link that opens it again (its results once submitted). */
function earlier(choices) {
  const list = store.previous();
  if (list.length === 0) return null;
  return h('section', { class: 'card previous', 'aria-labelledby': 'previous-title' },
    h('h2', { id: 'previous-title' }, 'Previous audits'),
    h('p', {}, 'Their keys are kept in this browser: open one to carry on, or to see its results once submitted.'),
    h('ul', {}, list.map((s) => h('li', {},
      h('a', { href: '#/wizard', onclick: () => store.reopen(s.auditId) },
        `${s.organizationName || 'Unnamed organisation'}: ${kind(choices, s)}`),
      s.leftAt ? ` (left on ${new Date(s.leftAt).toLocaleDateString()})` : ''))));
}

/**
 * Asks before the current audit is put aside, saying that its key is kept and how to come back to it; answers
 * whether the person agreed.
 */
function confirmLeaving(session, action) {
  return new Promise((resolve) => {
    const named = session.organizationName ? ` for ${session.organizationName}` : '';
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' },
      h('h2', { id: 'confirm-title' }, `${action}?`),
      h('p', { id: 'confirm-text' }, `Your current audit${named} is not deleted: its key is kept in this browser. `
        + 'To come back to it (or to its results once submitted), open it from “Previous audits” on the start page.'),
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => dialog.close('cancel') }, 'Cancel'),
        h('button', { type: 'button', class: 'primary', onclick: () => dialog.close('yes') }, action)));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'yes');
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** What the saved audit is, in words: "quick audit", "full assessment", or "audit" when that is not known. */
function kind(choices, session) {
  const chosen = choices.find((c) => c.id && c.id === session.questionnaireId);
  const name = chosen && MODE_NAMES[chosen.mode];
  return name ? name.toLowerCase() : 'audit';
}

/** The quick or the full questionnaire, as radio buttons; the server's default is chosen to begin with. */
function modes(choices) {
  const fallbackDefault = choices.some((c) => c.default) ? null : choices[0].id;
  return h('fieldset', { class: 'modes' },
    h('legend', {}, 'Choose the audit'),
    h('p', { class: 'hint' }, 'No account needed: your answers are saved as you go, so you can stop and come back.'),
    choices.map((c) => h('div', { class: 'mode' },
      h('label', { for: `mode-${c.id}` },
        h('input', { type: 'radio', name: 'questionnaire', id: `mode-${c.id}`, value: c.id,
          checked: c.default || c.id === fallbackDefault, 'aria-describedby': `mode-${c.id}-about` }),
        h('span', { class: 'mode-text' },
          h('span', { class: 'mode-name' }, MODE_NAMES[c.mode] || c.title), h('span', { class: 'sr-only' }, ': '),
          h('span', { class: 'mode-facts' }, `About ${c.estimatedMinutes} minutes, ${c.questions} questions in ${c.steps} steps`))),
      h('p', { class: 'mode-about', id: `mode-${c.id}-about` }, c.description))));
}

async function begin(event, name, error, session) {
  event.preventDefault();
  const button = event.target.querySelector('button');
  const chosen = event.target.querySelector('input[name=questionnaire]:checked');
  if (session && store.current() && !(await confirmLeaving(session, 'Start a new audit'))) return;
  button.disabled = true;
  try {
    const audit = await startAudit(name.value.trim() || null, chosen ? chosen.value : null);
    store.archive();
    store.remember(audit.id, audit.guestToken, audit.organizationName, audit.questionnaire && audit.questionnaire.id);
    location.hash = '#/wizard';
  } catch (e) {
    error.textContent = e instanceof ApiError ? e.messagesFor('organizationName').join(' ') : String(e);
    error.hidden = false;
    name.setAttribute('aria-invalid', 'true');
    name.focus();
  } finally {
    button.disabled = false;
  }
}

async function startOver(session) {
  if (!(await confirmLeaving(session, 'Start over'))) return;
  store.archive();
  landing(null);
}

function failed(error) {
  const gone = error instanceof ApiError && (error.status === 404 || error.status === 401);
  if (gone) store.forget();
  show(main, h('section', { class: 'card failure', role: 'alert' },
    h('h1', {}, gone ? 'This audit can no longer be opened' : 'Something went wrong'),
    h('p', {}, gone ? 'It may have expired or been claimed by an account. You can start a new one.'
      : error.message),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: route }, 'Try again'),
      h('a', { class: 'button', href: '#/' }, 'Back to the start'))));
}

window.addEventListener('hashchange', route);
// A view that failed for want of a network is tried again when the network is back.
window.addEventListener('online', () => {
  if (main.querySelector('.failure')) route();
});
route();
