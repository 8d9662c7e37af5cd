// The assistant panel of a wizard step: prompt chips, the history, and a reply that streams as server-sent
// events. Read with fetch and a stream reader (EventSource cannot send the guest token header).
import { fill, h } from './dom.js';

export function mount(panel, api, stepId, accept, describe) {
  // Focusable, so that a keyboard can scroll a long conversation (its height is capped).
  const log = h('ol', { class: 'chat-log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: 0 });
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
    chips, log,
    h('form', { class: 'chat-form', onsubmit: (e) => { e.preventDefault(); send(message.value); } },
      h('label', { for: 'chat-message' }, 'Ask about this step'),
      h('p', { class: 'hint', id: 'chat-keys' }, 'Enter sends, Shift+Enter starts a new line.'), message,
      h('button', { type: 'submit' }, 'Send')));
  const toggle = h('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', 'aria-controls': 'assistant-body',
    onclick: () => open(body.hidden) }, 'Ask the assistant');
  fill(panel, h('h2', { id: 'assistant-title' }, 'Assistant'), toggle, body);
  let loaded = false;

  function open(show) {
    body.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
    toggle.textContent = show ? 'Hide the assistant' : 'Ask the assistant';
    if (show && !loaded) {
      loaded = true;
      api.prompts(stepId).then((p) => fill(chips, p.prompts.map((text) =>
        h('button', { type: 'button', class: 'chip', onclick: () => send(text) }, text)))).catch(() => {});
      api.history().then((history) => history.messages.slice().reverse()
        .forEach((m) => log.append(entry(m.role, m.content, m.suggestions)))).then(newest).catch(() => {});
    }
    if (show) message.focus();
  }

  /** Keeps the newest message in view (its "Use this answer" button included), in the log and on the page. */
  function newest() {
    log.scrollTop = log.scrollHeight;
    const last = log.lastElementChild;
    if (last) last.scrollIntoView({ block: 'nearest' });
  }

  function entry(role, text, suggestions = []) {
    const content = h('p', { class: 'text' }, text);
    const item = h('li', { class: `message ${role}` },
      h('span', { class: 'who' }, role === 'user' ? 'You' : 'Assistant'), content);
    suggestions.forEach((s) => item.append(suggestion(s)));
    return item;
  }

  function suggestion(s) {
    const button = h('button', { type: 'button', onclick: () => { accept(s.questionId, s.value); button.disabled = true; } },
      'Use this answer');
    const { question, answer } = describe(s.questionId, s.value);
    return h('p', { class: 'suggestion' }, `Suggested answer to “${question}”: ${answer}. `, button);
  }

  async function send(text) {
    const trimmed = text.trim();
    if (!trimmed) return;
    message.value = '';
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
        else if (name === 'suggestion') reply.append(suggestion(data));
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
