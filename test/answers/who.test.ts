/**
 * `who` on articles nobody has seen: merging spellings, keeping people apart, places, typos.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { buildKnowledge } from '../../src/answers/knowledge.ts';
import type { WhoAnswer } from '../../src/answers/types.ts';
import { parseArticle } from '../../src/corpus/parse.ts';

const knowledge = buildKnowledge([
  parseArticle('---\ntitle: Drohung aus Pjöngjang\ndate: 2022-04-02\n---\nKim Yo Jong, die Schwester von Machthaber Kim Jong Un, hat Südkorea gedroht. „Wir werden nicht zögern“, sagte Kim Yo Jong. Die Agentur KCNA verbreitete die Erklärung.', 'drohung.md'),
  parseArticle('---\ntitle: Parade\ndate: 2023-02-09\n---\nMachthaber Kim Jong-un hat in Pjöngjang eine Militärparade abgenommen. Verteidigungsminister Kang Sun Nam erklärte, das Land sei bereit.', 'parade.md'),
  parseArticle('---\ntitle: Besuch in der Grenzstadt\ndate: 2023-05-01\n---\nDer Vereinigungsminister Kwon Young Se besuchte die Stadt Kaesong nicht. Kwon Young Se sagte, der Dialog müsse weitergehen. Er traf den US-Gesandten Stephen Biegun.', 'besuch.md'),
]);

function who(name: string): WhoAnswer {
  const result = answer(knowledge, `who ${name}`, { lang: 'de' });
  assert.equal(result.kind, 'who');
  return result as WhoAnswer;
}

describe('who', () => {
  it('merges "Kim Jong Un" and "Kim Jong-un" into one person with both articles', () => {
    const person = who('Kim Jong Un').person!;
    assert.deepEqual([person.name, ...person.aliases].filter((n) => n.includes('Jong')).sort(), ['Kim Jong Un', 'Kim Jong-un']);
    assert.deepEqual(person.articles.map((a) => a.id).sort(), ['drohung', 'parade']);
  });

  it('keeps Kim Yo Jong apart and attributes her quote to her', () => {
    const person = who('Kim Yo Jong').person!;
    assert.deepEqual(person.articles.map((a) => a.id), ['drohung']);
    assert.deepEqual(person.quotes.map((q) => q.text), ['Wir werden nicht zögern']);
    assert.equal(who('Kim Jong Un').person!.quotes.length, 0);
  });

  it('lists the candidates for an ambiguous surname', () => {
    const result = who('Kim');
    assert.equal(result.person, null);
    assert.equal(result.candidates?.length, 2);
    assert.ok(result.candidates.some((c) => /^Kim Jong[ -]Un$/i.test(c.name)));
    assert.ok(result.candidates.some((c) => c.name === 'Kim Yo Jong'));
  });

  it('keeps roles with their dates, newest first', () => {
    const person = who('Kwon Young Se').person!;
    assert.equal(person.roleHistory[0]?.role, 'Vereinigungsminister');
    assert.equal(person.roleHistory[0]?.date, '2023-05-01');
  });

  it('says a place is a place, not a person', () => {
    const result = who('Kaesong');
    assert.equal(result.person, null);
    assert.equal(result.entity?.kind, 'place');
  });

  it('finds a person despite a typo in a long surname, and says what it searched for', () => {
    const result = who('Beigun');
    assert.equal(result.person?.name, 'Stephen Biegun');
    assert.equal(result.searchedFor, 'Stephen Biegun');
  });

  it('only suggests, never answers, for a short or several-word name with a typo ("Kim Jong Il" is not Kim Jong Un)', () => {
    const result = who('Kang Sun Nma');
    assert.equal(result.person, null);
    assert.ok(result.suggestions.includes('Kang Sun Nam'));
    assert.equal(who('Kim Jong Il').person, null);
  });

  it('offers the three nearest full names when nobody matches, nearest first', () => {
    const result = who('Merkel');
    assert.equal(result.person, null);
    assert.equal(result.candidates, undefined);
    assert.equal(result.suggestions.length, 3);
    assert.ok(result.suggestions.every((name) => name.includes(' ')), 'full names only');
    // "Kwon" is one edit from "Kwan": Kwon Young Se comes first
    assert.equal(who('Kwan').suggestions[0], 'Kwon Young Se');
  });
});
