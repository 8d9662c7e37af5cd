// The questionnaire, one step at a time, with autosave (the review and submit page is review.js).
import { forAudit, questionnaire } from './api.js';
import { fill, h, percent, references, show } from './dom.js';
import { visible, warnings } from './visibility.js';
import * as chat from './chat.js';
import * as store from './store.js';

const DEBOUNCE_MS = 600;
const pending = new Map(); // questionId → { timer, run }: debounced saves not yet sent
const sequence = {}; // questionId → number of the latest save, so that a late reply never wins
let state = null; // { api, questionnaire, audit, answers, progress, step, ui }

/** Sends the debounced saves now (before leaving the step or the page). */
export async function leave() {
  const runs = [...pending.values()];
  pending.clear();
  runs.forEach((p) => clearTimeout(p.timer));
  await Promise.all(runs.map((p) => p.run()));
}
window.addEventListener('pagehide', () => { leave(); });

/**
 * Sends the answers queued while offline, in order; answers false when the server still cannot be reached. An
 * answer the server refuses (a 422 after a questionnaire change) is dropped: keeping it would retry forever.
 */
export async function flush(session) {
  const api = forAudit(session);
  for (const [id, value] of Object.entries(store.queued(session.auditId))) {
    try {
      if (value === null) await api.clear(id);
      else await api.save(id, value);
    } catch (error) {
      if (error.status === 0) return false;
    }
    store.unqueue(session.auditId, id);
  }
  return true;
}

// Back online: the queued answers go out, and the step shows what the server now has.
window.addEventListener('online', async () => {
  const current = state;
  // Nothing waiting: the step's status (an error at a question, say) stays as it is.
  if (!current || Object.keys(store.queued(current.session.auditId)).length === 0) return;
  if (!(await flush(current.session)) || current !== state) return;
  try {
    const audit = await current.api.get();
    current.progress = audit.progress;
    status(current, 'Saved');
    current.ui.shownSteps = null;
    refresh();
  } catch {
    // Still unreachable: the next navigation or the next 'online' tries again.
  }
});

/** The audit with its questionnaire and the answers (those still queued offline included), to show. */
export async function load(session) {
  await flush(session);
  const api = forAudit(session);
  const audit = await api.get();
  const q = await questionnaire(audit.questionnaire);
  // What is still queued is the person's answer: the form shows it, and it is sent when the network is back.
  const answers = { ...audit.answers };
  for (const [id, value] of Object.entries(store.queued(session.auditId))) {
    if (value === null) delete answers[id];
    else answers[id] = value;
  }
  return { api, session, questionnaire: q, audit, answers, progress: audit.progress };
}

let latest = 0; // the number of the step load asked for last: an earlier, slower load never replaces it
let idle = () => {}; // ends the busy state of the load under way

export async function showStep(main, session, stepId) {
  const ticket = ++latest;
  busy(main);
  let loaded;
  try {
    loaded = await load(session);
  } finally {
    if (ticket === latest) idle();
  }
  if (ticket !== latest || !location.hash.startsWith('#/wizard')) return;
  if (loaded.audit.status !== 'draft') {
    location.hash = '#/results';
    return;
  }
  const { steps } = visible(loaded.questionnaire, loaded.answers);
  const step = steps.find((s) => s.id === stepId)
    || steps.find((s) => s.id === loaded.progress.currentStepId) || steps[steps.length - 1];
  if (step.id !== stepId) history.replaceState(null, '', `#/wizard/${encodeURIComponent(step.id)}`);
  const ui = {
    status: h('div', { class: 'save-status', role: 'status', 'aria-live': 'polite' }),
    nav: h('nav', { class: 'steps', 'aria-label': 'Audit steps' }),
    line: h('p', { id: 'progress-text', class: 'progress-line' }),
    meter: h('progress', { max: 100, 'aria-labelledby': 'progress-text' }),
    list: h('ol'),
    count: h('p', { class: 'step-count' }),
    actions: h('div', { class: 'actions' }),
    launcher: h('div', { class: 'launcher' }),
    shownSteps: null,
    fields: {},
  };
  // On a phone the step list waits behind "All steps", so that the first question is on the first screen.
  ui.all = h('details', { class: 'all-steps', open: wide.matches }, h('summary', {}, 'All steps'), ui.list);
  fill(ui.nav, ui.line, ui.meter, ui.all);
  state = { ...loaded, step, ui };
  const panel = h('aside', { class: 'assistant', id: 'assistant', 'aria-labelledby': 'assistant-title' });
  show(main, h('div', { class: 'wizard' },
    ui.nav,
    h('section', { class: 'step', 'aria-labelledby': 'step-title' },
      ui.count,
      h('h1', { id: 'step-title' }, step.title),
      h('p', {}, step.description),
      h('p', { class: 'hint keys' }, 'Keys: 1 to 9 choose an option, Enter goes on to the next question.'),
      h('form', { class: 'questions', novalidate: true, onsubmit: (e) => e.preventDefault(), onkeydown: keys },
        step.questions.map((q) => question(q))),
      // Back and Next stay at the bottom of the screen, with the save status and (on a phone) the assistant.
      h('div', { class: 'step-bar' }, ui.status, h('div', { class: 'bar-row' }, ui.launcher, ui.actions))),
    panel));
  refresh();
  chat.mount(panel, state.api, step.id, accept, describe, { launcher: ui.launcher, propose });
}

