/**
 * Title phrases standing without a name (bare-phrase.ts). The phrases are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLexicon, splitSentences, tokenize } from '../../../src/text/lexicon/index.ts';
import { rolePhraseAt, rolePhraseFrom } from '../../../src/text/people/bare-phrase.ts';
import { renderRole } from '../../../src/text/people/roles.ts';

const lex = defaultLexicon();
const tokens = (text: string) => tokenize(splitSentences(text));

test('rolePhraseAt: an article, the title in its nominative singular and a complement; no name after it', () => {
  const role = rolePhraseAt(tokens('Der US-Sondergesandte für Nordkorea hatte'), 0, lex);
  assert.ok(role);
  assert.equal(renderRole(role, 'unknown'), 'US-Sondergesandter für Nordkorea');
  assert.equal(rolePhraseAt(tokens('Der Trainer Karl Weber kam'), 0, lex), undefined);
  assert.equal(rolePhraseAt(tokens('Der Parteivorsitzenden wurde gedankt'), 0, lex), undefined);
  assert.equal(rolePhraseAt(tokens('Die Minister kamen'), 0, lex), undefined);
});

test('rolePhraseFrom: a title with no article, a rank in a body; nothing at a word that is no title', () => {
  const role = rolePhraseFrom(tokens('ist neuer Regierungschef Japans'), 1, lex);
  assert.ok(role);
  assert.equal(renderRole(role, 'male'), 'neuer Regierungschef Japans');
  const rank = rolePhraseFrom(tokens('Nummer Zwei der Partei'), 0, lex);
  assert.ok(rank);
  assert.equal(renderRole(rank, 'male'), 'Nummer Zwei der Partei');
  assert.equal(rolePhraseFrom(tokens('ist neues Haus'), 1, lex), undefined);
});
