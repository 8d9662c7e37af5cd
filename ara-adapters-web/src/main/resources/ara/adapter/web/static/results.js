// The scored audit: overall and per-pillar scores, maturity level, recommendations, roadmap, and the PDF report.
import { forAudit, listQuestionnaires, questionnaire, startAudit } from './api.js';
import { fill, h, percent, references, show as showView, words } from './dom.js';
import * as store from './store.js';

const POLL_MS = 1000;
const FINAL = new Set(['ready', 'failed', 'cancelled']);

export async function show(main, session) {
  const api = forAudit(session);
  const audit = await api.get();
  if (audit.status === 'draft') {
    location.hash = '#/wizard';
    return;
  }
  const result = await api.result();
  // The questionnaire only adds what each recommendation rests on: the results stand without it.
  const asked = await questionnaire(audit.questionnaire).catch(() => null);
  // Only to offer the full assessment after a quick audit: without the list, no offer.
  const offered = await listQuestionnaires().catch(() => []);
  const report = h('section', { class: 'card', id: 'report', 'aria-labelledby': 'report-title' });
  showView(main, h('div', { class: 'results' },
    h('h1', {}, audit.organizationName ? `Results for ${audit.organizationName}` : 'Your results'),
    hero(result), topActions(result, report, fullAfterQuick(audit, offered)), pillars(result), nextLevel(result),
    insights(result), knowledgeGaps(result), highlights(result), roadmap(result), recommendations(result, asked),
    report, h('p', {}, h('button', { type: 'button', onclick: again }, 'Start a new audit'))));
  reportPanel(report, api);
}

/**
 * The maturity levels and their bands on the 0–100 scale, as the server's MaturityLevel sets them (a score between
 * two bands, 60.5, belongs to the lower one).
 */
const LEVELS = [
  { id: 'beginner', name: 'Beginner', from: 0, to: 40 },
  { id: 'developing', name: 'Developing', from: 41, to: 60 },
  { id: 'proficient', name: 'Proficient', from: 61, to: 80 },
  { id: 'advanced', name: 'Advanced', from: 81, to: 95 },
  { id: 'expert', name: 'Expert', from: 96, to: 100 },
];

const levelCode = (level) => String(level || '').toLowerCase();
const levelName = (level) => (LEVELS.find((l) => l.id === levelCode(level)) || { name: words(level) }).name;

/** A score on the 0–100 scale, as people read it: the percent rounded to a whole number. */
const outOf100 = (value) => Math.round(Math.max(0, Math.min(100, value)));

function bar(label, value, id, level) {
  const meter = h('span', { class: 'bar', 'aria-hidden': 'true' },
    h('span', { class: `fill${level ? ` level-${levelCode(level)}` : ''}` }));
  // Set through the CSS object model: the page's content security policy forbids style attributes.
  meter.firstChild.style.inlineSize = `${Math.max(0, Math.min(100, value))}%`;
  return h('div', { class: 'score', id },
    h('span', { class: 'score-label' }, label), meter, h('span', { class: 'score-value' }, percent(value)),
    level ? h('span', { class: `level-tag level-${levelCode(level)}` }, levelName(level)) : null);
}

/** The total on the 0–100 scale, its maturity level, and the ladder of levels with where this audit stands. */
function hero(result) {
  const gap = levelGap(result, 'total');
  const current = levelCode(result.total.level);
  const next = gap && gap.next ? levelCode(gap.next) : null;
  return h('section', { class: 'card hero', 'aria-labelledby': 'overall-title' },
    h('div', { class: 'hero-score' },
      h('h2', { id: 'overall-title' }, 'Overall readiness'),
      h('p', { class: 'big-score', id: 'hero-score' },
        h('strong', {}, String(outOf100(result.total.percent))), h('span', {}, ' / 100')),
      h('p', { class: 'level' }, 'Maturity level: ',
        h('strong', { id: 'maturity-level' }, levelName(result.total.level))),
      gap ? h('p', { id: 'next-overall' }, toNext(gap)) : null),
    h('div', { class: 'ladder-box' },
      h('h3', { id: 'ladder-title' }, 'Maturity ladder'),
      h('ol', { class: 'ladder', id: 'ladder', 'aria-labelledby': 'ladder-title' }, LEVELS.map((l) => h('li', {
        class: `rung level-${l.id}${l.id === current ? ' current' : ''}`,
        'data-level': l.id, 'aria-current': l.id === current ? 'step' : null,
      },
      h('span', { class: 'rung-name' }, l.name),
      h('span', { class: 'rung-band' }, `${l.from}–${l.to}`),
      l.id === current ? h('span', { class: 'rung-note here' }, 'You are here') : null,
      l.id === next ? h('span', { class: 'rung-note' }, `${needed(gap)} to go`) : null)))));
}

