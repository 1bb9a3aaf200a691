/**
 * The `who` card both renderers show: the most telling quotes (direct first, at most one per
 * article), the most recent mentions and a short citation line; the answer data keeps everything.
 */
import type { Citation } from '../corpus/article.ts';
import type { MentionRef, PersonProfile, QuoteRef } from '../answers/types.ts';
import type { Lang } from '../i18n/messages.ts';
import { displayDate } from './dates.ts';

/** How many quotes and mentions the card shows, and where a title is cut. */
export const CARD = { quotes: 3, mentions: 3, title: 80 } as const;

/** A quote this long is a statement rather than a phrase ("eine hellere Zukunft"). */
const TELLING_CHARS = 40;

/** What the card shows of a profile, and how many quotes and mentions it leaves for "Mehr". */
export interface WhoCard {
  quotes: QuoteRef[];
  mentions: MentionRef[];
  rest: number;
}

/**
 * The card of a profile: direct quotes first, whole statements before short phrases, newest first
 * (as the answer orders them), one per article; the latest mentions.
 * @example whoCard(profile) // { quotes: [3 quotes from 3 articles], mentions: [3], rest: 5 }
 */
export function whoCard(person: PersonProfile): WhoCard {
  const quotes: QuoteRef[] = [];
  const articles = new Set<string>();
  // (direct first as the answer orders them; among those, a sentence says more than a phrase)
  const telling = (q: QuoteRef) => (q.type === 'direct' ? 0 : 2) + (q.text.length >= TELLING_CHARS ? 0 : 1);
  for (const q of [...person.quotes].sort((a, b) => telling(a) - telling(b))) {
    if (quotes.length >= CARD.quotes) break;
    if (articles.has(q.article.id)) continue;
    articles.add(q.article.id);
    quotes.push(q);
  }
  const mentions = person.mentions.slice(0, CARD.mentions);
  return { quotes, mentions, rest: person.quotes.length - quotes.length + person.mentions.length - mentions.length };
}

/** Quotes and mentions per page after the card. */
export const REST_PAGE = 10;

/** One quote or mention after the card. */
export type RestItem = { quote: QuoteRef } | { mention: MentionRef };

/**
 * The quotes and mentions the card leaves out, a page at a time: page 2 is the first page after
 * the card. `pages` counts the card as page 1.
 * @example whoRest(profile, 2) // { items: [up to 10], pages: 3 }
 */
export function whoRest(person: PersonProfile, page: number): { items: RestItem[]; pages: number } {
  const card = whoCard(person);
  const shownQuotes = new Set(card.quotes);
  const items: RestItem[] = [...person.quotes.filter((q) => !shownQuotes.has(q)).map((quote) => ({ quote })), ...person.mentions.slice(card.mentions.length).map((mention) => ({ mention }))];
  const pages = 1 + Math.ceil(items.length / REST_PAGE);
  return { items: items.slice((page - 2) * REST_PAGE, (page - 1) * REST_PAGE), pages };
}

/**
 * A short citation: the title cut at about 80 characters (at a word), then the date.
 * @example shortCitation({ id: "a", title: "Biegun reist …", date: "2020-07" }, "de") // "Biegun reist … · Juli 2020"
 */
export function shortCitation(citation: Citation, lang: Lang): string {
  return `${cutTitle(citation.title)} · ${displayDate(citation.date, lang)}`;
}

/**
 * A title cut at about 80 characters, at a word, with "…".
 * @example cutTitle("Kurz") // "Kurz"
 */
export function cutTitle(title: string): string {
  if (title.length <= CARD.title) return title;
  const cut = title.slice(0, CARD.title);
  const space = cut.lastIndexOf(' ');
  return `${(space > CARD.title / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')} …`;
}
