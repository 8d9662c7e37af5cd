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
