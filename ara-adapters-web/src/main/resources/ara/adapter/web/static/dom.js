// Builds DOM nodes. Text always goes in as text nodes: nothing from the server or the user is parsed as HTML.

/** h('p', {class: 'x', onclick: fn}, 'text', child…) → an element. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else if (name === 'for') el.htmlFor = value;
    else if (name === 'checked' || name === 'value') el[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Shows a view in main and moves focus to its heading, so that screen readers announce the new page. */
export function show(main, ...children) {
  fill(main, ...children);
  const heading = main.querySelector('h1, h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

/** A percentage for people: one decimal at most. */
export function percent(value) {
  return `${Math.round(value * 10) / 10} %`;
}

/** 'security_readiness' → 'Security readiness' (used only when no title is given). */
export function words(id) {
  const text = String(id).replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The public framework items a question rests on (questionnaire format 2), each named by its source (with a link
 * when the source has one); null when there are none.
 */
export function references(items, sources) {
  if (!Array.isArray(items) || items.length === 0) return null;
  const byId = new Map((sources || []).map((s) => [s.id, s]));
  return h('div', { class: 'references' }, h('p', {}, 'This question rests on:'),
    h('ul', {}, items.map((r) => {
      const source = byId.get(r.source);
      const named = source && source.url
        ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.title)
        : source ? source.title : r.source;
      return h('li', {}, `${r.item}, `, named);
    })));
}
