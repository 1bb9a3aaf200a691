/**
 * The who card: three telling quotes (direct first, whole statements before phrases, one per
 * article), three mentions, a short citation, and a count of the rest for "Mehr".
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PersonProfile, QuoteRef } from '../../src/answers/types.ts';
import { CARD, cutTitle, shortCitation, whoCard } from '../../src/render/who-card.ts';

const article = (id: string) => ({ id, title: `Artikel ${id}`, date: '2020-07-08' });
const quote = (text: string, type: QuoteRef['type'], id: string): QuoteRef => ({ text, type, article: article(id) });
const statement = 'Wir haben um kein Treffen mit den Nordkoreanern gebeten, sagte er.';

function profile(quotes: QuoteRef[], mentions: number): PersonProfile {
  return {
    name: 'Stephen Biegun',
    aliases: [],
    roles: [],
    roleHistory: [],
    articles: [],
    firstMention: '2020-07',
    lastMention: '2020-07',
    related: [],
    quotes,
    mentions: Array.from({ length: mentions }, (_, i) => ({ sentence: `Satz ${i}`, article: article(`m${i}`) })),
  };
}

describe('whoCard', () => {
  it('shows direct quotes first, statements before phrases, at most one per article', () => {
    const card = whoCard(
      profile(
        [quote('eine hellere Zukunft', 'direct', 'a'), quote(statement, 'direct', 'a'), quote(`${statement} 2`, 'indirect', 'b'), quote(`${statement} 3`, 'direct', 'c'), quote(`${statement} 4`, 'direct', 'd')],
        0,
      ),
    );
    assert.deepEqual(
      card.quotes.map((q) => [q.article.id, q.type]),
      [
        ['a', 'direct'],
        ['c', 'direct'],
        ['d', 'direct'],
      ],
    );
    assert.equal(card.quotes[0]!.text, statement);
    assert.equal(card.rest, 2);
  });

  it('shows three mentions and counts the rest', () => {
    const card = whoCard(profile([], 6));
    assert.equal(card.mentions.length, CARD.mentions);
    assert.deepEqual(
      card.mentions.map((m) => m.sentence),
      ['Satz 0', 'Satz 1', 'Satz 2'],
    );
    assert.equal(card.rest, 3);
  });
});

describe('shortCitation', () => {
  it('is the title and the date', () => {
    assert.equal(shortCitation(article('a'), 'de'), 'Artikel a · 8. Juli 2020');
  });

  it('cuts a long title at a word, near 80 characters', () => {
    const long = 'Die Verhandlungen über Nordkoreas Atomprogramm kommen seit dem gescheiterten Gipfel in Hanoi nicht voran';
    const cut = cutTitle(long);
    assert.ok(cut.length <= CARD.title + 2, cut);
    assert.ok(cut.endsWith(' …'));
    assert.ok(long.startsWith(cut.slice(0, -2)));
  });
});
