// The pages' visibility rules (ara-adapters-web's static/visibility.js) against the semantics of the server's
// ara.domain.logic.Conditions: which questions and steps a questionnaire's showIf/hideIf/skipIf rules hide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visible } from '../../../../ara-adapters-web/src/main/resources/ara/adapter/web/static/visibility.js';

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
