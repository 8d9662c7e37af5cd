// The assistant panel of a wizard step: prompt chips, the history, and a reply that streams as server-sent
// events. Read with fetch and a stream reader (EventSource cannot send the guest token header).
import { fill, h } from './dom.js';

/**
 * Fills the panel; with {@code launcher}, puts there the button that opens the panel as a sheet on a phone; with
 * {@code propose(questionId, answer, use)}, shows each answer the assistant proposes at its question too.
 */
export function mount(panel, api, stepId, accept, describe, { launcher, propose } = {}) {
  // Focusable, so that a keyboard can scroll a long conversation (its height is capped).
  const log = h('ol', { class: 'chat-log', id: 'chat-log', 'aria-live': 'polite', 'aria-label': 'Conversation',
    tabindex: 0 });
  const earlier = h('div', { class: 'earlier' });
  const chips = h('div', { class: 'chips' });
  const message = h('textarea', { id: 'chat-message', rows: 2, maxlength: 2000, required: true,
    'aria-describedby': 'chat-keys', onkeydown: (e) => {
      // Enter sends, as in any chat; Shift+Enter starts a new line; an IME composing text keeps its Enter.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        send(message.value);
      }
    } });
  const body = h('div', { id: 'assistant-body', hidden: true },
    chips, earlier, log,
    h('form', { class: 'chat-form', onsubmit: (e) => { e.preventDefault(); send(message.value); } },
      h('label', { for: 'chat-message' }, 'Ask about this step'),
      h('p', { class: 'hint', id: 'chat-keys' }, 'Enter sends, Shift+Enter starts a new line.'), message,
      h('button', { type: 'submit' }, 'Send')));
  // Beside the step (wide screens): a button that shows and hides the conversation in the panel.
  const toggle = h('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', 'aria-controls': 'assistant-body',
    onclick: () => open(body.hidden, toggle) }, 'Ask the assistant');
  // On a phone: the panel is a sheet over the page, opened from the bar at the bottom, closed by its own button.
  const sheet = launcher && h('button', { type: 'button', class: 'sheet-open', 'aria-expanded': 'false',
    'aria-controls': panel.id, onclick: () => open(true, sheet) }, 'Ask the assistant');
  if (launcher) fill(launcher, sheet);
  const close = h('button', { type: 'button', class: 'sheet-close', onclick: () => open(false) }, 'Close the assistant');
  fill(panel, h('div', { class: 'assistant-head' }, h('h2', { id: 'assistant-title' }, 'Assistant'), close), toggle, body);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !body.hidden) {
      e.preventDefault();
      open(false);
    }
  });
  let loaded = false;
  // The saved conversation, once asked for: a message is sent only after it came (or failed), so that the saved
  // conversation cannot hold the new message too and show it twice, or after it.
  let history = Promise.resolve();
  let opener = toggle;
  // The width below which the panel is a sheet (app.css): turning the phone, or a wider window, ends the covering.
  const phone = window.matchMedia('(max-width: 47.99rem)');
  phone.addEventListener('change', () => contain(!body.hidden));

  function open(show, from) {
    if (from) opener = from;
    body.hidden = !show;
    panel.classList.toggle('open', show);
    toggle.setAttribute('aria-expanded', String(show));
    toggle.textContent = show ? 'Hide the assistant' : 'Ask the assistant';
    if (sheet) sheet.setAttribute('aria-expanded', String(show));
    if (show && !loaded) {
      loaded = true;
      api.prompts(stepId).then((p) => fill(chips, p.prompts.map((text) =>
        h('button', { type: 'button', class: 'chip', onclick: () => send(text) }, text)))).catch(() => {});
      history = api.history().then((saved) => shown(saved.messages.slice().reverse())).then(newest).catch(() => {});
    }
    contain(show);
    if (show) message.focus();
    else {
      // Focus goes back to the button that opened the assistant (or the one that can open it on this screen).
      const back = [opener, sheet, toggle].find((b) => b && b.checkVisibility());
      if (back) back.focus();
    }
  }

  /**
   * On a phone the open sheet covers the page: the page behind it (the step, the header and the footer) is inert
   * meanwhile, so Tab and a screen reader's cursor stay in the sheet; closing it, or leaving the step, gives it back.
   * The page's heading stays readable (it names where the sheet is); it holds nothing to focus.
   */
  function contain(on) {
    if (!panel.isConnected) return;
    const covering = on && phone.matches;
    const inert = (elements) => elements.forEach((e) => {
      if (e === panel || e.tagName === 'H1') return;
      if (e.querySelector('h1')) inert([...e.children]);
      else e.toggleAttribute('inert', covering);
    });
    inert([...panel.parentElement.children, document.querySelector('.site-header'), document.querySelector('.site-footer')]
      .filter(Boolean));
    if (covering) window.addEventListener('hashchange', () => contain(false), { once: true });
  }

  /**
   * The conversation so far, oldest first: this step's messages; the other steps' behind a button, in their place
   * in time.
   */
  function shown(messages) {
    const others = messages.filter((m) => m.stepId !== stepId).length;
    messages.forEach((m) => {
      const item = entry(m.role, m.content, m.suggestions);
      if (m.stepId !== stepId) {
        item.classList.add('other-step');
        item.hidden = true;
      }
      log.append(item);
    });
    if (others === 0) return;
    const more = h('button', { type: 'button', class: 'more', 'aria-expanded': 'false', 'aria-controls': 'chat-log',
      onclick: () => {
        const showing = more.getAttribute('aria-expanded') !== 'true';
        log.querySelectorAll('.other-step').forEach((item) => { item.hidden = !showing; });
        more.setAttribute('aria-expanded', String(showing));
        fill(more, showing ? 'Hide earlier conversation' : label);
      } });
    const label = `Show earlier conversation (${others === 1 ? 'one message' : `${others} messages`} from other steps)`;
    fill(earlier, fill(more, label));
  }

  /** Keeps the newest message in view (its "Use this answer" button included), in the log and on the page. */
  function newest() {
    log.scrollTop = log.scrollHeight;
    const last = [...log.children].filter((item) => !item.hidden).pop();
    if (last) last.scrollIntoView({ block: 'nearest' });
  }

  function entry(role, text, suggestions = []) {
    const content = h('p', { class: 'text' }, text);
    const item = h('li', { class: `message ${role}` },
      h('span', { class: 'who' }, role === 'user' ? 'You' : 'Assistant'), content);
    suggestions.forEach((s) => item.append(suggestion(s)));
    return item;
  }

  /** A proposed answer with its button; one proposed now is shown at its question too. */
  function suggestion(s, live = false) {
    let card = null;
    const use = () => {
      accept(s.questionId, s.value);
      button.disabled = true;
      if (card) card.remove();
    };
    const button = h('button', { type: 'button', onclick: use }, 'Use this answer');
    const { question, answer } = describe(s.questionId, s.value);
    if (live && propose) card = propose(s.questionId, answer, use);
    return h('p', { class: 'suggestion' }, `Suggested answer to “${question}”: ${answer}. `, button);
  }

  async function send(text) {
    const trimmed = text.trim();
    if (!trimmed) return;
    message.value = '';
    await history;
    log.append(entry('user', trimmed));
    const reply = entry('assistant', '');
    reply.classList.add('streaming');
    log.append(reply);
    newest();
    log.setAttribute('aria-busy', 'true');
    const content = reply.querySelector('.text');
    try {
      const response = await api.chat(trimmed, stepId);
      await events(response, (name, data) => {
        if (name === 'token') content.textContent += data.text;
        else if (name === 'suggestion') reply.append(suggestion(data, true));
        else if (name === 'error') content.textContent += ` (The reply stopped: ${data.detail || data.message || 'error'})`;
        newest();
      });
    } catch (error) {
      content.textContent = `The assistant could not answer: ${error.message}`;
    } finally {
      reply.classList.remove('streaming');
      newest();
      log.setAttribute('aria-busy', 'false');
    }
  }
}

/** Reads a text/event-stream body and calls onEvent(name, parsed data) for each event. */
async function events(response, onEvent) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value.replaceAll('\r\n', '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0) onEvent(name, JSON.parse(data.join('\n')));
    }
  }
}
