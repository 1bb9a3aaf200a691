/**
 * How eval/quotes.ts judges a prediction against a gold quote (eval/quotes-judge.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { overlaps, sameType, speakerOk, typeGroup } from '../../eval/quotes-judge.ts';

describe('sameType (recall counts a gold quote found only by a prediction of its type)', () => {
  it('a direct gold quote by a direct prediction, an indirect one by an indirect prediction', () => {
    assert.equal(sameType({ type: 'direct' }, { type: 'Direct' }), true);
    assert.equal(sameType({ type: 'indirect' }, { type: 'Indirect' }), true);
    assert.equal(sameType({ type: 'indirect' }, { type: 'IndirectFreeIndirect' }), true);
  });

  it('not across types: the indirect quote around a direct one does not find it, nor the reverse', () => {
    assert.equal(sameType({ type: 'indirect' }, { type: 'Direct' }), false);
    assert.equal(sameType({ type: 'direct' }, { type: 'Indirect' }), false);
    assert.equal(sameType({ type: 'direct' }, { type: 'Reported' }), false);
    assert.equal(typeGroup('FreeIndirect'), 'other');
  });
});

describe('overlaps and speakerOk', () => {
  it('spans match when they share half of the shorter one', () => {
    assert.equal(overlaps({ start: 0, end: 10 }, { start: 5, end: 30 }), true);
    assert.equal(overlaps({ start: 0, end: 10 }, { start: 6, end: 30 }), false);
    assert.equal(overlaps({ start: 0, end: 10 }, { start: 10, end: 30 }), false);
  });

  it('a speaker is right by full name or last word, genitive -s allowed, as whole words', () => {
    assert.equal(speakerOk('Anna Roth', 'Die Ministerin Anna Roth'), true);
    assert.equal(speakerOk('Anna Roth', 'Roths Sprecher'), true);
    assert.equal(speakerOk('Anna Roth', 'Rothmann'), false);
  });
});
