// The API client: JSON in and out, the guest token on every call, problem+json turned into an ApiError.
const BASE = '/api/v1';

/** A failed call: the HTTP status (0: no answer), the problem's words and its field errors. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The request failed (HTTP ${status}).`);
    this.status = status;
    this.type = problem.type || '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }

  /** The messages about one field ('value', 'email' …), or every message when none names it. */
  messagesFor(field) {
    const named = this.errors.filter((e) => e.field === field).map((e) => e.message);
    return named.length > 0 ? named : [this.message];
  }
}

/** Sends a request; answers the parsed body (null when empty), or the Response itself for a stream. */
export async function call(method, path, { token, body, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  if (token) headers['X-Guest-Token'] = token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(BASE + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
      // An answer sent while the page is being left (a pending autosave) still reaches the server.
      keepalive: method === 'PUT' || method === 'DELETE',
    });
  } catch {
    throw new ApiError(0, { detail: 'The server could not be reached. Check your connection and try again.' });
  }
  if (response.ok && accept === 'text/event-stream') return response;
  const type = response.headers.get('Content-Type') || '';
  const text = await response.text();
  const data = text && type.includes('json') ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data || { detail: plainStatus(response.status) });
  return data;
}

function plainStatus(status) {
  if (status === 429) return 'Too many requests just now. Wait a moment and try again.';
  if (status >= 500) return 'The server had a problem. Try again in a moment.';
  return `The request failed (HTTP ${status}).`;
}

/**
 * Exchanges a mailed resume link's token for its audit and a new guest token (POST /audits/resume): the session
 * moves to this browser.
 */
export function resumeAudit(token) {
  return call('POST', '/audits/resume', { body: { token } });
}

/** The calls for one audit, with its guest token. */
export function forAudit(session) {
  const token = session.guestToken;
  const audit = `/audits/${encodeURIComponent(session.auditId)}`;
  return {
    get: () => call('GET', audit, { token }),
    save: (questionId, value) => call('PUT', `${audit}/answers/${encodeURIComponent(questionId)}`,
      { token, body: { value } }),
    clear: (questionId) => call('DELETE', `${audit}/answers/${encodeURIComponent(questionId)}`, { token }),
    giveEmail: (email) => call('POST', `${audit}/guest-email`, { token, body: { email } }),
    resendResumeLink: () => call('POST', `${audit}/resume-link`, { token }),
    submit: () => call('POST', `${audit}/submit`, { token }),
    result: () => call('GET', `${audit}/result`, { token }),
    requestReport: (template) => call('POST', `${audit}/reports`, { token, body: { template } }),
    reports: () => call('GET', `${audit}/reports`, { token }),
    report: (id) => call('GET', `/reports/${encodeURIComponent(id)}`, { token }),
    reportLink: (id) => call('POST', `/reports/${encodeURIComponent(id)}/link`, { token }),
    prompts: (stepId) => call('GET', `${audit}/chat/suggestions?stepId=${encodeURIComponent(stepId)}`, { token }),
    history: () => call('GET', `${audit}/chat/messages?limit=100`, { token }),
    chat: (message, stepId) => call('POST', `${audit}/chat/messages`,
      { token, body: { message, stepId }, accept: 'text/event-stream' }),
  };
}

/** Published versions never change: each is fetched once per page load. */
const versions = new Map();

/** The questionnaire version an audit was started on (a newer one may have been published since). */
export function questionnaire({ id, version }) {
  const key = `${id}@${version}`;
  if (!versions.has(key)) {
    const loading = call('GET', `/questionnaires/${encodeURIComponent(id)}/versions/${encodeURIComponent(version)}`);
    versions.set(key, loading);
    loading.catch(() => versions.delete(key));
  }
  return versions.get(key);
}
/** The questionnaires a new audit can be started on (quick and full), the default first. */
export const listQuestionnaires = () => call('GET', '/questionnaires');

/** Starts a guest audit; without a questionnaire id the server takes its default (classic). */
export const startAudit = (organizationName, questionnaireId) => call('POST', '/audits',
  { body: questionnaireId ? { organizationName, questionnaire: questionnaireId } : { organizationName } });
