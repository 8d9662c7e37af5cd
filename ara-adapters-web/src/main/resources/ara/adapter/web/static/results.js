// The scored audit: overall and per-pillar scores, maturity level, recommendations, roadmap, and the PDF report.
import { forAudit, listQuestionnaires, questionnaire, startAudit } from './api.js';
import { fill, h, references, show as showView, words } from './dom.js';
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
  const desk = reportDesk(api);
  showView(main, h('div', { class: 'results' },
    h('h1', {}, audit.organizationName ? `Results for ${audit.organizationName}` : 'Your results'),
    hero(result), topActions(result, desk, fullAfterQuick(audit, offered)), pillars(result), nextLevel(result),
    insights(result), knowledgeGaps(result), highlights(result), roadmap(result), recommendations(result, asked),
    desk.panel, h('p', {}, h('button', { type: 'button', onclick: again }, 'Start a new audit'))));
  desk.load();
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

/** A score as people read it on the 0–100 scale, the same as the hero's and the PDF's: "62 / 100". */
export const scale = (value) => `${outOf100(value)} / 100`;

/**
 * One row of the pillar chart: the bar on the maturity bands, coloured by the level, with the dashed mark of the
 * overall score; the value and the level's name beside it in words.
 */
export function bar(label, value, id, level, overall) {
  const fill = h('span', { class: `fill level-${levelCode(level)}` });
  const mark = h('span', { class: 'overall-mark' });
  // Set through the CSS object model: the page's content security policy forbids style attributes.
  fill.style.inlineSize = `${outOf100(value)}%`;
  mark.style.insetInlineStart = `${outOf100(overall)}%`;
  return h('div', { class: 'score', id },
    h('span', { class: 'score-label' }, label), h('span', { class: 'bar chart-bar', 'aria-hidden': 'true' }, fill, mark),
    h('span', { class: 'score-value' }, scale(value)),
    h('span', { class: `level-tag level-${levelCode(level)}` }, levelName(level)));
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

/**
 * The pillars as the PDF report charts them: one bar per pillar on the maturity bands (shaded alternately, named
 * above on wide screens), a scale from 0 to 100 below, and a dashed line at the overall score. The chart is drawn
 * for the eye only; its text alternative is the list it is made of (each pillar's name, score and level in words)
 * and the sentence above it.
 */
function pillars(result) {
  const overall = outOf100(result.total.percent);
  const scaleRow = (cls, marks) => h('div', { class: `chart-scale ${cls}`, 'aria-hidden': 'true' },
    h('span', { class: 'scale-track' }, marks));
  return h('section', { class: 'card', id: 'pillars', 'aria-labelledby': 'pillars-title' },
    h('h2', { id: 'pillars-title' }, 'By pillar'),
    h('p', { class: 'tags', id: 'pillar-chart-about' }, 'Each pillar’s score out of 100, on the maturity bands as '
      + 'in the PDF report. Each bar is coloured by its maturity level, named beside it; the dashed line marks the '
      + `overall score, ${overall}.`),
    h('div', { class: 'pillar-chart', id: 'pillar-chart' },
      scaleRow('chart-bands', LEVELS.map((l) => h('span', { class: `band-name band-${l.id}` }, l.name))),
      h('ul', { class: 'pillars', 'aria-describedby': 'pillar-chart-about' }, result.pillars.map((p) => {
        const gap = levelGap(result, p.id);
        return h('li', { 'data-pillar': p.id, 'data-level': levelCode(p.level) },
          bar(p.title || words(p.id), p.percent, `score-${p.id}`, p.level, overall),
          gap ? h('span', { class: 'pillar-next' }, toNext(gap)) : null);
      })),
      scaleRow('chart-ticks', [0, 20, 40, 60, 80, 100].map((t) => h('span', { class: `scale-tick scale-tick-${t}` }, String(t)))),
      h('p', { class: 'chart-legend', 'aria-hidden': 'true' }, h('span', { class: 'legend-mark' }),
        `Overall score: ${overall}`)));
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
function topActions(result, desk, full) {
  const top = result.recommendations.map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.impact || 0) - (a.r.impact || 0) || a.i - b.i).slice(0, 3).map((x) => x.r);
  const status = h('div', { class: 'report-status', id: 'cta-status', role: 'status', 'aria-live': 'polite' });
  return h('section', { class: 'card top-actions', id: 'top-actions', 'aria-labelledby': 'top-actions-title' },
    h('h2', { id: 'top-actions-title' }, top.length === 0 ? 'Nothing urgent to do'
      : `Your top ${['', 'action', 'two actions', 'three actions'][top.length]}`),
    top.length === 0 ? null : h('ol', { class: 'top' }, top.map((r) => h('li', { 'data-question': r.questionId },
      h('strong', {}, r.title), h('span', { class: 'tags' }, ` · ${[r.window ? windowName(r.window) : r.horizon,
        `effort ${r.effort}`].filter(Boolean).join(' · ')}`)))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'cta-report',
        onclick: (e) => desk.download('standard', e.currentTarget, status, 'cta') }, 'Download the PDF report'),
      full ? h('button', { type: 'button', id: 'cta-full', onclick: (e) => startFull(e, full.id) },
        'Start the full assessment') : null),
    full ? h('p', { class: 'tags', id: 'cta-full-note' }, full.questions && full.estimatedMinutes
      ? `The full assessment asks ${full.questions} questions in about ${full.estimatedMinutes} minutes. ` : '',
    'These results stay reachable from “Previous audits” on the start page.') : null,
    status, h('p', { class: 'field-error', id: 'cta-error', role: 'alert', hidden: true }));
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
    : h('ul', {}, items.map((i) => h('li', {}, `${i.title} (${scale(i.percent)})`))));
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

