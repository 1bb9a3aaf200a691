/**
 * `who` on articles nobody has seen: merging spellings, keeping people apart, places, typos.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import type { WhoAnswer } from '../../src/answers/types.ts';
import { parseArticle } from '../../src/corpus/parse.ts';
import { parseCommand } from '../../src/query/index.ts';
import { resolveFollowup } from '../../src/answers/followup.ts';
import { renderText } from '../../src/render/text.ts';

const knowledge = buildKnowledge([
  parseArticle(
    '---\ntitle: Drohung aus Pjöngjang\ndate: 2022-04-02\n---\nKim Yo Jong, die Schwester von Machthaber Kim Jong Un, hat Südkorea gedroht. „Wir werden nicht zögern“, sagte Kim Yo Jong. Die Agentur KCNA verbreitete die Erklärung.',
    'drohung.md',
  ),
  parseArticle(
    '---\ntitle: Parade\ndate: 2023-02-09\n---\nMachthaber Kim Jong-un hat in Pjöngjang eine Militärparade abgenommen. Verteidigungsminister Kang Sun Nam erklärte, das Land sei bereit.',
    'parade.md',
  ),
  parseArticle(
    '---\ntitle: Besuch in der Grenzstadt\ndate: 2023-05-01\n---\nDer Vereinigungsminister Kwon Young Se besuchte die Stadt Kaesong nicht. Kwon Young Se sagte, der Dialog müsse weitergehen. Er traf den US-Gesandten Stephen Biegun.',
    'besuch.md',
  ),
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
    assert.deepEqual(
      person.articles.map((a) => a.id),
      ['drohung'],
    );
    assert.deepEqual(
      person.quotes.map((q) => q.text),
      ['Wir werden nicht zögern'],
    );
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
    assert.ok(
      result.suggestions.every((name) => name.includes(' ')),
      'full names only',
    );
    // "Kwon" is one edit from "Kwan": Kwon Young Se comes first
    assert.equal(who('Kwan').suggestions[0], 'Kwon Young Se');
  });
});

describe('who, page 2 on ("Mehr")', () => {
  // one person quoted in many articles: the card shows three quotes, "Mehr" the rest
  const many = buildKnowledge(
    Array.from({ length: 8 }, (_, i) =>
      parseArticle(
        `---\ntitle: Erklärung ${i + 1}\ndate: 2023-0${(i % 9) + 1}-10\n---\nDie Ministerin Hanna Vogelsang äußerte sich erneut. „Wir bleiben bei unserer Linie Nummer ${i + 1}, ganz gleich, was kommt“, sagte Hanna Vogelsang.`,
        `erklaerung-${i}.md`,
      ),
    ),
  );
  const ask = (text: string) => answer(many, text, { lang: 'de' }) as WhoAnswer;

  it('reads "who X page 2" as the second page of the profile, and "mehr" in a thread as the next page', () => {
    assert.deepEqual(parseCommand('who Vogelsang page 2'), { kind: 'who', name: 'Vogelsang', page: 2 });
    assert.deepEqual(resolveFollowup({ kind: 'more' }, 'who Vogelsang'), { kind: 'who', name: 'Vogelsang', page: 2 });
  });

  it('shows on page 2 the quotes the card left out, each cited, and nothing twice', () => {
    const first = ask('who Vogelsang');
    const second = ask('who Vogelsang page 2');
    assert.equal(second.page, 2);
    assert.equal(second.command, 'who Vogelsang page 2');
    const text = renderText(second);
    const cardText = renderText(first);
    assert.match(cardText, /who Hanna Vogelsang page 2/);
    const quoted = (t: string) => [...t.matchAll(/Linie Nummer (\d)/g)].map((m) => m[1]);
    const held = first.person!.quotes.length;
    assert.ok(held > 3, `the profile holds ${held} quotes`);
    assert.equal(quoted(cardText).length, 3);
    assert.equal(quoted(text).length, held - 3);
    assert.equal(new Set([...quoted(cardText), ...quoted(text)]).size, held, 'every quote the profile holds, once');
    assert.match(text, /Seite 2 von 2/);
  });

  it('says there is nothing more after the last page', () => {
    assert.match(renderText(ask('who Vogelsang page 5')), /Das war alles/);
  });
});
