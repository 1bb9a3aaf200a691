/**
 * Coverage weighs a query word by its rarity: a headline's one rare word says more about the
 * article than its common ones. Articles written for the tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { ArchiveIndex } from '../../src/search/index.ts';
import { rank } from '../../src/search/rank.ts';
import { coverageWeight, RANKING } from '../../src/search/score.ts';

const article = (id: string, body: string): Article => ({ id, title: '', body, date: { value: '2022-02-01', precision: 'day' }, file: `${id}.txt` });
// common words in most articles of the archive, as "schon", "nicht", "mehr" are in news
const TEAMS = ['Mannschaft', 'Brücke', 'Fähre', 'Bahn', 'Schule', 'Firma', 'Partei', 'Band', 'Zeitung', 'Klinik'];
const chatter = TEAMS.flatMap((team, i) => [
  `Die ${team} hat schon lange nicht mehr gewonnen, hieß es am Montag.`,
  `Lange war nicht klar, ob die ${team} mehr Geld bekommt.`,
  `Die ${team} besteht schon lange nicht mehr, berichtet der Sender ${i}.`,
]);
const index = new ArchiveIndex([
  article('kupfer', 'Kupfer kostet an der Börse 9000 Dollar je Tonne, der höchste Preis seit Jahren.'),
  ...chatter.map((body, i) => article(`chatter-${i}`, body)),
  ...TEAMS.map((team, i) => article(`other-${i}`, `Die ${team} zieht in ein neues Gebäude am Hafen.`)),
]);

describe('coverageWeight', () => {
  it('weighs a rare word more than a common one, and a name twice', () => {
    const analyser = index.analyser;
    const rare = coverageWeight(index, analyser.word('Kupfer')!, false);
    const common = coverageWeight(index, analyser.word('nicht')!, false);
    assert.ok(rare > common, `${rare} > ${common}`);
    assert.equal(coverageWeight(index, analyser.word('Kupfer')!, true), 2 * rare);
  });

  it('weighs every word alike when coverageIdfPower is 0', () => {
    const saved = RANKING.coverageIdfPower;
    try {
      RANKING.coverageIdfPower = 0;
      assert.equal(coverageWeight(index, index.analyser.word('nicht')!, false), 1);
      assert.equal(coverageWeight(index, index.analyser.word('Kupfer')!, true), 2);
    } finally {
      RANKING.coverageIdfPower = saved;
    }
  });
});

describe('ranking by rare words', () => {
  it("ranks the article with the headline's rare word above those sharing its common words", () => {
    const docs = rank(index, 'Kupfer so teuer wie schon lange nicht mehr').docs;
    assert.ok(docs.length > 1);
    assert.equal(docs[0]!.id, 'kupfer');
  });
});

describe('scoreWord: a compound query word by its modifier alone', () => {
  // articles written for the tests: the headline says "Infektionsgefahr", the articles do not
  const clinics = new ArchiveIndex([
    article('whole', 'In den Kliniken besteht Infektionsgefahr, warnen Ärzte.'),
    article('modifier', 'Eine Infektion mit dem Keim verläuft in den Kliniken oft tödlich.'),
    article('head', 'Die Gefahr in den Kliniken wächst, sagen die Ärzte.'),
    article('none', 'Die Kliniken stellen neue Ärzte ein.'),
  ]);
  const ids = (text: string) => rank(clinics, text).docs.map((d) => d.id);

  it('finds an article with the modifier ("Infektion"), below the whole word', () => {
    assert.deepEqual(ids('Infektionsgefahr').slice(0, 2), ['whole', 'modifier']);
  });

  it('does not find an article by the head alone ("Gefahr")', () => {
    assert.equal(ids('Infektionsgefahr').includes('head'), false);
  });

  it('ranks the article with the modifier above those sharing only the other words', () => {
    const found = ids('Infektionsgefahr in Kliniken');
    assert.ok(found.indexOf('modifier') < found.indexOf('head'), found.join(','));
    assert.ok(found.indexOf('modifier') < found.indexOf('none'), found.join(','));
  });

  it('is off with modifierWeight 0', () => {
    const saved = RANKING.modifierWeight;
    RANKING.modifierWeight = 0;
    try {
      assert.equal(ids('Infektionsgefahr').includes('modifier'), false);
    } finally {
      RANKING.modifierWeight = saved;
    }
  });
});
