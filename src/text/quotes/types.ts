/**
 * A quotation found in an article.
 */

/** Direct: the speaker's words (in quotation marks or after a colon); indirect: reported speech. */
export type QuoteType = 'direct' | 'indirect';

/** One quotation; `text === body.slice(start, end)` (quotation marks not included). */
export interface Quote {
  /** The full name of the person quoted, or null when unsure. */
  speaker: string | null;
  text: string;
  type: QuoteType;
  /**
   * Who speaks when it is not a person: an organisation or a description of somebody unnamed
   * ("ein Sprecher des Auswärtigen Amts", "Die Friedrich-Ebert-Stiftung"). Only when `speaker` is
   * null; never a person's name, never part of a person's profile. Absent when unknown.
   */
  source?: string;
  start: number;
  end: number;
}

/** A quote with the token range it covers, for the finders that build on it. */
export interface FoundQuote extends Quote {
  firstToken: number;
  lastToken: number;
  /** Nothing around the quote names or rules out a speaker (no cue, no name): the context may decide. */
  open?: boolean;
  /** A cited name („Public Library of Science“), nobody's words: it inherits no speaker. */
  cited?: boolean;
}

/** Joins the speakers of a quote two people said together; findQuotes gives each their own quote. */
const JOINT = '|';

/**
 * One speaker value for two people who said a quote together ("Anna Roth und Paul Kern erklärten").
 * @example jointSpeaker("Anna Roth", "Paul Kern") // "Anna Roth|Paul Kern"
 */
export function jointSpeaker(a: string, b: string): string {
  return `${a}${JOINT}${b}`;
}

/**
 * The people behind a speaker value: one, or the two of a joint speaker.
 * @example speakersOf("Anna Roth|Paul Kern") // ["Anna Roth", "Paul Kern"]
 */
export function speakersOf(speaker: string): string[] {
  return speaker.split(JOINT);
}