/** The next-level gap of the total ('total') or of a pillar (its id); absent for a version-1 result. */
function levelGap(result, scope) {
  const next = result.nextLevel;
  if (!next) return null;
  if (scope === 'total') return next.total || null;
  return (next.pillars || []).find((p) => p.scope === scope) || null;
}

/**
 * The distance to the next level in points of the 0–100 scale, rounded up: reaching the level takes the whole
 * distance, so it is never understated.
 */
function needed(gap) {
  const value = Math.max(1, Math.ceil(gap.percentNeeded - 1e-9));
  return `${value} ${value === 1 ? 'point' : 'points'}`;
}

function toNext(gap) {
  if (!gap.next) return 'The highest level: keep it there.';
  return `${needed(gap)} to ${levelName(gap.next)}.`;
}

function pillars(result) {
  return h('section', { class: 'card', 'aria-labelledby': 'pillars-title' },
    h('h2', { id: 'pillars-title' }, 'By pillar'),
    h('p', { class: 'tags' }, 'Each bar is coloured by its maturity level, named beside it.'),
    h('ul', { class: 'pillars' }, result.pillars.map((p) => {
      const gap = levelGap(result, p.id);
      return h('li', { 'data-pillar': p.id, 'data-level': levelCode(p.level) },
        bar(p.title || words(p.id), p.percent, `score-${p.id}`, p.level),
        gap ? h('span', { class: 'pillar-next' }, toNext(gap)) : null);
    })));
}

/** The full questionnaire (as listed) when this audit was a quick one and a full one can be started; null otherwise. */
function fullAfterQuick(audit, offered) {
  const list = Array.isArray(offered) ? offered : [];
  const own = audit.questionnaire && audit.questionnaire.id;
  const full = list.find((q) => q.mode === 'full');
  const mine = list.find((q) => q.id === own);
  return full && mine && mine.mode === 'quick' ? full : null;
}

/**
 * The three recommendations that would gain the most (highest impact first; the API's order among equals), and
 * what to do next: the PDF report, and the full assessment after a quick audit.
 */
function topActions(result, report, full) {
  const top = result.recommendations.map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.impact || 0) - (a.r.impact || 0) || a.i - b.i).slice(0, 3).map((x) => x.r);
  const toReport = () => {
    report.scrollIntoView({ behavior: 'smooth', block: 'start' });
    const picker = report.querySelector('select');
    if (picker) picker.focus({ preventScroll: true });
  };
  return h('section', { class: 'card top-actions', id: 'top-actions', 'aria-labelledby': 'top-actions-title' },
    h('h2', { id: 'top-actions-title' }, top.length === 0 ? 'Nothing urgent to do'
      : `Your top ${['', 'action', 'two actions', 'three actions'][top.length]}`),
    top.length === 0 ? null : h('ol', { class: 'top' }, top.map((r) => h('li', { 'data-question': r.questionId },
      h('strong', {}, r.title), h('span', { class: 'tags' }, ` · ${[r.window ? windowName(r.window) : r.horizon,
        `effort ${r.effort}`].filter(Boolean).join(' · ')}`)))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'cta-report', onclick: toReport }, 'Download the PDF report'),
      full ? h('button', { type: 'button', id: 'cta-full', onclick: (e) => startFull(e, full.id) },
        'Start the full assessment') : null),
    full ? h('p', { class: 'tags', id: 'cta-full-note' }, full.questions && full.estimatedMinutes
      ? `The full assessment asks ${full.questions} questions in about ${full.estimatedMinutes} minutes. ` : '',
    'These results stay reachable from “Previous audits” on the start page.') : null,
    h('p', { class: 'field-error', id: 'cta-error', role: 'alert', hidden: true }));
}

/** Starts a full assessment for the same organisation, as the start page does; this audit goes to "Previous audits". */
async function startFull(event, fullId) {
  const button = event.currentTarget;
  const error = document.getElementById('cta-error');
  const session = store.current();
  button.disabled = true;
  try {
    const audit = await startAudit(session && session.organizationName ? session.organizationName : null, fullId);
    store.archive();
    store.remember(audit.id, audit.guestToken, audit.organizationName, audit.questionnaire && audit.questionnaire.id);
    location.hash = '#/wizard';
  } catch (e) {
    error.textContent = `The full assessment could not be started: ${e.message}`;
    error.hidden = false;
    button.disabled = false;
  }
}

