// Which steps and questions are shown: the questionnaire's skipIf/showIf/hideIf rules over the answers, with the
// semantics of the server's ara.domain.logic.Conditions (a hidden or unanswered question counts as no answer).

/** The ids of the visible questions, and the visible steps in order (valueOf: a visible question's answer). */
export function visible(questionnaire, answers) {
  const shown = new Set();
  const types = {};
  const valueOf = (id) => (shown.has(id) && id in answers ? { type: types[id], value: answers[id] } : null);
  const steps = [];
  for (const step of questionnaire.steps) {
    step.questions.forEach((q) => { types[q.id] = q.type; });
    if (step.skipIf && holds(step.skipIf, valueOf)) continue;
    steps.push(step);
    for (const q of step.questions) {
      const show = (!q.showIf || holds(q.showIf, valueOf)) && !(q.hideIf && holds(q.hideIf, valueOf));
      if (show) shown.add(q.id);
    }
  }
  return { questions: shown, steps, valueOf };
}

/**
 * The questionnaire's cross-checks that fire on the answers, with the semantics of the server's
 * ara.domain.logic.CrossChecks (the result's insights): each with its message ({missing}: the labels of the options
 * not chosen) and the questions involved, in the order the rule names them.
 */
export function warnings(questionnaire, answers) {
  const { valueOf } = visible(questionnaire, answers);
  const fired = [];
  for (const check of questionnaire.crossChecks || []) {
    if (!holds(check.when, valueOf)) continue;
    const involved = named(check.when);
    if (!check.question) {
      fired.push({ id: check.id, message: check.message.replaceAll('{missing}', ''), questions: involved });
      continue;
    }
    // Only an answered question can lack something; an unanswered one is still in progress.
    const answer = valueOf(check.question);
    const chosen = answer && (Array.isArray(answer.value) ? answer.value : typeof answer.value === 'string' ? [answer.value] : null);
    if (!chosen) continue;
    const missing = check.requiredOptions.filter((o) => !chosen.includes(o));
    if (missing.length === 0) continue;
    const options = questionnaire.steps.flatMap((s) => s.questions).find((q) => q.id === check.question).options;
    const label = (id) => (options.find((o) => o.id === id) || { label: id }).label;
    fired.push({ id: check.id, message: check.message.replaceAll('{missing}', missing.map(label).join(', ')),
      questions: [...new Set([...involved, check.question])] });
  }
  return fired;
}

function named(condition) {
  if (condition.all || condition.any) return [...new Set((condition.all || condition.any).flatMap(named))];
  return [condition.question];
}

function holds(condition, valueOf) {
  if (condition.all) return condition.all.every((c) => holds(c, valueOf));
  if (condition.any) return condition.any.some((c) => holds(c, valueOf));
  const answer = valueOf(condition.question);
  const value = answer && answer.value;
  const operand = condition.value;
  switch (condition.operator) {
    case 'equals': return equal(value, operand);
    case 'not_equals': return !equal(value, operand);
    case 'greater_than': return compare(value, operand, (d) => d > 0);
    case 'less_than': return compare(value, operand, (d) => d < 0);
    case 'greater_or_equal': return compare(value, operand, (d) => d >= 0);
    case 'less_or_equal': return compare(value, operand, (d) => d <= 0);
    case 'contains': return contains(answer, operand);
    case 'not_contains': return !contains(answer, operand);
    case 'in': return inside(value, operand);
    case 'not_in': return !inside(value, operand);
    case 'is_empty': return empty(answer);
    case 'is_not_empty': return !empty(answer);
    default: return false;
  }
}

function equal(value, operand) {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) {
    const expected = new Set(Array.isArray(operand) ? operand : [operand]);
    return value.length === expected.size && value.every((v) => expected.has(v));
  }
  return value === operand;
}

function compare(value, operand, accept) {
  const measure = typeof value === 'number' ? value : Array.isArray(value) ? value.length : NaN;
  return !Number.isNaN(measure) && typeof operand === 'number' && accept(Math.sign(measure - operand));
}

function contains(answer, operand) {
  if (!answer) return false;
  const { type, value } = answer;
  if (Array.isArray(value)) return Array.isArray(operand) ? operand.every((o) => value.includes(o)) : value.includes(operand);
  if (type === 'text_input') return typeof operand === 'string' && value.includes(operand);
  return typeof value === 'string' && value === operand;
}

function inside(value, operand) {
  const allowed = Array.isArray(operand) ? operand : typeof operand === 'string' ? [operand] : [];
  if (Array.isArray(value)) return value.some((v) => allowed.includes(v));
  return typeof value === 'string' && allowed.includes(value);
}

function empty(answer) {
  if (!answer) return true;
  const { value } = answer;
  return (Array.isArray(value) && value.length === 0) || (answer.type === 'text_input' && value.trim() === '');
}
