// The pages' visibility rules (ara-adapters-web's static/visibility.js) against the semantics of the server's
// ara.domain.logic.Conditions: which questions and steps a questionnaire's showIf/hideIf/skipIf rules hide.
// And the cross-checks (the result's insights, ara.domain.logic.CrossChecks) the page shows as answers trigger them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { visible, warnings } from '../../../../ara-adapters-web/src/main/resources/ara/adapter/web/static/visibility.js';

const question = (id, type, rules = {}) => ({ id, type, options: [], ...rules });
const questionnaire = {
  steps: [
    { id: 'one', questions: [question('size', 'single_select'), question('tools', 'multi_select'),
      question('staff', 'number_input'), question('notes', 'text_input'),
      question('eu', 'yes_no'),
      question('why', 'text_input', { showIf: { question: 'size', operator: 'in', value: ['large', 'enterprise'] } }),
      question('which', 'text_input', { hideIf: { question: 'tools', operator: 'is_empty' } }),
      question('gdpr', 'yes_no', { showIf: { all: [{ question: 'eu', operator: 'equals', value: true },
        { question: 'staff', operator: 'greater_or_equal', value: 250 }] } }),
      question('chain', 'text_input', { showIf: { question: 'why', operator: 'is_not_empty' } })] },
    { id: 'two', skipIf: { any: [{ question: 'size', operator: 'equals', value: 'startup' },
      { question: 'tools', operator: 'contains', value: ['a', 'b'] }] }, questions: [question('later', 'number_input')] },
    { id: 'three', skipIf: { question: 'notes', operator: 'contains', value: 'skip' },
      questions: [question('last', 'text_input')] },
  ],
};
const shown = (answers) => [...visible(questionnaire, answers).questions].sort();
const steps = (answers) => visible(questionnaire, answers).steps.map((s) => s.id);

test('shows a question only when its showIf holds', () => {
  assert.ok(!shown({}).includes('why'));
  assert.ok(!shown({ size: 'small' }).includes('why'));
  assert.ok(shown({ size: 'enterprise' }).includes('why'));
});

test('hides a question when its hideIf holds: an unanswered or empty multi select is empty', () => {
  assert.ok(!shown({}).includes('which'));
  assert.ok(!shown({ tools: [] }).includes('which'));
  assert.ok(shown({ tools: ['a'] }).includes('which'));
});

test('an all group needs every member; numbers compare; flags are equal only to flags', () => {
  assert.ok(!shown({ eu: true, staff: 100 }).includes('gdpr'));
  assert.ok(shown({ eu: true, staff: 250 }).includes('gdpr'));
  assert.ok(!shown({ eu: 'true', staff: 300 }).includes('gdpr'));
});

test('the answer of a hidden question counts as no answer', () => {
  assert.ok(!shown({ size: 'small', why: 'kept from before' }).includes('chain'));
  assert.ok(shown({ size: 'large', why: 'because' }).includes('chain'));
});

test('skips a step when its skipIf holds, with any groups and list operands', () => {
  assert.deepEqual(steps({}), ['one', 'two', 'three']);
  assert.deepEqual(steps({ size: 'startup' }), ['one', 'three']);
  assert.deepEqual(steps({ tools: ['a'] }), ['one', 'two', 'three']);
  assert.deepEqual(steps({ tools: ['b', 'a', 'c'] }), ['one', 'three']);
  assert.deepEqual(steps({ notes: 'please skip this' }), ['one', 'two']);
  assert.ok(!shown({ size: 'startup' }).includes('later'));
});

// The shipped full questionnaire's own rules (read from the catalog's source file, the document the server serves
// the wizard), one test per operator it uses, so a rule the pages would read differently shows here.
const full = JSON.parse(readFileSync(new URL(
  '../../../../ara-adapters-catalog/src/main/resources/ara/adapter/catalog/full-v1.json', import.meta.url), 'utf8'));
const fullShown = (answers) => visible(full, answers).questions;
const fullSteps = (answers) => visible(full, answers).steps.map((s) => s.id);
const tested = new Set();
const operator = (name, body) => test(`full v1: ${name}`, () => {
  tested.add(name);
  body();
});

operator('equals', () => {
  // A flag: the EU AI Act questions come with EU exposure only.
  assert.ok(fullShown({ eu_exposure: true }).has('eu_ai_act_classification'));
  assert.ok(!fullShown({ eu_exposure: false }).has('eu_ai_act_classification'));
  assert.ok(!fullShown({}).has('eu_ai_act_classification'));
  // A choice, on a step: without AI in use the Operations step is skipped with its questions.
  assert.ok(!fullSteps({ ai_stage: 'none' }).includes('operations'));
  assert.ok(!fullShown({ ai_stage: 'none' }).has('observability'));
  assert.ok(fullSteps({ ai_stage: 'pilots' }).includes('operations'));
  assert.ok(fullSteps({}).includes('operations'));
  assert.equal(fullSteps({}).length, 8);
});