/** Wider than a phone: the step list is open beside the step and the assistant is a side panel. */
const wide = matchMedia('(min-width: 48rem)');
wide.addEventListener('change', () => {
  if (state) state.ui.all.open = wide.matches;
});

/**
 * Marks main busy while a step loads, and Back and Next out of use; a loading line shows only when that takes
 * longer than a blink (150 ms). {@code idle()} ends it (a load asked for later ends the one before).
 */
function busy(main) {
  idle();
  main.setAttribute('aria-busy', 'true');
  const bar = main.querySelector('.step-bar .actions');
  if (bar) bar.inert = true;
  const indicator = h('p', { class: 'busy-indicator', role: 'status' }, 'Loading the step…');
  const timer = setTimeout(() => main.prepend(indicator), 150);
  idle = () => {
    clearTimeout(timer);
    indicator.remove();
    main.removeAttribute('aria-busy');
    if (bar) bar.inert = false;
  };
}

/** Shows what the answers so far make visible, live: the steps (a step may be skipped) and the questions. */
function refresh() {
  const { steps, questions } = visible(state.questionnaire, state.answers);
  // A step with an answer the server has not acknowledged is not complete yet, whatever it was before.
  const waiting = Object.keys(store.queued(state.session.auditId));
  const done = new Set(state.progress.completedStepIds.filter((s) => !state.questionnaire.steps
    .some((x) => x.id === s && x.questions.some((q) => waiting.includes(q.id)))));
  const p = state.progress;
  const here = state.step;
  const index = steps.findIndex((s) => s.id === here.id);
  const where = index < 0 ? 'Your answers skip this step' : `Step ${index + 1} of ${steps.length}`;
  fill(state.ui.line, `${where} · ${percent(p.percent)} answered`);
  state.ui.meter.value = p.percent;
  fill(state.ui.list, steps.map((s, i) => h('li', { class: done.has(s.id) ? 'done' : '' },
    h('a', { href: `#/wizard/${s.id}`, 'aria-current': s.id === here.id ? 'step' : null },
      h('span', { class: 'step-no' }, String(i + 1)), h('span', { class: 'step-name' }, ` ${s.title}`),
      done.has(s.id) ? h('span', { class: 'tick' }, ' (complete)') : null))));
  let appeared = 0;
  for (const [id, field] of Object.entries(state.ui.fields)) {
    if (field.hidden && questions.has(id) && state.ui.shownSteps !== null) appeared++;
    field.hidden = !questions.has(id);
  }
  state.ui.appeared = appeared;
  warn();
  // Back and Next lead to the neighbours among the steps shown now. They are rebuilt only when those change, so
  // that a link being clicked while an answer saves is not swapped under the pointer.
  const shown = steps.map((s) => s.id).join(' ');
  if (shown === state.ui.shownSteps) return;
  state.ui.shownSteps = shown;
  const earlier = steps.filter((s) => s.order < here.order).pop();
  const later = steps.find((s) => s.order > here.order);
  fill(state.ui.count, where);
  fill(state.ui.actions,
    earlier && h('a', { class: 'button', href: `#/wizard/${earlier.id}` }, 'Back'),
    later ? h('a', { class: 'button primary', href: `#/wizard/${later.id}` }, 'Next')
      : h('a', { class: 'button primary', href: '#/submit' }, 'Review and submit'));
}