/** The answers that would raise the score most, one changed at a time (result version 2). */
function nextLevel(result) {
  const next = result.nextLevel;
  if (!next || !Array.isArray(next.bestGains)) return null;
  const total = next.total;
  return h('section', { class: 'card', id: 'next-level', 'aria-labelledby': 'next-level-title' },
    h('h2', { id: 'next-level-title' }, 'The next level'),
    total && total.next ? h('p', {}, `Overall you are at ${levelName(total.level)}: ${toNext(total)}`)
      : h('p', {}, 'You have reached the highest level overall.'),
    next.bestGains.length === 0 ? null : [
      h('h3', {}, next.bestGains.length === 1 ? 'The answer that would gain the most'
        : `The ${next.bestGains.length} answers that would gain the most`),
      h('ol', { class: 'gains' }, next.bestGains.map((g) => h('li', {},
        h('strong', {}, g.title), ': answering “', g.bestAnswer, '” would raise the overall score by ',
        h('strong', {}, `${Math.round(g.percentGain * 10) / 10} points`), ' out of 100.')))]);
}

function highlights(result) {
  const list = (items) => (items.length === 0 ? h('p', {}, 'None.')
    : h('ul', {}, items.map((i) => h('li', {}, `${i.title} (${percent(i.percent)})`))));
  return h('section', { class: 'card two', 'aria-label': 'Strengths and gaps' },
    h('div', {}, h('h2', {}, 'Strengths'), list(result.strengths)),
    h('div', {}, h('h2', {}, 'Gaps'), list(result.gaps)));
}

/** The questionnaire's cross-checks that the answers set off: contradictions and risky combinations. */
function insights(result) {
  const found = Array.isArray(result.insights) ? result.insights : [];
  if (found.length === 0) return null;
  return h('section', { class: 'card', id: 'insights', 'aria-labelledby': 'insights-title' },
    h('h2', { id: 'insights-title' }, 'Points to check'),
    h('p', {}, 'Answers that, taken together, point to a risk or contradict each other:'),
    h('ul', { class: 'insights' }, found.map((i) => h('li', { 'data-code': i.code }, i.message))));
}

/** The questions answered "I don't know" (result version 2): what to find out before acting. */
function knowledgeGaps(result) {
  const gaps = result.knowledgeGaps;
  if (!Array.isArray(gaps) || gaps.length === 0) return null;
  const titles = new Map(result.pillars.map((p) => [p.id, p.title || words(p.id)]));
  return h('section', { class: 'card', id: 'knowledge-gaps', 'aria-labelledby': 'knowledge-gaps-title' },
    h('h2', { id: 'knowledge-gaps-title' }, 'What you do not know yet'),
    h('p', {}, `You answered “I don’t know” ${gaps.length === 1 ? 'once' : `${gaps.length} times`}. `
      + 'These answers score nothing until someone finds them out; each has a “find out” recommendation below.'),
    h('ul', {}, gaps.map((g) => h('li', { 'data-question': g.question },
      g.title, g.pillar ? h('span', { class: 'tags' }, ` (${titles.get(g.pillar) || words(g.pillar)})`) : null))));
}

const WINDOWS = {
  'days-1-30': 'Days 1–30', 'days-31-60': 'Days 31–60', 'days-61-90': 'Days 61–90',
  'months-4-6': 'Months 4–6', 'months-7-12': 'Months 7–12',
};

function windowName(code, phase) {
  if (WINDOWS[code]) return WINDOWS[code];
  return phase && phase.firstDay && phase.lastDay ? `Days ${phase.firstDay}–${phase.lastDay}` : words(code || '');
}

function findOut(r) {
  return r.kind === 'find-out' || r.kind === 'find_out' || r.kind === 'FIND_OUT';
}

function recommendations(result, asked) {
  const questions = new Map((asked ? asked.steps : []).flatMap((s) => s.questions).map((q) => [q.id, q]));
  const basis = (r) => {
    const q = questions.get(r.questionId);
    const list = q && references(q.references, asked.sources);
    return list && h('details', { class: 'basis' }, h('summary', {}, 'What this advice rests on'), list);
  };
  return h('section', { class: 'card', 'aria-labelledby': 'recommendations-title' },
    h('h2', { id: 'recommendations-title' }, 'Recommendations'),
    result.recommendations.length === 0 ? h('p', {}, 'No recommendations: well done.') : null,
    h('ol', { class: 'recommendations' }, result.recommendations.map((r) => h('li',
      { class: findOut(r) ? 'find-out' : null, 'data-question': r.questionId },
      h('h3', {}, findOut(r) ? [h('span', { class: 'badge' }, 'Knowledge gap'), ' '] : null, r.title),
      h('p', { class: 'tags' }, [`Priority ${r.priority}`, `effort ${r.effort}`,
        r.window ? windowName(r.window) : r.horizon].join(' · ')),
      h('p', {}, r.description),
      h('p', {}, h('strong', {}, 'Expected impact: '), r.expectedImpact), basis(r)))));
}

