/**
 * Answers are plain data: the `--json` output is this shape, and every renderer takes it.
 * The JSON field names are a public contract; add fields, never rename them.
 */
import type { Citation } from '../corpus/article.ts';

/** Every answer kind. A renderer must handle each one (see the exhaustive switches in render/). */
export type Answer = HelpAnswer | TimelineAnswer | WhoAnswer | SearchAnswer | ErrorAnswer;

/** One line of help. */
export interface HelpEntry {
  usage: string;
  description: string;
  example: string;
}

/** What the bot can do. */
export interface HelpAnswer {
  kind: 'help';
  query: string;
  intro: string;
  commands: HelpEntry[];
}

/** A dated item of a timeline. `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface TimelineEvent {
  date: string;
  text: string;
  citations: Citation[];
}

/** What happened between `from` and `to` (inclusive, at their precision), oldest first. */
export interface TimelineAnswer {
  kind: 'timeline';
  query: string;
  from: string;
  to: string;
  events: TimelineEvent[];
  /** Set when the range is empty: the closest range that has events. */
  nearest?: { from: string; to: string };
}

/** A quote attributed to a person, with its source. */
export interface QuoteRef {
  text: string;
  article: Citation;
}

/** A sentence in which a person is mentioned. */
export interface MentionRef {
  sentence: string;
  article: Citation;
}

/** Everything the archive says about one person. */
export interface PersonProfile {
  name: string;
  aliases: string[];
  roles: string[];
  articles: Citation[];
  quotes: QuoteRef[];
  mentions: MentionRef[];
}

/** A person profile, or suggestions when nobody by that name is mentioned. */
export interface WhoAnswer {
  kind: 'who';
  query: string;
  person: PersonProfile | null;
  suggestions: string[];
}

/** One search result. */
export interface SearchHit {
  id: string;
  title: string;
  date: string;
  url?: string;
  score: number;
  /** The best matching sentence, plain text. */
  snippet: string;
  /**
   * The article's best matching sentences (at most 2, in article order, each at most ~320
   * characters, cut with "…"). `highlights` are `[start, end)` character ranges of `text` to
   * mark (query words, also inside compounds); plain text, not escaped.
   */
  passages: Passage[];
  /** Whether the article contains the query words as a phrase ("Kim Jong Un"). */
  phrase: boolean;
}

/** A passage of an article with the ranges of matching words. */
export interface Passage {
  text: string;
  highlights: [number, number][];
}

/** A query word the archive does not contain, and the word searched for instead. */
export interface SearchCorrection {
  from: string;
  to: string;
}

/** Filters read from the query text. */
export interface SearchFilters {
  /** Article dates from/to (inclusive), `YYYY` or `YYYY-MM`. */
  from?: string;
  to?: string;
}

/** Best articles first. */
export interface SearchAnswer {
  kind: 'search';
  query: string;
  hits: SearchHit[];
  /** How many articles matched in all (hits holds the first page). */
  total: number;
  /** Closest terms in the archive when nothing matched. */
  suggestions: string[];
  /** The words actually searched for, after corrections ("Biegun" for "Beigun"); filters removed. */
  searchedFor: string;
  /** Words replaced by the closest archive word; show "searched for …" when non-empty. */
  corrections: SearchCorrection[];
  /** Date filters taken from the query ("Kaesong 2019"). */
  filters: SearchFilters;
  /** No article has all the words: hits match only some of them. */
  partial: boolean;
  /** When filters left nothing: how many articles match without them (0 otherwise). */
  withoutFilters: number;
  /** 1-based page shown and the number of pages (`SEARCH_PAGE_SIZE` hits each). */
  page: number;
  pageCount: number;
}

/** A short, specific message about bad input or a failure, with the accepted forms. */
export interface ErrorAnswer {
  kind: 'error';
  query: string;
  message: string;
  usage: string[];
}
