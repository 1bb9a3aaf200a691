import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createAnalyser, stem } from '../../src/search/analyser.ts';
import { MYTHES_DE, plainMembers, serialiseGroups, synonymGroups } from '../../src/search/thesaurus-source.ts';

// a MyThes file written for the tests: an entry line "word|meanings", then one line per meaning
const dat = [
  'UTF-8',
  'polizeiauto|1',
  '-|Streifenwagen|Polizeiauto (Hauptform)|Peterwagen (ugs.)|Fahrzeug (Oberbegriff)|Kfz',
  'streifenwagen|1',
  '-|Streifenwagen|Polizeiauto (Hauptform)|Peterwagen (ugs.)|Fahrzeug (Oberbegriff)|Kfz',
  'schnell|1',
  '-|schnell|rasch|flott',
  'wagen|1',
  '-|Wagen|Wagens|Auto fahren',
  'lage|1',
  '-|Lage|Situation|Zustand (geh.)',
].join('\n');

const termOf = (folded: string) => (['der', 'die'].includes(folded) ? null : stem(folded));

describe('plainMembers: the single words of a meaning in their plain sense', () => {
  it('keeps words without tags and those marked only as the usual word', () => {
    assert.deepEqual(plainMembers('-|Streifenwagen|Polizeiauto (Hauptform)|Peterwagen (ugs.)|Fahrzeug (Oberbegriff)'), ['Streifenwagen', 'Polizeiauto']);
  });

  it('drops words of several parts, with digits or hyphens, and shorter than three letters', () => {
    assert.deepEqual(plainMembers('-|Auto fahren|E-Auto|5-Euro-Schein|Kfz|KZ|Pkw'), ['Kfz', 'Pkw']);
  });

  it('drops a word with any other tag, also in a list ("(ugs., fig.)")', () => {
    assert.deepEqual(plainMembers('-|Bulle (ugs., fig.)|Polizist|Schutzmann (veraltet)'), ['Polizist']);
  });
});

describe('synonymGroups: what the analyser can use of a MyThes file', () => {
  const groups = synonymGroups(dat, termOf);

  it('keeps meanings whose words are all nouns, folded, each group once, sorted', () => {
    assert.deepEqual(groups, [
      ['kfz', 'polizeiauto', 'streifenwagen'],
      ['lage', 'situation'],
    ]);
  });

  it('drops a group whose words are one term ("Wagen", "Wagens") and meanings of adjectives or verbs', () => {
    assert.equal(groups.length, 2);
    assert.ok(!groups.flat().includes('wagen'));
    assert.ok(!groups.flat().includes('schnell'));
  });

  it('drops function words', () => {
    assert.deepEqual(synonymGroups('-|Der|Die|Artikel', termOf), []);
  });

  it('writes one group a line', () => {
    assert.equal(serialiseGroups(groups), '[\n  "kfz polizeiauto streifenwagen",\n  "lage situation"\n]\n');
  });
});

describe('synonyms.json: the generation from the installed mythes-de', () => {
  it('is what npm run thesaurus:generate writes (skipped without mythes-de)', { skip: !existsSync(MYTHES_DE) }, () => {
    const analyser = createAnalyser();
    const groups = synonymGroups(readFileSync(MYTHES_DE, 'utf8'), (folded) => analyser.word(folded)?.term ?? null);
    assert.ok(groups.length > 10_000);
    const committed = readFileSync(fileURLToPath(new URL('../../src/search/synonyms.json', import.meta.url)), 'utf8');
    assert.ok(serialiseGroups(groups) === committed, 'src/search/synonyms.json differs from the generation: npm run thesaurus:generate');
  });
});
