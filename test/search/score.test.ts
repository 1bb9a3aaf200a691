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
