/**
 * A minimal reader for corpus files, for the evaluation scripts only: the body exactly as
 * stored after the header (seed line ` date YYYY-MM ` or `---` front matter) and its date.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { PreciseDate } from '../src/corpus/article.ts';

export interface EvalArticle {
  id: string;
  date: PreciseDate;
  body: string;
}

/**
 * Read one corpus file.
 * @example readArticle("corpus/000_c0e53de7401762a9.txt").date // { value: "2019-03", precision: "month" }
 */
export function readArticle(file: string): EvalArticle {
  const text = readFileSync(file, 'utf8');
  const id = basename(file).replace(/\.[^.]+$/, '');
  const seed = /^ ?date (\d{4}-\d{2}(?:-\d{2})?) /.exec(text);
  if (seed) return { id, date: preciseDate(seed[1]!), body: text.slice(seed[0].length) };
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!front) throw new Error(`${file}: no header`);
  const date = /^date:\s*(\S+)/m.exec(front[1]!)?.[1];
  if (!date) throw new Error(`${file}: no date`);
  return { id, date: preciseDate(date), body: text.slice(front[0].length) };
}

function preciseDate(value: string): PreciseDate {
  return { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' };
}
