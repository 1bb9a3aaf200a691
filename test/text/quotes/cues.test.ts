/**
 * The cue table: verbs of saying in the forms a German clause writes them, separable verbs split
 * into the finite verb and the particle that closes the clause ("stellte … klar"), also where the
 * conjugation tables write them as one word or lack them. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verbs } from '../../../src/text/lexicon/index.ts';
import { buildCues, cueTable } from '../../../src/text/quotes/index.ts';
import { direct } from '../../support/quotes.ts';

describe('separable verbs the tables write as one word', () => {
  it('"klarstellen", "feststellen", "bekanntgeben" give "stellte … klar", "stellte … fest", "gab … bekannt"', () => {
    const finite = cueTable().finite;
    assert.ok(finite.get('stellte')?.some((c) => c.lemma === 'klarstellen' && c.particle === 'klar'));
    assert.ok(finite.get('stellte')?.some((c) => c.lemma === 'feststellen' && c.particle === 'fest'));
    assert.ok(finite.get('gab')?.some((c) => c.lemma === 'bekanntgeben' && c.particle === 'bekannt'));
    // the joined form of a subordinate clause stays: "…, wie er klarstellte"
    assert.ok(finite.get('klarstellte')?.some((c) => c.lemma === 'klarstellen' && c.particle === undefined));
  });

  it('a verb that only looks like particle + verb stays whole: "antwortete" ("tworten" is no verb)', () => {
    assert.deepEqual(buildCues(verbs(), ['antworten']).finite.get('antwortete'), [{ lemma: 'antworten' }]);
    assert.equal(buildCues(verbs(), ['antworten']).finite.get('twortete'), undefined);
  });

  it('"„…“, stellte X klar" and "„…“, gab X bekannt" name the speaker after the quote', () => {
    assert.deepEqual(direct('„Wir bleiben bei unserem Kurs“, stellte Klaus Weber klar.'), [['Klaus Weber', 'Wir bleiben bei unserem Kurs']]);
    assert.deepEqual(direct('„Der Vertrag ist unterschrieben“, gab Petra Hahn am Abend bekannt.'), [['Petra Hahn', 'Der Vertrag ist unterschrieben']]);
  });

  it('without its particle the verb is no cue: "„…“, stellte X den Antrag" names nobody', () => {
    assert.deepEqual(direct('„Wir bleiben bei unserem Kurs“, stellte Klaus Weber den Antrag.'), [[null, 'Wir bleiben bei unserem Kurs']]);
  });
});

describe('separable verbs the tables split after the first part of a two-part particle', () => {
  it('"vorhersagen" gives "sagte … vorher", not the tables\' "hersagte … vor"', () => {
    const cues = buildCues(verbs(), ['vorhersagen']);
    assert.deepEqual(cues.finite.get('sagte'), [{ lemma: 'vorhersagen', particle: 'vorher' }]);
    assert.equal(cues.finite.get('hersagte'), undefined);
  });

  it('"hinzufügen" gives "fügte … hinzu", not "zufügte … hin"', () => {
    const cues = buildCues(verbs(), ['hinzufügen']);
    assert.deepEqual(cues.finite.get('fügte'), [{ lemma: 'hinzufügen', particle: 'hinzu' }]);
    assert.equal(cues.finite.get('zufügte'), undefined);
  });
});

describe('separable verbs the tables lack, built from their base verb', () => {
  it('"herausstreichen" from "streichen": "strich … heraus", "herausgestrichen"', () => {
    const cues = buildCues(verbs(), ['herausstreichen']);
    assert.deepEqual(cues.finite.get('strich'), [{ lemma: 'herausstreichen', particle: 'heraus' }]);
    assert.ok(cues.participles.has('herausgestrichen'));
  });

  it('"„…“, strich X heraus" names the speaker', () => {
    assert.deepEqual(direct('„Ich trete als Konservativer an“, strich Klaus Weber in seiner Rede heraus.'), [['Klaus Weber', 'Ich trete als Konservativer an']]);
  });

  it('a lemma that is no particle plus a known verb gives no forms', () => {
    const cues = buildCues(verbs(), ['herausquatschnen']);
    assert.equal(cues.finite.size, 0);
    assert.equal(cues.participles.size, 0);
  });
});

describe('verbs of saying added in the quotes5 round', () => {
  it('"verlautbarte" and "prognostizierte", missing from the tables, get the forms of a weak verb', () => {
    assert.deepEqual(buildCues(verbs(), ['verlautbaren']).finite.get('verlautbarte'), [{ lemma: 'verlautbaren' }]);
    assert.ok(buildCues(verbs(), ['verlautbaren']).participles.has('verlautbart'));
    assert.ok(buildCues(verbs(), ['prognostizieren']).participles.has('prognostiziert'));
    assert.deepEqual(direct('„Das Wasser ist sauber“, verlautbarte Markus Weber.'), [['Markus Weber', 'Das Wasser ist sauber']]);
  });

  it('"flüsterte", "warf … ein", "pflichtete … bei", "vermeldete" name the speaker after the quote', () => {
    assert.deepEqual(direct('„Das stimmt nicht“, flüsterte Markus Weber.'), [['Markus Weber', 'Das stimmt nicht']]);
    assert.deepEqual(direct('„Das stimmt nicht“, warf Markus Weber ein.'), [['Markus Weber', 'Das stimmt nicht']]);
    assert.deepEqual(direct('„Das stimmt“, pflichtete Markus Weber bei.'), [['Markus Weber', 'Das stimmt']]);
    assert.deepEqual(direct('„Der Haushalt steht“, vermeldete Markus Weber.'), [['Markus Weber', 'Der Haushalt steht']]);
  });

  it('verbs that need no words are left out: "lachte", "notierte" are no cues', () => {
    assert.equal(cueTable().finite.get('lachte'), undefined);
    assert.equal(cueTable().finite.get('notierte'), undefined);
  });
});
