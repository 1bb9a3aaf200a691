/**
 * Where a separable verb splits: read from the zu-infinitive and the participle, because the
 * conjugation tables write some separable verbs as one word ("klarstellte") and cut two-part
 * particles after their first part ("zufügte … hin"). Entries written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { separableParticle, splitFinite } from '../../src/common/separable-verbs.ts';

describe('separableParticle', () => {
  it('reads the particle where the zu-infinitive puts "zu": "klar|zu|stellen"', () => {
    assert.equal(separableParticle('klarstellen', { EIZ: 'klarzustellen', PA2: ['klargestellt'] }), 'klar');
    assert.equal(separableParticle('stattfinden', { EIZ: 'stattzufinden', PA2: ['stattgefunden'] }), 'statt');
  });

  it('a two-part particle stays whole where the participle puts "ge": "hinzu|ge|fügt"', () => {
    assert.equal(separableParticle('hinzufügen', { EIZ: 'hinzuzufügen', PA2: ['hinzugefügt'] }), 'hinzu');
  });

  it('a verb whose zu-infinitive is two words does not separate', () => {
    assert.equal(separableParticle('verstehen', { EIZ: 'zu verstehen', PA2: ['verstanden'] }), null);
    assert.equal(separableParticle('antworten', { EIZ: 'zu antworten', PA2: ['geantwortet'] }), null);
  });

  it("without a zu-infinitive the table's own split decides", () => {
    assert.equal(separableParticle('zurücktreten', { hasPrefix: true, PRÄ: { S: { '3': ['tritt', 'zurück'] } } }), 'zurück');
    assert.equal(separableParticle('treten', { PRÄ: { S: { '3': 'tritt' } } }), null);
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
