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
  start: number;
  end: number;
}
