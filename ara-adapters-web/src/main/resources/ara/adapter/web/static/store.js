// The audit this browser works on: its id and guest token, kept in localStorage so that a reload or a later
// visit resumes it. The token is the only key to a guest audit.
const KEY = 'ara.audit';

export function current() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY));
    return saved && typeof saved.auditId === 'string' && typeof saved.guestToken === 'string' ? saved : null;
  } catch {
    return null;
  }
}

export function remember(auditId, guestToken, organizationName, questionnaireId) {
  localStorage.setItem(KEY, JSON.stringify({ auditId, guestToken, organizationName, questionnaireId }));
}

export function forget() {
  localStorage.removeItem(KEY);
}

// Answers whose save failed on the network, per audit: kept here (not only in memory) so that a reload or another
// step does not lose them; sent again when the browser is back online and on the next navigation.
const OUTBOX = 'ara.outbox.';

/** questionId → value (null: clear the answer) not yet acknowledged by the server. */
export function queued(auditId) {
  try {
    const saved = JSON.parse(localStorage.getItem(OUTBOX + auditId));
    return saved && typeof saved === 'object' ? saved : {};
  } catch {
    return {};
  }
}

export function queue(auditId, questionId, value) {
  const all = queued(auditId);
  all[questionId] = value === undefined ? null : value;
  localStorage.setItem(OUTBOX + auditId, JSON.stringify(all));
}

export function unqueue(auditId, questionId) {
  const all = queued(auditId);
  if (!(questionId in all)) return;
  delete all[questionId];
  if (Object.keys(all).length === 0) localStorage.removeItem(OUTBOX + auditId);
  else localStorage.setItem(OUTBOX + auditId, JSON.stringify(all));
}

// Audits this browser started before the current one: starting over keeps their keys here, so that an audit (and
// its results) stays reachable. The newest first, at most ten.
const PREVIOUS = 'ara.previous';

export function previous() {
  try {
    const saved = JSON.parse(localStorage.getItem(PREVIOUS));
    return Array.isArray(saved) ? saved.filter((s) => s && typeof s.auditId === 'string'
      && typeof s.guestToken === 'string') : [];
  } catch {
    return [];
  }
}

/** Moves the current audit (if any) to the previous ones; there is no current audit afterwards. */
export function archive() {
  const session = current();
  if (session) {
    const kept = previous().filter((s) => s.auditId !== session.auditId);
    localStorage.setItem(PREVIOUS, JSON.stringify([{ ...session, leftAt: new Date().toISOString() }, ...kept]
      .slice(0, 10)));
  }
  forget();
}

/** Makes a previous audit the current one again (the current one, if any, becomes a previous one). */
export function reopen(auditId) {
  const chosen = previous().find((s) => s.auditId === auditId);
  if (!chosen) return;
  archive();
  localStorage.setItem(PREVIOUS, JSON.stringify(previous().filter((s) => s.auditId !== auditId)));
  remember(chosen.auditId, chosen.guestToken, chosen.organizationName, chosen.questionnaireId);
}
