/**
 * Where a separable verb splits is read from its zu-infinitive and participle
 * (src/common/separable-verbs.ts, tested in test/common/separable-verbs.test.ts), not from the
 * tables' split forms: verbs the tables write as one word ("klarstellte") and two-part particles
 * the tables split wrongly ("zufügte … hin") are found in every form. Articles written for the tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { rawTokens } from '../../src/search/fold.ts';
import { ArchiveIndex } from '../../src/search/index.ts';
import { rank } from '../../src/search/rank.ts';
import { finiteForms, separableVerbs, separableVerbsOf } from '../../src/search/separable.ts';
import { separableInfinitive, textVariants } from '../../src/search/variants.ts';

describe('separableVerbsOf', () => {
  const tables = separableVerbsOf({
    klarstellen: { EIZ: 'klarzustellen', PA2: ['klargestellt'], PRT: { S: { '3': 'klarstellte' }, P: { '3': 'klarstellten' } } },
    hinzufügen: { hasPrefix: true, EIZ: 'hinzuzufügen', PA2: ['hinzugefügt'], PRT: { S: { '3': ['zufügte', 'hin'] } } },
    verstehen: { EIZ: 'zu verstehen', PA2: ['verstanden'], PRT: { S: { '3': 'verstand' } } },
  });

  it('splits one-word forms and two-part particles at the particle', () => {
    assert.equal(tables.split.get('stellte klar'), 'klarstellen');
    assert.equal(tables.split.get('stellten klar'), 'klarstellen');
    assert.equal(tables.split.get('fugte hinzu'), 'hinzufugen');
    assert.equal(tables.split.get('zufugte hin'), undefined, "not the tables' wrong split");
    assert.deepEqual([...tables.particles].sort(), ['hinzu', 'klar']);
  });

  it('maps participles, zu-infinitives and subordinate-clause forms to the infinitive', () => {
    assert.equal(tables.whole.get('klargestellt'), 'klarstellen');
    assert.equal(tables.whole.get('klarzustellen'), 'klarstellen');
    assert.equal(tables.whole.get('klarstellte'), 'klarstellen');
    assert.equal(tables.whole.get('hinzugefugt'), 'hinzufugen');
    assert.equal(tables.whole.get('verstanden'), undefined);
  });

  it("joins the tables' [verb, particle] pairs into one word", () => {
    assert.deepEqual(finiteForms({ PRÄ: { S: { '3': ['tritt', 'zurück'] } }, PRT: { S: { '3': 'klarstellte' } } }), ['zurücktritt', 'klarstellte']);
    assert.deepEqual(finiteForms({}), []);
  });

  it('reads the installed tables the same way', () => {
    const verbs = separableVerbs();
    assert.equal(verbs.split.get('nahm fest'), 'festnehmen');
    assert.equal(verbs.split.get('findet statt'), 'stattfinden');
    assert.equal(verbs.split.get('fugte hinzu'), 'hinzufugen');
    assert.equal(verbs.split.get('stellt heraus'), 'herausstellen');
    assert.equal(verbs.split.get('ausstellt her'), undefined);
    assert.equal(separableInfinitive('klargestellt', verbs), 'klarstellen');
  });
});

describe('search over verbs the tables wrote as one word', () => {
  const article = (id: string, body: string): Article => ({ id, title: '', body, date: { value: '2021-05-03', precision: 'day' }, file: `${id}.txt` });
  const index = new ArchiveIndex([
    article('fest', 'Die Polizei nahm in der Hafenstadt drei Schmuggler fest. Sie hatten Zigaretten versteckt.'),
    article('hafen', 'In der Hafenstadt wurden drei neue Kräne aufgestellt. Die Polizei sicherte die Straße.'),
    article('klar', 'Die Ministerin stellte am Montag klar, dass die Grenzkontrollen bleiben. Die Opposition protestierte.'),
    article('grenze', 'Die Grenzkontrollen kosten viel Geld, rechnet die Opposition vor.'),
    article('hinzu', 'Der Sprecher fügte hinzu, das Treffen mit den Fischern werde verschoben.'),
    article('fischer', 'Die Fischer warten auf ein Treffen mit dem Sprecher der Behörde.'),
  ]);
  const best = (query: string) => rank(index, query).docs[0]?.id;

  const ids = (query: string) => rank(index, query).docs.map((d) => d.id);

  it('finds "nahm … fest" for a headline with "festgenommen"', () => {
    assert.equal(best('Drei Schmuggler in Hafenstadt festgenommen'), 'fest');
    assert.deepEqual(ids('festgenommen'), ['fest']);
  });

  it('finds "stellte … klar" for "klargestellt"', () => {
    assert.equal(best('Ministerin hat klargestellt: Grenzkontrollen bleiben'), 'klar');
    assert.deepEqual(ids('klargestellt'), ['klar']);
    assert.deepEqual(
      textVariants('Sie stellte klar, dass', rawTokens('Sie stellte klar, dass'), index.analyser.verbs).map((v) => v.word),
      ['klarstellen'],
    );
  });

  it('finds "fügte … hinzu" for "hinzugefügt", and no verb for a particle without one', () => {
    assert.equal(best('Sprecher: Treffen mit Fischern verschoben, hinzugefügt'), 'hinzu');
    assert.deepEqual(ids('hinzugefügt'), ['hinzu']);
    assert.deepEqual(textVariants('Das ist klar.', rawTokens('Das ist klar.'), index.analyser.verbs), []);
  });
});
