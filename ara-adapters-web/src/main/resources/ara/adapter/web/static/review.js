// The review page (#/submit): every answer by step in words, with a way back to edit each step; the guest email
// asked up front when the server's policy wants one (the audit's submitRequires says so); then submit.
import { h, fill, percent, show as display } from './dom.js';
import { visible } from './visibility.js';
import { load } from './wizard.js';

/** Units the number questions ask for ("How many weeks …"), said after the number. */
const UNITS = ['hours', 'days', 'weeks', 'months', 'years'];

export async function show(main, session, note) {
  const loaded = await load(session);
  if (loaded.audit.status !== 'draft') {
    location.hash = '#/results';
    return;
  }
  const { steps, questions } = visible(loaded.questionnaire, loaded.answers);
  const shown = (step) => step.questions.filter((q) => questions.has(q.id));
  const missing = steps.flatMap((s) => shown(s).filter((q) => q.required && !(q.id in loaded.answers))
    .map((q) => ({ q, step: s })));
  const p = loaded.progress;
  const ready = p.readyToSubmit && missing.length === 0;
  display(main, h('div', { class: 'review' },
    h('h1', {}, 'Review your answers'),
    h('p', { class: 'review-summary' }, `${p.answered} of ${p.total} questions answered (${percent(p.percent)}).`),
    missing.length > 0 && h('section', { class: 'card review-missing', 'aria-labelledby': 'missing-title' },
      h('h2', { id: 'missing-title' }, 'Still to answer'),
      h('p', {}, 'These required questions need an answer before you can submit:'),
      h('ul', {}, missing.map(({ q, step }) => h('li', {}, h('a', { href: `#/wizard/${step.id}` }, q.title))))),
    steps.map((step, i) => h('section', { class: 'card review-step', 'aria-labelledby': `review-${step.id}` },
      h('div', { class: 'review-step-head' },
        h('h2', { id: `review-${step.id}` }, `${i + 1}. ${step.title}`),
        h('a', { class: 'button', href: `#/wizard/${step.id}` }, 'Edit', h('span', { class: 'sr-only' }, ` ${step.title}`))),
      shown(step).length === 0 ? h('p', { class: 'hint' }, 'No questions in this step apply to your answers.')
        : h('dl', { class: 'answers' }, shown(step).flatMap((q) => [
          h('dt', {}, q.title),
          h('dd', { class: q.id in loaded.answers ? null : 'unanswered' }, q.id in loaded.answers
            ? inWords(q, loaded.answers[q.id]) : q.required ? 'Not answered (required)' : 'Not answered')])))),
    submitForm(main, session, loaded, ready, note)));
}

/** An answer as a person reads it: the options' labels, Yes or No, a number with its unit, the text itself. */
export function inWords(q, value) {
  if (q.type === 'yes_no') return value === true || value === 'true' ? 'Yes' : 'No';
  const label = (id) => {
    const option = (q.options || []).find((o) => o.id === id);
    return option ? option.label : String(id);
  };
  if (Array.isArray(value)) return value.map(label).join(', ');
  if ((q.options || []).length > 0) return label(value);
  if (q.type === 'percentage') return `${value} %`;
  const v = q.validation || {};
  if (q.type === 'scale_rating' && v.max !== undefined) return `${value} out of ${v.max}`;
  if (q.type === 'number_input') {
    const unit = UNITS.find((u) => q.title.startsWith(`How many ${u} `));
    if (unit) return `${value} ${Number(value) === 1 ? unit.slice(0, -1) : unit}`;
  }
  return String(value);
}

/** What submitting needs, asked before the button: the email (with why and how it is kept), or a sign-in note. */
function submitForm(main, session, loaded, ready, note) {
  const requires = loaded.audit.submitRequires;
  const message = h('div', { class: 'form-message', role: 'alert' }, note);
  const back = h('a', { class: 'button', href: '#/wizard' }, 'Back to the questions');
  if (requires === 'sign_in') {
    return h('section', { class: 'card review-submit', 'aria-labelledby': 'submit-title' },
      h('h2', { id: 'submit-title' }, 'Submit'),
      h('p', {}, 'This server asks guests to sign in before submitting. These pages cannot sign you in yet, so the '
        + 'audit cannot be submitted from here. Your answers stay saved in this browser.'),
      message, h('div', { class: 'actions' }, back));
  }
  const email = requires === 'email' ? emailField() : null;
  const button = h('button', { type: 'submit', class: 'primary', disabled: !ready }, 'Submit the audit');
  return h('form', { class: 'card review-submit', novalidate: true, 'aria-labelledby': 'submit-title',
    onsubmit: (e) => submit(e, { main, session, loaded, email, message, button }) },
  h('h2', { id: 'submit-title' }, 'Submit'),
  h('p', {}, ready ? 'Submitting scores the audit; the answers cannot change afterwards.'
    : 'You can submit once every required question is answered.'),
  email && email.field, message,
  h('div', { class: 'actions' }, back, button));
}

function emailField() {
  const input = h('input', { id: 'email', name: 'email', type: 'email', autocomplete: 'email', required: true,
    'aria-describedby': 'email-why email-error' });
  const error = h('p', { class: 'field-error', id: 'email-error', hidden: true });
  const field = h('div', { class: 'entry review-email' },
    h('label', { for: 'email' }, 'Your email'),
    h('p', { class: 'hint', id: 'email-why' }, 'Asked before a guest submits. We send nothing yet: the address is '
      + 'the way back to this audit and its report. It is stored encrypted, never shown again or written to logs, '
      + 'used for nothing else, and deleted with the audit.'),
    input, error);
  return { field, input, error };
}

function fieldError(email, text) {
  email.error.textContent = text || '';
  email.error.hidden = !text;
  if (text) {
    email.input.setAttribute('aria-invalid', 'true');
    email.input.focus();
  } else email.input.removeAttribute('aria-invalid');
}

async function submit(event, { main, session, loaded, email, message, button }) {
  event.preventDefault();
  button.disabled = true;
  fill(message);
  if (email) fieldError(email, null);
  try {
    if (email) {
      const address = email.input.value.trim();
      if (address === '') {
        fieldError(email, 'Enter your email address, for example name@example.com.');
        return;
      }
      try {
        await loaded.api.giveEmail(address);
      } catch (error) {
        if (error.status !== 422) throw error;
        // The server's words name its rule; the person is told what an address looks like.
        fieldError(email, 'This does not look like an email address. Write it as name@example.com.');
        return;
      }
    }
    await loaded.api.submit();
    location.hash = '#/results';
  } catch (error) {
    // Safety net: the policy asked for more than the page knew (it changed since); show the page as it is now.
    if (/:(guest-email|sign-in)-required$/.test(error.type)) {
      await show(main, session, 'Before submitting, this server now asks for what is shown on this page.');
      return;
    }
    fill(message, h('p', {}, error.message), error.errors.length > 1
      ? h('ul', {}, error.errors.map((e) => h('li', {}, e.message))) : null);
  } finally {
    button.disabled = false;
  }
}