/**
 * The cross-checks' warnings that the answers trigger now, each beside the last question of this step it involves
 * (the one whose answer usually completes it). A note's region is changed only when its text does, so that a screen
 * reader announces a warning when it appears, not after every save.
 */
function warn() {
  const notes = {};
  for (const w of warnings(state.questionnaire, state.answers)) {
    const here = w.questions.filter((id) => state.ui.fields[id] && !state.ui.fields[id].hidden).pop();
    if (here) (notes[here] = notes[here] || []).push(w.message);
  }
  for (const [id, field] of Object.entries(state.ui.fields)) {
    const box = field.querySelector('.cross-warnings');
    const messages = notes[id] || [];
    if ((box.dataset.shown || '') === messages.join('\n')) continue;
    box.dataset.shown = messages.join('\n');
    fill(box, messages.map((m) => h('p', { class: 'cross-warning' }, h('strong', {}, 'Warning: '), m)));
  }
}

/**
 * The keyboard in the questions: a digit 1–9 chooses that option of the focused question (on a rating row, that
 * point); Enter (not in a text
 * area, where it starts a new line) goes on to the next question shown, and after the last one to Next.
 */
function keys(event) {
  const target = event.target;
  const field = target.closest && target.closest('fieldset.question');
  if (!field || event.altKey || event.ctrlKey || event.metaKey) return;
  const choices = [...field.querySelectorAll('input[type=radio], input[type=checkbox]')];
  if (/^[0-9]$/.test(event.key) && choices.includes(target)) {
    // On a rating row a digit is the point itself (0 is 10); elsewhere the option in that place.
    const point = (value) => choices.find((c) => c.value === value);
    const option = field.querySelector('.rating')
      ? point(event.key) || (event.key === '0' && point('10')) : choices[Number(event.key) - 1];
    if (!option) return;
    event.preventDefault();
    // A click checks a radio (or toggles a box) and fires the change that saves it, as a pointer would.
    if (!(option.type === 'radio' && option.checked)) option.click();
    option.focus();
    return;
  }
  if (event.key !== 'Enter' || event.shiftKey || target.tagName !== 'INPUT') return;
  event.preventDefault();
  const shown = [...document.querySelectorAll('fieldset.question')].filter((f) => !f.hidden);
  const following = shown[shown.indexOf(field) + 1];
  if (following) {
    // Leaving the field fires its change, which saves a typed answer at once.
    const first = following.querySelector('input:checked') || following.querySelector('input, textarea');
    first.focus();
  } else {
    const next = state.ui.actions.querySelector('a.primary');
    if (next) next.click();
  }
}

function question(q) {
  const basis = references(q.references, state.questionnaire.sources);
  const help = (q.helpText || basis) && h('details', { class: 'help' }, h('summary', {}, 'More about this question'),
    q.helpText ? h('p', {}, q.helpText) : null, basis);
  const error = h('p', { class: 'field-error', id: `error-${q.id}`, hidden: true });
  // Most questions must be answered: only the others say so.
  const field = h('fieldset', { class: 'question', id: `q-${q.id}` },
    h('legend', {}, q.title, q.required ? null : [' ', h('span', { class: 'optional' }, 'Optional')]),
    h('p', { class: 'description', id: `desc-${q.id}` }, q.description),
    help, control(q), error,
    h('div', { class: 'cross-warnings', id: `warn-${q.id}`, role: 'status' }));
  state.ui.fields[q.id] = field;
  return field;
}