function roadmap(result) {
  if (Array.isArray(result.roadmap)) return windows(result);
  const phases = new Map();
  for (const r of result.recommendations) {
    if (!phases.has(r.horizon)) phases.set(r.horizon, []);
    phases.get(r.horizon).push(r.title);
  }
  const order = [...phases.keys()].sort((a, b) => (parseInt(a.replace(/\D+/, ''), 10) || 0) - (parseInt(b.replace(/\D+/, ''), 10) || 0));
  return h('section', { class: 'card', 'aria-labelledby': 'roadmap-title' },
    h('h2', { id: 'roadmap-title' }, '90-day roadmap'),
    h('ol', { class: 'roadmap' }, order.map((horizon) => h('li', {},
      h('h3', {}, words(horizon)), h('ul', {}, phases.get(horizon).map((t) => h('li', {}, t)))))));
}

/**
 * The roadmap of result version 2: the three 30-day windows always (an empty one says so), the later windows only
 * when something is planned in them.
 */
function windows(result) {
  const byQuestion = new Map(result.recommendations.map((r) => [r.questionId, r]));
  const entry = (item) => (typeof item === 'string' ? byQuestion.get(item) || { title: item }
    : byQuestion.get(item.questionId) || item);
  const early = new Set(['days-1-30', 'days-31-60', 'days-61-90']);
  const shown = result.roadmap.filter((p) => early.has(p.window) || (p.recommendations || []).length > 0);
  return h('section', { class: 'card', id: 'roadmap', 'aria-labelledby': 'roadmap-title' },
    h('h2', { id: 'roadmap-title' }, 'Roadmap'),
    h('p', {}, 'Find out what you do not know first, then quick wins, then the longer work. '
      + 'Each item is explained under Recommendations below.'),
    h('ol', { class: 'roadmap' }, shown.map((phase) => {
      const items = (phase.recommendations || []).map(entry);
      return h('li', { 'data-window': phase.window },
        h('h3', {}, windowName(phase.window, phase)),
        items.length === 0 ? h('p', { class: 'tags' }, 'Nothing planned in this window.')
          : h('ul', {}, items.map((r) => h('li', { class: findOut(r) ? 'find-out' : null }, r.title))));
    })));
}

function reportPanel(section, api) {
  const template = h('select', { id: 'template' },
    ['standard', 'executive', 'technical'].map((t) => h('option', { value: t }, words(t))));
  const status = h('div', { class: 'report-status', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { onsubmit: (e) => request(e, api, template, status) },
    h('label', { for: 'template' }, 'Template'), template,
    h('button', { type: 'submit', class: 'primary' }, 'Create the PDF report'));
  fill(section, h('h2', { id: 'report-title' }, 'PDF report'),
    h('p', {}, 'A printable report of these results, made on the server in a few seconds.'), form, status);
  api.reports().then((list) => {
    const latest = list.items && list.items[0];
    if (latest && latest.status !== 'cancelled') follow(api, latest, status);
  }).catch(() => {});
}

async function request(event, api, template, status) {
  event.preventDefault();
  try {
    follow(api, await api.requestReport(template.value), status);
  } catch (error) {
    fill(status, `The report could not be requested: ${error.message}`);
  }
}

async function follow(api, report, status) {
  let current = report;
  while (!FINAL.has(current.status)) {
    fill(status, h('label', { for: 'report-progress' }, `Report ${current.status}…`), ' ',
      h('progress', { id: 'report-progress', max: 100, value: current.progress }));
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
    try {
      current = await api.report(current.id);
    } catch (error) {
      fill(status, `Could not check the report: ${error.message}`);
      return;
    }
  }
  if (current.status !== 'ready') {
    fill(status, `The report ${current.status === 'failed' ? 'failed' : 'was cancelled'}${current.error ? `: ${current.error}` : '.'}`);
    return;
  }
  // The download route wants the guest token in a header, which a plain link cannot send: ask for a signed link.
  // `download` without a name: the file's name is the server's (Content-Disposition: organisation, template, date).
  try {
    const link = await api.reportLink(current.id);
    fill(status, h('p', {}, 'Your report is ready. '),
      h('a', { class: 'button primary', id: 'report-download', href: link.url, download: true, rel: 'noopener' },
        `Download the PDF (${Math.round((current.document?.size || 0) / 1024)} KB)`));
  } catch (error) {
    fill(status, `The report is ready, but no link could be made: ${error.message}`);
  }
}

/** Back to the start page for a new audit; this one (its results) stays reachable under "Previous audits". */
function again() {
  store.archive();
  location.hash = '#/';
}
