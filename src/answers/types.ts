/**
 * Answers are plain data: the `--json` output is this shape, and every renderer takes it.
 * The JSON field names are a public contract; add fields, never rename them.
 */
import type { Citation } from '../corpus/article.ts';
import type { Lang } from '../i18n/messages.ts';

/** Every answer kind. A renderer must handle each one (see the exhaustive switches in render/). */
export type Answer = HelpAnswer | TimelineAnswer | WhoAnswer | SearchAnswer | SourceAnswer | ErrorAnswer;

/** Fields every answer has: what was asked, and the language the answer is written in. */
export interface AnswerBase {
  query: string;
  lang: Lang;
  /** The command this answers, in command syntax ("timeline Kaesong 2019 page 2"), so a thread can continue it. */
  command?: string;
}

/** Which slice of a long answer this is (1-based). */
export interface Paging {
  page: number;
  pageCount: number;
  /** Items after this page. */
  remaining: number;
}

/** One line of help. */
export interface HelpEntry {
  usage: string;
  description: string;
  example: string;
}

/** What the bot can do. */
export interface HelpAnswer extends AnswerBase {
  kind: 'help';
  title: string;
  intro: string;
  commands: HelpEntry[];
}

/** A dated item of a timeline. `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a decade: its first year, with `precision: "decade"`). */
export interface TimelineEvent {
  date: string;
  precision: 'day' | 'month' | 'year' | 'decade';
  /** Where in its period: "Anfang" (early), "Mitte" (mid), "Ende" (late). */
  modifier?: 'early' | 'mid' | 'late';
  text: string;
  /** People named in the event. */
  people: string[];
  citations: Citation[];
  /** A plan, expectation or assessment about a later time, dated when it was said. */
  planned?: true;
}

/** What happened between `from` and `to` (inclusive, at their precision), oldest first. */
export interface TimelineAnswer extends AnswerBase, Paging {
  kind: 'timeline';
  /** Entries in all pages. */
  total: number;
  /** Start of the period (`YYYY` or `YYYY-MM`); empty when only a topic was given. */
  from: string;
  to: string;
  /** Topic or person the timeline is limited to, when given ("Kaesong", "Biegun"). */
  topic?: string;
  events: TimelineEvent[];
  /** Set when the range is empty: the closest range that has events. */
  nearest?: { from: string; to: string };
  /** Set while new or changed articles are being merged into the timeline (they may be missing for a moment). */
  updating?: boolean;
  /** What the timeline's chart shows (page 1 only, when the entries span at least three months); the adapters draw it. */
  chart?: TimelineChartData;
}

/** A count per month (`YYYY-MM`). */
export interface MonthCount {
  month: string;
  count: number;
}

/**
 * The input of a timeline's chart, over every entry of the answer's range (not only the page
 * shown): entries per month, and the candidates for labels. Entries dated only to a year or
 * decade are not in the chart (`skipped` counts them).
 */
export interface TimelineChartData {
  /** Entries dated to a month or a day, per month, oldest first. */
  months: MonthCount[];
  /** The entries most worth naming: cited by most articles (`weight`; ties: the busier month), at most one per month, in that order. */
  main: Array<{ date: string; label: string; weight: number }>;
  /** Entries of the range dated only to a year or a decade. */
  skipped: number;
}

/** A quote attributed to a person, with its source. */
export interface QuoteRef {
  text: string;
  /** Direct (their words) or indirect (reported speech). */
  type: 'direct' | 'indirect';
  article: Citation;
}

/** A role as one article reported it (roles change: newest first). */
export interface RoleRef {
  role: string;
  date: string;
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
  /** Distinct roles, newest first. */
  roles: string[];
  /** Each role with the article (and date) that reported it, newest first. */
  roleHistory: RoleRef[];
  /** Articles naming the person, newest first. */
  articles: Citation[];
  firstMention: string;
  lastMention: string;
  quotes: QuoteRef[];
  mentions: MentionRef[];
  /** People most often named in the same articles. */
  related: Array<{ name: string; articles: number }>;
}

/** One of several people a name could mean. */
export interface Candidate {
  name: string;
  roles: string[];
  articles: number;
}

/** A person profile; or the candidates for an ambiguous name; or a place/organisation; or suggestions. */
export interface WhoAnswer extends AnswerBase {
  kind: 'who';
  /** The name asked for, as typed. */
  name: string;
  person: PersonProfile | null;
  suggestions: string[];
  /** Set when the name was corrected ("Beigun" -> "Stephen Biegun"). */
  searchedFor?: string;
  /** Set from page 2 on: the quotes and mentions after the card (page 1 is the card). */
  page?: number;
  /** Set when the name fits several people ("Kim"). */
  candidates?: Candidate[];
  /** Set when the name is a place or organisation, not a person. */
  entity?: { name: string; kind: 'place' | 'org'; articles: Citation[] };
  /** Set while new or changed articles are being merged into the people directory (they may be missing for a moment). */
  updating?: boolean;
  /** Mentions of the person per month of the article's date (page 1 of a profile, when they fall into two months or more); the adapters draw the chart. */
  chart?: { mentions: MonthCount[] };
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

/** Filters read from the query text: only the explicit form `datum:2019` filters. */
export interface SearchFilters {
  /** Article dates from/to (inclusive), `YYYY` or `YYYY-MM`. */
  from?: string;
  to?: string;
}

/**
 * How the query's period was read ("Rentenreform 2024"): not a filter, but a hint. Articles
 * dated then or reporting events dated then rank higher.
 */
export interface SearchPeriod {
  /** `YYYY` or `YYYY-MM`, inclusive. */
  from: string;
  to: string;
  /** How many of the matching articles are dated in the period. */
  dated: number;
  /** The command that narrows the search to articles dated then ("Rentenreform datum:2024"). */
  narrow: string;
}

/** Best articles first. */
export interface SearchAnswer extends AnswerBase, Paging {
  kind: 'search';
  hits: SearchHit[];
  /** How many articles matched in all (hits holds the first page). */
  total: number;
  /**
   * Hits on this page that match less than half of what the best ones match: they come after the
   * `total` articles (on the last page only), so the summary can say why they are listed.
   */
  weaker: number;
  /** Closest terms in the archive when nothing matched. */
  suggestions: string[];
  /** The words actually searched for, after corrections ("Biegun" for "Beigun"); filters removed. */
  searchedFor: string;
  /** Words replaced by the closest archive word; show "searched for …" when non-empty. */
  corrections: SearchCorrection[];
  /** Date filters taken from the query (only the explicit `datum:2019`). */
  filters: SearchFilters;
  /** The period named in the free text ("Kaesong 2019"), read as a ranking hint. */
  period?: SearchPeriod;
  /** No article has all the words: hits match only some of them. */
  partial: boolean;
  /** When filters left nothing: how many articles match without them (0 otherwise). */
  withoutFilters: number;
}

/** A cited passage shown in its context: the sentences around it, from the article. */
export interface SourceAnswer extends AnswerBase {
  kind: 'source';
  article: Citation;
  before: string[];
  passage: string;
  after: string[];
}

/** A short, specific message about bad input or a failure, with the accepted forms. */
export interface ErrorAnswer extends AnswerBase {
  kind: 'error';
  message: string;
  usage: string[];
}
