/**
 * What an expression is resolved against: the article date, whether the text is a narrative
 * (history: the last mentioned date is the reference) or news (the article date is), the
 * sentence's tense, and the last dates the text mentioned.
 */
import type { Tense } from './tense.ts';
import type { Cal, MentionPrecision, Modifier } from './types.ts';

/** The context an expression is resolved in, e.g. `{ doc: { year: 2019, month: 3 }, narrative: false, tense: "past", lastNear: false }`. */
export interface Reference {
  /** The article's date; `month`/`day` present as far as the article is precise. */
  doc: Cal;
  /** Narrative texts resolve "am 30. Juli" against the last mentioned date, news against the article date. */
  narrative: boolean;
  tense: Tense;
  /** The last date the text resolved (any precision), if any. */
  last?: Cal;
  /** The last day-precise date the text resolved, if any. */
  lastDay?: Cal;
  /** Whether that day was told as a night ("in der Nacht zum Samstag": Friday's night), so an early hour after it ("um 2:00 Uhr") is the next day. */
  lastNight?: boolean;
  /** Whether `last` was mentioned close by: same paragraph, this or the previous sentence. */
  lastNear: boolean;
  /** The day the lead paragraph named by its date ("am Montagmorgen, dem 18. Juni", not "am Montag"): the story's day. */
  namedDay?: Cal;
}

/** A resolved value; `cal` is set for dates that can serve as the reference for later ones. */
export interface Resolution {
  value: string;
  precision: MentionPrecision;
  kind: 'date' | 'duration' | 'ref';
  modifier?: Modifier;
  cal?: Cal;
}

/**
 * The date a "context" year or shift counts from: the last mentioned date in a narrative,
 * the article date in news.
 * @example contextBase({ doc: { year: 2020 }, narrative: true, last: { year: 1914 }, ... }) // { year: 1914 }
 */
export function contextBase(ref: Reference): Cal {
  return ref.narrative && ref.last ? ref.last : ref.doc;
}

/**
 * The date an "anchor" expression ("desselben Jahres", "zwei Tage später") counts from.
 * @example anchorBase({ doc: { year: 2020 }, last: { year: 1974 }, ... }) // { year: 1974 }
 */
export function anchorBase(ref: Reference): Cal {
  return ref.last ?? ref.doc;
}