function control(q) {
  const described = `desc-${q.id} error-${q.id}`;
  const answer = state.answers[q.id];
  const v = q.validation || {};
  // A scale of up to eleven points is a rating row; a longer one (none is shipped) stays a number field.
  if (q.type === 'scale_rating' && (v.max ?? 5) - (v.min ?? 1) <= 10) return rating(q, answer, described);
  if (q.type === 'single_select' || q.type === 'multi_select' || q.type === 'yes_no') {
    const multi = q.type === 'multi_select';
    const options = q.type === 'yes_no' ? [{ id: 'true', label: 'Yes' }, { id: 'false', label: 'No' }] : q.options;
    const chosen = (id) => (multi ? Array.isArray(answer) && answer.includes(id) : answer !== undefined && String(answer) === id);
    // A card per option: the whole card is the label of a real radio or checkbox, so that a tap anywhere on it, the
    // keyboard, number keys and screen readers all work as with a plain input.
    const choice = (o) => h('label', { class: unknown(o) ? 'choice unknown' : 'choice' },
      h('input', { type: multi ? 'checkbox' : 'radio', name: q.id, value: o.id, checked: chosen(o.id),
        required: !multi && q.required, 'aria-describedby': described,
        'data-exclusive': o.exclusive || unknown(o) ? 'true' : null,
        onchange: (e) => chose(q, e.target) }), h('span', { class: 'choice-label' }, o.label));
    // "I don't know" is an honest answer, not one of the levels: it stands apart, after the real options.
    const doubts = options.filter(unknown);
    const short = options.every((o) => o.label.length <= 24);
    return h('div', { class: short ? 'choices short' : 'choices' }, options.filter((o) => !unknown(o)).map(choice),
      doubts.length > 0 ? h('div', { class: 'choices-unknown' }, doubts.map(choice)) : null);
  }
  const text = q.type === 'text_input';
  const unit = q.type === 'percentage' ? ' %' : '';
  const range = v.min !== undefined && v.max !== undefined ? ` (${v.min} to ${v.max}${unit})` : '';
  const input = h(text ? 'textarea' : 'input', {
    id: `input-${q.id}`, name: q.id, type: text ? null : 'number', inputmode: text ? null : 'decimal',
    min: v.min, max: v.max, step: q.type === 'scale_rating' ? 1 : 'any', rows: text ? 3 : null,
    maxlength: text ? v.maxLength : null, 'aria-required': q.required ? 'true' : null,
    value: answer === undefined ? '' : String(answer), 'aria-describedby': described,
    oninput: () => typed(q, input), onchange: () => typed(q, input, true),
  });
  const what = { percentage: 'Percentage', number_input: 'Number', scale_rating: 'Rating' }[q.type] || 'Your answer';
  return h('div', { class: `entry entry-${q.type}` }, h('label', { for: `input-${q.id}` }, `${what}${range}`),
    unit ? h('span', { class: 'with-unit' }, input, h('span', { class: 'unit', 'aria-hidden': 'true' }, '%')) : input);
}

/**
 * A rating row: one radio card per point of the scale (arrows move along it, a digit chooses that point), with what
 * the ends mean when the question says it ("Rate from 1 (…) to 5 (…)"). It saves like a choice, as a number.
 */
function rating(q, answer, described) {
  const v = q.validation || {};
  const min = v.min ?? 1;
  const max = v.max ?? 5;
  const ends = scaleEnds(q, min, max);
  const points = [];
  for (let n = min; n <= max; n++) points.push(n);
  const row = h('div', { class: points.length > 5 ? 'rating many' : 'rating' }, points.map((n) => h('label', { class: 'point' },
    h('input', { type: 'radio', name: q.id, value: String(n), checked: answer === n, required: q.required,
      'aria-describedby': ends ? `${described} ends-${q.id}` : described,
      onchange: (e) => save(q.id, Number(e.target.value)) }),
    h('span', {}, String(n)))));
  // As many columns as points (two rows of at most five on a phone): set through the CSS object model.
  row.style.setProperty('--points', String(points.length));
  return h('div', { class: 'rating-box' }, row, ends && h('p', { class: 'rating-ends', id: `ends-${q.id}` },
    h('span', {}, `${min}: ${ends[0]}`), h('span', {}, `${max}: ${ends[1]}`)));
}

