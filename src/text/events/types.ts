/**
 * What event extraction returns and merging works on: one dated statement of one article.
 */
import type { PreciseDate } from '../../corpus/article.ts';
import type { Modifier } from '../dates/index.ts';

/** A date as a timeline shows it: `2019-02` at month precision, "Ende" = late. */
export type EventDate = PreciseDate & { modifier?: Modifier };

/** One dated statement in one article. `start`/`end` locate `text` in the article body. */
export interface ArticleEvent {
  date: EventDate;
  /** The sentence, trimmed to the clause around its date when long (at most ~200 characters). */
  text: string;
  articleId: string;
  start: number;
  end: number;
  /** Content words (rough stems) near the date, for recognising the same event in other articles. */
  words: string[];
  /**
   * A plan, expectation or assessment about a later time ("soll im November stattfinden"):
   * dated when it was said, never as having happened at the time it names.
   */
  planned?: true;
}
