/**
 * The article as the rest of the bot sees it: parsed once from a corpus file.
 */

/** How precise a date is. Articles carry `month` or `day`; extracted dates can be coarser. */
export type DatePrecision = 'day' | 'month' | 'year' | 'decade';

/** A calendar date with its precision, e.g. `{ value: "2019-03", precision: "month" }`. */
export interface PreciseDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a decade is written `YYY`, e.g. `199` for the 1990s). */
  value: string;
  precision: DatePrecision;
}

/** One parsed article. `body` is the text exactly as stored in the file after its header. */
export interface Article {
  /** File name without extension, e.g. `000_c0e53de7401762a9`. */
  id: string;
  title: string;
  date: PreciseDate;
  url?: string;
  source?: string;
  author?: string;
  /** Everything after the header, unchanged, so character offsets point into the file. */
  body: string;
  /** Path of the file the article came from (for warnings and the watcher). */
  file: string;
}

/** What an answer cites: the public JSON shape of a source article. */
export interface Citation {
  id: string;
  title: string;
  date: string;
  url?: string;
}

/**
 * The citation for an article.
 * @example citationOf(article) // { id: "003_3f8a…", title: "Die Verhandlungen …", date: "2020-07" }
 */
export function citationOf(article: Article): Citation {
  const citation: Citation = { id: article.id, title: article.title, date: article.date.value };
  if (article.url) citation.url = article.url;
  return citation;
}