operator('in', () => {
  // On a single choice: production questions for production stages only.
  assert.ok(fullShown({ ai_stage: 'production' }).has('agent_evaluation'));
  assert.ok(fullShown({ ai_stage: 'scaled' }).has('kill_switch'));
  assert.ok(!fullShown({ ai_stage: 'pilots' }).has('agent_evaluation'));
  // On a multiple choice: any one of the listed options is enough; "none" and "I don't know" are not listed.
  assert.ok(fullShown({ regulated_data: ['payment_data'] }).has('personal_data_minimisation'));
  assert.ok(fullShown({ regulated_data: ['children_data', 'health_data'] }).has('dpia'));
  assert.ok(!fullShown({ regulated_data: ['none'] }).has('dpia'));
  assert.ok(!fullShown({ regulated_data: ['unknown'] }).has('personal_data_minimisation'));
  assert.ok(fullShown({ agent_actions: ['read_only', 'write_external'] }).has('rollback_capability'));
  assert.ok(!fullShown({ agent_actions: ['read_only'] }).has('approval_workflow'));
});

operator('contains', () => {
  // showIf: payments bring up payment limits.
  assert.ok(fullShown({ agent_actions: ['write_internal', 'payments'] }).has('payment_limits'));
  assert.ok(!fullShown({ agent_actions: ['write_internal'] }).has('payment_limits'));
  // hideIf: no knowledge sources, no question about their permissions; unanswered, it is asked.
  assert.ok(!fullShown({ knowledge_sources: ['none'] }).has('retrieval_permissions'));
  assert.ok(fullShown({ knowledge_sources: ['policies'] }).has('retrieval_permissions'));
  assert.ok(fullShown({}).has('retrieval_permissions'));
});

operator('not_equals', () => {
  // In an all group with a flag: deployer duties need EU exposure and some AI in use.
  assert.ok(fullShown({ eu_exposure: true, ai_stage: 'exploring' }).has('deployer_duties'));
  assert.ok(!fullShown({ eu_exposure: true, ai_stage: 'none' }).has('deployer_duties'));
  assert.ok(!fullShown({ eu_exposure: false, ai_stage: 'exploring' }).has('deployer_duties'));
  // An unanswered question is not equal to anything (as on the server).
  assert.ok(fullShown({ eu_exposure: true }).has('deployer_duties'));
});

test('full v1: nested any inside all (the fundamental rights assessment)', () => {
  assert.ok(fullShown({ eu_exposure: true, industry: 'education' }).has('fundamental_rights_assessment'));
  assert.ok(fullShown({ eu_exposure: true, industry: 'retail', regulated_data: ['health_data'] })
    .has('fundamental_rights_assessment'));
  assert.ok(!fullShown({ eu_exposure: true, industry: 'retail', regulated_data: ['personal_data'] })
    .has('fundamental_rights_assessment'));
  assert.ok(!fullShown({ eu_exposure: false, industry: 'finance' }).has('fundamental_rights_assessment'));
});

test('full v1: every operator its rules use is tested above', () => {
  const used = new Set();
  const walk = (c) => {
    if (!c) return;
    if (c.all || c.any) (c.all || c.any).forEach(walk);
    else used.add(c.operator);
  };
  for (const step of full.steps) {
    walk(step.skipIf);
    step.questions.forEach((q) => { walk(q.showIf); walk(q.hideIf); });
  }
  assert.deepEqual([...used].sort(), [...tested].sort());
});

test('full v1: a cross-check fires on visible answers only, and goes when an answer changes', () => {
  const ids = (answers) => warnings(full, answers).map((w) => w.id);
  const production = { ai_stage: 'production', agent_evaluation: 'none' };
  assert.ok(ids(production).includes('production_without_evaluation'));
  assert.deepEqual(warnings(full, production).find((w) => w.id === 'production_without_evaluation').questions,
    ['ai_stage', 'agent_evaluation']);
  assert.ok(!ids({ ...production, agent_evaluation: 'continuous' }).includes('production_without_evaluation'));
  // With no AI in use the Operations step is skipped: its answers count as none.
  assert.ok(!ids({ ...production, ai_stage: 'none' }).includes('production_without_evaluation'));
});

test('full v1: a cross-check with required options names the missing ones, only once the question is answered', () => {
  const cost = (answers) => warnings(full, answers).find((w) => w.id === 'production_without_cost_controls');
  assert.equal(cost({ ai_stage: 'scaled' }), undefined);
  const fired = cost({ ai_stage: 'scaled', cost_controls: ['alerts'] });
  assert.match(fired.message, /without these cost controls: A budget per agent or use case\. /);
  assert.deepEqual(fired.questions, ['ai_stage', 'cost_controls']);
  assert.equal(cost({ ai_stage: 'scaled', cost_controls: ['alerts', 'budgets'] }), undefined);
});
