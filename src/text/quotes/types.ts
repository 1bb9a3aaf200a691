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
