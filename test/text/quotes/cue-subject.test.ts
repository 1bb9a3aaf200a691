/**
 * Clues to a cue's subject away from the cue (src/text/quotes/cue-subject.ts). Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { subordinateSubject, wieClause } from '../../../src/text/quotes/cue-subject.ts';
import { contextOf } from '../../support/quotes.ts';

describe('wieClause', () => {
  it('a cue closing a clause opened by "Wie" names the one person in it', () => {
    const { ctx, at } = contextOf('Wie Anna Roth am Montag mitteilte, ist die Brücke gesperrt.');
    assert.equal(wieClause(ctx, at('mitteilte')), 'Anna Roth');
  });

  it('null with two people in the clause, undefined when the cue is in no wie-clause', () => {
    const two = contextOf('Wie Anna Roth und Markus Weber mitteilten, ist die Brücke gesperrt.');
    assert.equal(wieClause(two.ctx, two.at('mitteilten')), null);
    const none = contextOf('Anna Roth teilte am Montag mit, die Brücke sei gesperrt.');
    assert.equal(wieClause(none.ctx, none.at('teilte')), undefined);
  });
});

describe('subordinateSubject', () => {
  it('in a clause opened by a conjunction, the first person after it', () => {
    const { ctx, at } = contextOf('Er schwieg, zumal Markus Weber immer wieder betont hatte, er sei unschuldig.');
    assert.equal(subordinateSubject(ctx, at('betont')), 'Markus Weber');
  });

  it('undefined in a main clause', () => {
    const { ctx, at } = contextOf('Markus Weber hatte immer wieder betont, er sei unschuldig.');
    assert.equal(subordinateSubject(ctx, at('betont')), undefined);
  });
});
