/**
 * Parse one corpus file's text into an Article. Two header formats:
 * 1. seed: ` date 2019-03 Es sollte …` (one-line header, text follows on the same line)
 * 2. front matter: `---` / `title: "…"` / `date: 2019-03-27` / optional url, source, author / `---`
 *    (a YAML block, read with the `yaml` package; invalid YAML makes the file a broken one)
 */
import { parse as parseYaml } from 'yaml';
import type { Article, PreciseDate } from './article.ts';
import { deriveTitle } from './title.ts';

/** Article dates outside these years are placeholders or typos, not news. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Why a file could not become an article; the loader turns it into one warning. */
export class ArticleParseError extends Error {
  override name = 'ArticleParseError';
}

// " date 2019-03 Es sollte" -> date "2019-03", body "Es sollte…"; also "date 2020-07-15 …"
const SEED_HEADER = /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)[ \t]?/;
// "---\ntitle: x\n---\n" -> the YAML block between the first two `---` lines
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Parse file text. Throws ArticleParseError with a reason a newsroom developer can act on.
 * @example parseArticle(" date 2019-03 Text.", "corpus/a.txt") // { id: "a", date: { value: "2019-03", precision: "month" }, … }
 */
export function parseArticle(text: string, file: string): Article {
  if (text.includes('\uFFFD') || text.includes('\u0000')) throw new ArticleParseError('not UTF-8 text');
  if (text.trim() === '') throw new ArticleParseError('empty file');
  const id = articleIdOf(file);
  const seed = SEED_HEADER.exec(text);
  if (seed) {
    const body = text.slice(seed[0].length);
    return finish({ id, file, date: parseDate(seed[1]!), body, fields: {} });
  }
  const front = FRONT_MATTER.exec(text);
  if (front) {
    const fields = parseFields(front[1]!);
    if (!fields.date) throw new ArticleParseError('front matter has no date: line');
    return finish({ id, file, date: parseDate(fields.date), body: text.slice(front[0].length), fields });
  }
  if (text.startsWith('---')) throw new ArticleParseError('front matter is not closed by a --- line');
  throw new ArticleParseError('no header: expected " date YYYY-MM " or front matter with date:');
}

/** Article id: the file name without directory and extension. */
export function articleIdOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

function finish(parts: { id: string; file: string; date: PreciseDate; body: string; fields: Record<string, string> }): Article {
  const { id, file, date, body, fields } = parts;
  if (body.trim() === '') throw new ArticleParseError('header but no text');
  const article: Article = { id, file, date, body, title: fields.title || deriveTitle(body) || id };
  if (fields.url) article.url = fields.url;
  if (fields.source) article.source = fields.source;
  if (fields.author) article.author = fields.author;
  return article;
}

/**
 * The front-matter fields as text, keys lower-cased. The failsafe schema keeps every scalar as
 * written ("date: 2019-06-30" stays a string, "title: 1e3" is not a number); lists and maps are ignored.
 * @example parseFields('title: "Kim \\"trifft\\" Trump"\ndate: 2019-06') // { title: 'Kim "trifft" Trump', date: '2019-06' }
 */
function parseFields(block: string): Record<string, string> {
  let data: unknown;
  try {
    data = parseYaml(block, { schema: 'failsafe' });
  } catch (error) {
    // "title: a: b" -> "front matter is not valid YAML: Nested mappings are not allowed in compact mappings at line 1, column 8"
    throw new ArticleParseError(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ArticleParseError('front matter is not a list of key: value lines');
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string') fields[key.toLowerCase()] = value;
  }
  return fields;
}

/**
 * Validate a header date and keep its precision.
 * @example parseDate("2019-03") // { value: "2019-03", precision: "month" }
 */
export function parseDate(raw: string): PreciseDate {
  // "2019-03" -> month; "2019-03-27" -> day
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(raw.trim());
  if (!match) throw new ArticleParseError(`date "${raw}" is not YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  // "0001-01-01" is a placeholder for "unknown", not a date a journalist can use
  if (Number(year) < MIN_YEAR || Number(year) > MAX_YEAR) throw new ArticleParseError(`date "${raw}" is outside ${MIN_YEAR}-${MAX_YEAR}`);
  const m = Number(month);
  if (m < 1 || m > 12) throw new ArticleParseError(`date "${raw}" has no month ${month}`);
  if (day === undefined) return { value: `${year}-${month}`, precision: 'month' };
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) throw new ArticleParseError(`date "${raw}" is not a calendar day`);
  return { value: `${year}-${month}-${day}`, precision: 'day' };
}
