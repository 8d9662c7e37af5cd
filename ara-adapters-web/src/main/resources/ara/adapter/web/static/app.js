// The single page: hash routes #/ (landing), #/wizard/<step>, #/submit, #/results.
import { ApiError, listQuestionnaires, startAudit } from './api.js';
import { h, show } from './dom.js';
import * as store from './store.js';
import * as wizard from './wizard.js';
import * as results from './results.js';
import * as review from './review.js';

const main = document.getElementById('main');

async function route() {
  const [view, arg] = (location.hash || '#/').slice(2).split('/');
  const session = store.current();
  await wizard.leave();
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

/** What a guest can start when the list of questionnaires cannot be had: the server's default, as before. */
const FALLBACK = [{ id: null, mode: 'quick', default: true }];
const MODE_NAMES = { quick: 'Quick audit', full: 'Full assessment' };

async function landing(session) {
  const hash = location.hash;
  let choices;
  try {
    const listed = await listQuestionnaires();
    choices = Array.isArray(listed) && listed.length > 0 ? listed : FALLBACK;
  } catch {
    choices = FALLBACK;
  }
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
    h('div', { class: 'actions' },
      h('a', { class: 'button primary', href: '#/wizard' }, 'Resume your audit'),
      h('button', { type: 'button', onclick: () => startOver(session) }, 'Start over')));
  show(main, h('h1', {}, 'How ready is your organisation for AI agents?'), resume, start, earlier(choices));
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