/** What the ends of a scale mean, when the question's words say: "from 1 (nobody knows) to 5 (everyone)". */
function scaleEnds(q, min, max) {
  for (const text of [q.description, q.helpText]) {
    const found = /from (-?\d+) \(([^)]+)\) to (-?\d+) \(([^)]+)\)/i.exec(text || '');
    if (found && Number(found[1]) === min && Number(found[3]) === max) return [found[2], found[4]];
  }
  return null;
}

/** The option that says "I don't know" (flagged by the questionnaire; by its id before the flag was served). */
function unknown(option) {
  return option.unknown === true || (option.unknown === undefined && option.id === 'unknown');
}

function chose(q, input) {
  const boxes = [...state.ui.fields[q.id].querySelectorAll('input')];
  if (q.type === 'multi_select') {
    // An exclusive option ("none of these") and the others cannot be chosen together.
    if (input.checked) boxes.filter((b) => b !== input && (b.dataset.exclusive === 'true' || input.dataset.exclusive === 'true'))
      .forEach((b) => { b.checked = false; });
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    return save(q.id, ids.length > 0 ? ids : undefined);
  }
  return save(q.id, q.type === 'yes_no' ? input.value === 'true' : input.value);
}

function typed(q, input, now = false) {
  // What was typed before this keystroke is not the answer any more: its save, if still waiting, is dropped.
  const previous = pending.get(q.id);
  if (previous) {
    clearTimeout(previous.timer);
    pending.delete(q.id);
  }
  let value;
  if (q.type === 'text_input') value = input.value.trim() === '' ? undefined : input.value;
  else if (input.validity.badInput) {
    // "1e", "-": not a number yet. A save of the earlier value still on its way must not then say "Saved".
    sequence[q.id] = (sequence[q.id] || 0) + 1;
    fieldError(q.id, [rule(q)]);
    status(state, 'Not saved: see the message at the question.');
    return undefined;
  } else value = input.value === '' ? undefined : Number(input.value);
  const run = () => { pending.delete(q.id); return save(q.id, value); };
  if (now) return run();
  pending.set(q.id, { timer: setTimeout(run, DEBOUNCE_MS), run });
  return undefined;
}

/** The question's rule as a sentence a person reads: what a valid answer is ("Enter a number between 0 and 104."). */
export function rule(q) {
  const v = q.validation || {};
  const numeric = ['number_input', 'percentage', 'scale_rating'].includes(q.type);
  if (numeric) {
    const min = v.min !== undefined ? v.min : q.type === 'percentage' ? 0 : undefined;
    const max = v.max !== undefined ? v.max : q.type === 'percentage' ? 100 : undefined;
    const what = q.type === 'scale_rating' ? 'a whole number' : 'a number';
    if (min !== undefined && max !== undefined) return `Enter ${what} between ${min} and ${max}.`;
    if (min !== undefined) return `Enter ${what} of at least ${min}.`;
    if (max !== undefined) return `Enter ${what} of at most ${max}.`;
    return `Enter ${what}.`;
  }
  if (q.type === 'text_input') {
    if (v.maxLength !== undefined && v.minLength !== undefined) {
      return `Write between ${v.minLength} and ${v.maxLength} characters.`;
    }
    if (v.maxLength !== undefined) return `Write at most ${v.maxLength} characters.`;
    if (v.minLength !== undefined) return `Write at least ${v.minLength} characters.`;
    return 'Check the form of this answer.';
  }
  if (q.type === 'multi_select') {
    const most = v.maxSelections !== undefined ? v.maxSelections : v.max;
    const least = v.minSelections !== undefined ? v.minSelections : v.min;
    if (most !== undefined) return `Choose at most ${most}.`;
    if (least !== undefined) return `Choose at least ${least}.`;
    return 'Choose from the options listed.';
  }
  return 'Choose one of the options.';
}