/** The report templates, each described in a line from what it prints (the report adapter's templates). */
const TEMPLATES = [
  { id: 'standard', name: 'Standard', about: 'The full report: summary, score chart, each pillar with its questions '
    + 'and answers, recommendations, roadmap, method and every answer.' },
  { id: 'executive', name: 'Executive', about: 'A few pages for management: the summary, the recommendations and '
    + 'the roadmap.' },
  { id: 'technical', name: 'Technical', about: 'The standard report plus every question in detail: its options, how '
    + 'it is scored and how much it counts.' },
];
const templateName = (id) => (TEMPLATES.find((t) => t.id === id) || { name: words(id) }).name;

/**
 * The PDF reports of this audit: the report panel (a template picker and one "Create and download" button) and the
 * one action both it and the call to action at the top run: make the report of a template, or reuse the latest one
 * when it is ready or being made, show its progress where it was asked for, and start the download when it is
 * ready. The picker always names the template of the report the panel shows.
 */
function reportDesk(api) {
  const latest = new Map(); // template → the newest report of it
  const status = h('div', { class: 'report-status', id: 'report-status', role: 'status', 'aria-live': 'polite' });
  const picker = h('fieldset', { class: 'templates' }, h('legend', {}, 'Template'),
    TEMPLATES.map((t) => h('label', { class: 'template', for: `template-${t.id}` },
      h('input', { type: 'radio', name: 'template', id: `template-${t.id}`, value: t.id, checked: t.id === 'standard',
        onchange: () => shown(t.id) }),
      h('span', {}, h('strong', {}, t.name), ` — ${t.about}`))));
  const chosen = () => picker.querySelector('input:checked').value;
  const select = (template) => {
    picker.querySelector(`#template-${template}`).checked = true;
  };
  const create = h('button', { type: 'submit', class: 'primary', id: 'report-create' }, 'Create and download');
  const panel = h('section', { class: 'card', id: 'report', 'aria-labelledby': 'report-title' },
    h('h2', { id: 'report-title' }, 'PDF report'),
    h('p', {}, 'A printable report of these results, made on the server in a few seconds and then downloaded.'),
    h('form', { onsubmit: (e) => { e.preventDefault(); download(chosen(), create, status, 'report'); } },
      picker, create),
    status);

  /** What the panel says about the latest report of the template just picked. */
  async function shown(template) {
    const report = latest.get(template);
    if (!report || report.status === 'cancelled') {
      fill(status, `No ${templateName(template)} report yet: “Create and download” makes one.`);
    } else if (FINAL.has(report.status)) {
      await settle(report, [status], 'report').catch((error) => fill(status, `No link could be made: ${error.message}`));
    } else {
      fill(status, progress(report));
    }
  }

  async function download(template, button, where, prefix) {
    // Where to show how it goes: where it was asked for, and the panel while its picker names this template.
    const places = () => [...new Set([where, status])].filter((p) => p !== status || chosen() === template);
    button.disabled = true;
    select(template);
    try {
      let report = latest.get(template);
      if (!report || report.status === 'failed' || report.status === 'cancelled') {
        report = await api.requestReport(template);
      }
      latest.set(template, report);
      report = await follow(api, report, (r) => places().forEach((p) => fill(p, progress(r))));
      latest.set(template, report);
      const link = await settle(report, places(), prefix);
      // The signed link is served as an attachment: following it downloads the file and the page stays.
      if (link) h('a', { href: link.url, download: true }).click();
    } catch (error) {
      places().forEach((p) => fill(p, `The report could not be made: ${error.message}`));
    } finally {
      button.disabled = false;
    }
  }

  /** Shows a finished report in each place: its download link when ready (answered), else why it is not. */
  async function settle(report, places, prefix) {
    if (report.status !== 'ready') {
      places.forEach((p) => fill(p, `The ${templateName(report.template)} report ${report.status === 'failed'
        ? 'failed' : 'was cancelled'}${report.error ? `: ${report.error}` : '.'}`));
      return null;
    }
    // The download route wants the guest token in a header, which a plain link cannot send: ask for a signed link.
    const link = await api.reportLink(report.id);
    const size = `${Math.round((report.document?.size || 0) / 1024)} KB`;
    places.forEach((p) => fill(p, h('p', {}, `Your ${templateName(report.template)} report is ready. `,
      // `download` without a name: the file's name is the server's (Content-Disposition: organisation, template, date).
      h('a', { class: 'download', id: `${p === status ? 'report' : prefix}-download`, href: link.url, download: true,
        rel: 'noopener' }, `Download the PDF (${size})`))));
    return link;
  }

  /** The reports made before (the newest first): the panel shows the latest, its template picked. */
  async function load() {
    try {
      const list = await api.reports();
      for (const report of [...(list.items || [])].reverse()) latest.set(report.template, report);
      const newest = list.items && list.items[0];
      if (!newest || newest.status === 'cancelled') return;
      select(newest.template);
      const done = await follow(api, newest, (r) => fill(status, progress(r)));
      latest.set(done.template, done);
      if (chosen() === done.template) await settle(done, [status], 'report');
    } catch {
      // Without the list the panel still makes reports.
    }
  }

  return { panel, load, download };
}

function progress(report) {
  return h('p', {}, `Making the ${templateName(report.template)} report… `,
    h('progress', { max: 100, value: report.progress, 'aria-label': 'Report progress' }));
}

/** Polls the report until it is ready, failed or cancelled; answers the final report. */
async function follow(api, report, show) {
  let current = report;
  while (!FINAL.has(current.status)) {
    show(current);
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
    current = await api.report(current.id);
  }
  return current;
}

/** Back to the start page for a new audit; this one (its results) stays reachable under "Previous audits". */
function again() {
  store.archive();
  location.hash = '#/';
}
