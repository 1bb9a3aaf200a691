/**
 * Whether a name after a copula closes its clause (clause-end.ts). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../../src/text/lexicon/index.ts';
import { closesClause } from '../../../src/text/people/clause-end.ts';
import type { WorkingPerson } from '../../../src/text/people/working.ts';

/** Whether "Georg Wallner" (tokens 3-4, after "ROLE COPULA") closes its clause in `text`. */
function closes(text: string): boolean {
  const tokens = tokenize(splitSentences(text));
  assert.equal(tokens[3]?.text, 'Georg');
  const georg = {} as WorkingPerson;
  return closesClause(tokens, 3, georg, new Map([[3, georg]]), new Map([[3, 4]]));
}

test('the name closes the clause: the end of the sentence, a comma, a closing verb, a relative without its comma', () => {
  assert.equal(closes('Der Trainer ist Georg Wallner.'), true);
  assert.equal(closes('Der Trainer ist Georg Wallner, der aus Berlin kommt.'), true);
  assert.equal(closes('Der Trainer wird Georg Wallner sein.'), true);
  assert.equal(closes('Der Trainer ist Georg Wallner der aus Berlin kommt.'), true);
});

test('the name does not close it: an object of the subject the role opens', () => {
  assert.equal(closes('Der Täter war Georg Wallner nicht bekannt.'), false);
  assert.equal(closes('Die Kanzlerin wird Georg Wallner morgen treffen.'), false);
  assert.equal(closes('Der Präsident war Georg Wallner dankbar.'), false);
});

test('no mention of the person after `from`: false', () => {
  const tokens = tokenize(splitSentences('Der Trainer ist nicht bekannt.'));
  assert.equal(closesClause(tokens, 3, {} as WorkingPerson, new Map(), new Map()), false);
});