/** Saves one answer (undefined: clears it) and shows how that went. */
async function save(id, value) {
  const current = state;
  const n = (sequence[id] = (sequence[id] || 0) + 1);
  if (value === undefined && !(id in current.answers)) return fieldError(id, null);
  status(current, 'Saving…');
  try {
    const reply = value === undefined ? await current.api.clear(id) : await current.api.save(id, value);
    if (sequence[id] !== n) return undefined;
    store.unqueue(current.session.auditId, id);
    if (value === undefined) delete current.answers[id];
    else current.answers[id] = reply.value;
    current.progress = reply.progress;
    fieldError(id, null, current);
    status(current, 'Saved');
    if (current === state) {
      refresh();
      // A question that an answer brings up appears below it: say so, for those who do not see it appear.
      const more = state.ui.appeared;
      if (more > 0) status(current, `Saved. ${more === 1 ? 'One more question' : `${more} more questions`} below.`);
    }
  } catch (error) {
    if (sequence[id] !== n) return undefined;
    if (error.status === 422) {
      fieldError(id, [human(id, error, current)], current);
      status(current, 'Not saved: see the message at the question.');
    } else if (error.status === 0) {
      // Offline: the answer is kept and sent again (back online, or on the next step), never dropped.
      store.queue(current.session.auditId, id, value);
      if (value === undefined) delete current.answers[id];
      else current.answers[id] = value;
      status(current, 'Not saved yet — will retry');
      if (current === state) refresh();
    } else {
      status(current, `Could not save: ${error.message}`, () => save(id, value));
    }
  }
  return undefined;
}

/**
 * What the person reads when the server refuses an answer: the question's rule in words, never the server's
 * wording (which may quote a pattern or the refused value); the server's words only for a question not shown here.
 */
function human(id, error, current) {
  const q = current.questionnaire.steps.flatMap((s) => s.questions).find((x) => x.id === id);
  return q ? rule(q) : error.messagesFor('value').join(' ');
}

function status(current, text, retry) {
  fill(current.ui.status, text, retry ? h('button', { type: 'button', onclick: retry }, 'Retry') : null);
}

function fieldError(id, messages, current = state) {
  const field = current.ui.fields[id];
  if (!field) return;
  const error = field.querySelector('.field-error');
  // The server names the question by its id; the person sees it right above.
  error.textContent = messages ? messages.map((m) => m.replace(`question ${id}`, 'This question')).join(' ') : '';
  error.hidden = !messages;
  field.classList.toggle('invalid', Boolean(messages));
  field.querySelectorAll('input, textarea').forEach((i) => {
    if (messages) i.setAttribute('aria-invalid', 'true');
    else i.removeAttribute('aria-invalid');
  });
}

/** A proposed answer in words: the question's title and the options' labels. */
function describe(questionId, value) {
  const q = state.questionnaire.steps.flatMap((s) => s.questions).find((x) => x.id === questionId);
  if (!q) return { question: questionId, answer: JSON.stringify(value) };
  const label = (id) => (q.options.find((o) => o.id === id) || { label: String(id) }).label;
  const answer = Array.isArray(value) ? value.map(label).join(', ')
    : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : q.options.length > 0 ? label(value) : String(value);
  return { question: q.title, answer };
}

/** An answer the assistant proposed and the user accepted: shown in the form, then saved like any other. */
function accept(questionId, value) {
  const field = state.ui.fields[questionId];
  if (field) {
    field.querySelectorAll('input[type=radio], input[type=checkbox]').forEach((i) => {
      i.checked = Array.isArray(value) ? value.includes(i.value) : String(value) === i.value;
    });
    field.querySelectorAll('input[type=number], textarea').forEach((i) => { i.value = String(value); });
  }
  return save(questionId, value);
}

/**
 * An answer the assistant proposed, shown at its question too (a phone shows the conversation over the page):
 * a card whose button uses it, as the one in the conversation does. Answers the card (null: not on this step).
 */
function propose(questionId, answer, use) {
  const field = state.ui.fields[questionId];
  if (!field) return null;
  const earlier = field.querySelector('.suggested');
  if (earlier) earlier.remove();
  const card = h('div', { class: 'suggested' },
    h('p', {}, 'Suggested by the assistant: ', h('strong', {}, answer)),
    h('button', { type: 'button', onclick: () => {
      use();
      const input = field.querySelector('input:checked') || field.querySelector('input, textarea');
      if (input) input.focus();
    } }, 'Use this answer'));
  field.append(card);
  return card;
}
