// The scored audit: overall and per-pillar scores, maturity level, recommendations, roadmap, and the PDF report.
import { forAudit, questionnaire } from './api.js';
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
  const report = h('section', { class: 'card', 'aria-labelledby': 'report-title' });
  showView(main, h('div', { class: 'results' },
    h('h1', {}, audit.organizationName ? `Results for ${audit.organizationName}` : 'Your results'),
    overall(result), pillars(result), nextLevel(result), highlights(result), insights(result),
    knowledgeGaps(result), roadmap(result), recommendations(result, asked), report,
    h('p', {}, h('button', { type: 'button', onclick: again }, 'Start a new audit'))));
  reportPanel(report, api);
}

function bar(label, value, id) {
  const meter = h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: 'fill' }));
  // Set through the CSS object model: the page's content security policy forbids style attributes.
  meter.firstChild.style.inlineSize = `${Math.max(0, Math.min(100, value))}%`;
  return h('div', { class: 'score', id },
    h('span', { class: 'score-label' }, label), meter, h('span', { class: 'score-value' }, percent(value)));
}

function overall(result) {
  const gap = levelGap(result, 'total');
  return h('section', { class: 'card overall', 'aria-labelledby': 'overall-title' },
    h('h2', { id: 'overall-title' }, 'Overall readiness'),
    h('p', { class: 'level' }, 'Maturity level: ', h('strong', { id: 'maturity-level' }, words(result.total.level))),
    bar('Overall', result.total.percent, 'score-overall'),
    h('p', {}, `${result.total.score} of ${result.total.max} weighted points.`),
    gap ? h('p', { id: 'next-overall' }, toNext(gap)) : null);
}

/** The next-level gap of the total ('total') or of a pillar (its id); absent for a version-1 result. */
function levelGap(result, scope) {
  const next = result.nextLevel;
  if (!next) return null;
  if (scope === 'total') return next.total || null;
  return (next.pillars || []).find((p) => p.scope === scope) || null;
}

function toNext(gap) {
  if (!gap.next) return 'The highest level: keep it there.';
  return `${points(gap.pointsNeeded)} (${percent(gap.percentNeeded)}) more to reach ${words(gap.next)}.`;
}

function points(value) {
  return `${Math.round(value * 100) / 100} ${value === 1 ? 'point' : 'points'}`;
}

function pillars(result) {
  return h('section', { class: 'card', 'aria-labelledby': 'pillars-title' },
    h('h2', { id: 'pillars-title' }, 'By pillar'),
    h('ul', { class: 'pillars' }, result.pillars.map((p) => {
      const gap = levelGap(result, p.id);
      return h('li', { 'data-pillar': p.id },
        bar(p.title || words(p.id), p.percent, `score-${p.id}`),
        h('span', { class: 'pillar-level' }, `Level: ${words(p.level)}`,
          gap ? h('span', { class: 'pillar-next' }, `. ${toNext(gap)}`) : null));
    })));
}

/** The answers that would raise the score most, one changed at a time (result version 2). */
function nextLevel(result) {
  const next = result.nextLevel;
  if (!next || !Array.isArray(next.bestGains)) return null;
  const total = next.total;
  return h('section', { class: 'card', id: 'next-level', 'aria-labelledby': 'next-level-title' },
    h('h2', { id: 'next-level-title' }, 'The next level'),
    total && total.next ? h('p', {}, `Overall you are at ${words(total.level)}: ${toNext(total)}`)
      : h('p', {}, 'You have reached the highest level overall.'),
    next.bestGains.length === 0 ? null : [
      h('h3', {}, next.bestGains.length === 1 ? 'The answer that would gain the most'
        : `The ${next.bestGains.length} answers that would gain the most`),
      h('ol', { class: 'gains' }, next.bestGains.map((g) => h('li', {},
        h('strong', {}, g.title), ': answering “', g.bestAnswer, '” would raise the overall score by ',
        h('strong', {}, `${Math.round(g.percentGain * 10) / 10} percentage points`), '.')))]);
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

function again() {
  store.forget();
  location.hash = '#/';
}
