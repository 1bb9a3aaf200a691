/**
 * What people recognition returns for one article.
 */
import type { Gender } from '../lexicon/index.ts';

/** A stretch of the article body (`body.slice(start, end)`). */
export interface Mention {
  start: number;
  end: number;
}

/** One person in one article. */
export interface ArticlePerson {
  /** The fullest form used in the article, e.g. "Antony Blinken". */
  name: string;
  /** Other forms used for them ("Blinken"), genitive -s removed. */
  aliases: string[];
  /** Title phrases attached to the name, e.g. "US-Außenminister". */
  roles: string[];
  /** Every mention: names, bare surnames, resolved titles ("der US-Diplomat") and pronouns. */
  mentions: Mention[];
  /** Gender as far as first name, title or salutation tell. */
  gender?: Gender;
}

/** A place or organisation named in the article. */
export interface ArticleEntity {
  name: string;
  kind: 'place' | 'org';
  mentions: number;
}

/** Everything `findPeople` returns. */
export interface ArticlePeople {
  people: ArticlePerson[];
  entities: ArticleEntity[];
}
