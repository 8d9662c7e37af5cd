// The scored audit: overall and per-pillar scores, maturity level, recommendations, roadmap, and the PDF report.
import { forAudit } from './api.js';
import { fill, h, percent, show as showView, words } from './dom.js';
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
  const report = h('section', { class: 'card', 'aria-labelledby': 'report-title' });
  showView(main, h('div', { class: 'results' },
    h('h1', {}, audit.organizationName ? `Results for ${audit.organizationName}` : 'Your results'),
    overall(result), pillars(result), highlights(result), recommendations(result), roadmap(result), report,
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
  return h('section', { class: 'card overall', 'aria-labelledby': 'overall-title' },
    h('h2', { id: 'overall-title' }, 'Overall readiness'),
    h('p', { class: 'level' }, 'Maturity level: ', h('strong', { id: 'maturity-level' }, words(result.total.level))),
    bar('Overall', result.total.percent, 'score-overall'),
    h('p', {}, `${result.total.score} of ${result.total.max} weighted points.`));
}

function pillars(result) {
  return h('section', { class: 'card', 'aria-labelledby': 'pillars-title' },
    h('h2', { id: 'pillars-title' }, 'By pillar'),
    h('ul', { class: 'pillars' }, result.pillars.map((p) => h('li', { 'data-pillar': p.id },
      bar(p.title || words(p.id), p.percent, `score-${p.id}`),
      h('span', { class: 'pillar-level' }, `Level: ${words(p.level)}`)))));
}

function highlights(result) {
  const list = (items) => h('ul', {}, items.map((i) => h('li', {}, `${i.title} (${percent(i.percent)})`)));
  return h('section', { class: 'card two', 'aria-label': 'Strengths and gaps' },
    h('div', {}, h('h2', {}, 'Strengths'), list(result.strengths)),
    h('div', {}, h('h2', {}, 'Gaps'), list(result.gaps)));
}

function recommendations(result) {
  return h('section', { class: 'card', 'aria-labelledby': 'recommendations-title' },
    h('h2', { id: 'recommendations-title' }, 'Recommendations'),
    result.recommendations.length === 0 ? h('p', {}, 'No recommendations: well done.') : null,
    h('ol', { class: 'recommendations' }, result.recommendations.map((r) => h('li', {},
      h('h3', {}, r.title),
      h('p', { class: 'tags' }, `Priority ${r.priority} · effort ${r.effort} · ${r.horizon}`),
      h('p', {}, r.description),
      h('p', {}, h('strong', {}, 'Expected impact: '), r.expectedImpact)))));
}

function roadmap(result) {
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
  try {
    const link = await api.reportLink(current.id);
    fill(status, h('p', {}, 'Your report is ready. '),
      h('a', { class: 'button primary', id: 'report-download', href: link.url, download: 'ara-report.pdf', rel: 'noopener' },
        `Download the PDF (${Math.round((current.document?.size || 0) / 1024)} KB)`));
  } catch (error) {
    fill(status, `The report is ready, but no link could be made: ${error.message}`);
  }
}

function again() {
  store.forget();
  location.hash = '#/';
}
