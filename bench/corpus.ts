/**
 * Benchmark corpora: real article texts (wikinews-de and the seeds) reused under new ids and
 * dates, so a corpus of any size has real German vocabulary and article lengths.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/corpus/article.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { findPeople } from '../src/text/people/index.ts';
import { splitSentences } from '../src/text/lexicon/index.ts';

/**
 * `size` articles cycling through `sources`, each with a new id and a day spread over 2005-2024.
 * @example syntheticCorpus(sources, 1000).length // 1000
 */
export function syntheticCorpus(sources: Article[], size: number): Article[] {
  const start = Date.UTC(2005, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  return Array.from({ length: size }, (_, i) => {
    const source = sources[i % sources.length]!;
    // a fixed pseudo-random day per article (Knuth's multiplicative hash), the same every run
    const day = new Date(start + ((((i * 2654435761) >>> 0) % 1e9) / 1e9) * span).toISOString().slice(0, 10);
    return { ...source, id: `bench-${String(i).padStart(6, '0')}`, date: { value: day, precision: 'day' }, file: `bench/${i}.txt` };
  });
}

/** How a benchmark corpus is made from the real texts. */
export type CorpusMode = 'repeat' | 'distinct';

/** Fewer real texts than this means the folder is wrong (wikinews-de has about 850). */
export const MIN_BENCH_TEXTS = 100;

/**
 * The real texts a benchmark corpus is made of: the seeds plus the wikinews-de articles in
 * `wikinews`. A missing or nearly empty folder is an error naming it and the flag, never a silent
 * benchmark of five texts repeated.
 * @example await benchTexts("../shared/corpora/wikinews-de/articles") // ~855 articles
 */
export async function benchTexts(root: string, wikinews: string): Promise<Article[]> {
  const texts = existsSync(wikinews) ? (await loadCorpus(wikinews)).articles : [];
  if (texts.length < MIN_BENCH_TEXTS) {
    throw new Error(`bench: ${texts.length} article texts in ${wikinews} (at least ${MIN_BENCH_TEXTS} needed): point --wikinews DIR at the wikinews-de articles (../shared/corpora/wikinews-de/articles)`);
  }
  return [...(await loadCorpus(join(root, 'corpus'))).articles, ...texts];
}

// "Biegun", "Merkel", … -> a name of the article's own: the people differ between articles
const NAME_HEADS = ['Al', 'Be', 'Ka', 'Lo', 'Mi', 'No', 'Ra', 'Su', 'Te', 'Wo', 'Ha', 'Jo'];
const NAME_TAILS = ['brecht', 'mann', 'ski', 'berg', 'stein', 'hardt', 'lin', 'sen', 'dorf', 'wald', 'ke', 'ner'];
// "2019" / "1998" -> shifted by the article's offset; "100" or "20000" untouched
const YEAR = /\b(19[5-9]\d|20[0-2]\d)\b/g;

/**
 * `size` distinct articles: each recombines three paragraphs of different real texts, with the
 * years in the text shifted and the surnames after first names replaced, per article. Unlike
 * `syntheticCorpus`, no two articles repeat the same text, so the timeline merge meets as many
 * truly alike pairs as a real archive would, not millions of copies.
 * @example distinctCorpus(sources, 1000).length // 1000
 */
export function distinctCorpus(sources: Article[], size: number): Article[] {
  const paragraphs = sources.flatMap((a, source) =>
    a.body
      .split(/\n\s*\n/)
      .filter((p) => p.length > 80)
      .map((text) => ({ text, source })),
  );
  const surnames = surnamesIn(sources);
  const dated = syntheticCorpus(sources, size);
  return dated.map((article, i) => {
    const hash = (k: number) => ((i + 1) * 2654435761 + k * 40503) >>> 0;
    const picked = [0, 1, 2].map((k) => paragraphs[hash(k) % paragraphs.length]!);
    const shift = (hash(7) % 11) - 5;
    const names = new Map<string, string>();
    const body = picked
      .map((p) => p.text)
      .join('\n\n')
      .replace(YEAR, (year) => String(Number(year) + shift))
      .replace(WORD, (word) => {
        if (!surnames.has(word)) return word;
        const pick = hash(names.size + 11);
        if (!names.has(word)) names.set(word, `${NAME_HEADS[pick % NAME_HEADS.length]}${NAME_TAILS[(pick >>> 8) % NAME_TAILS.length]}`);
        return names.get(word)!;
      });
    return { ...article, title: body.split(/(?<=[.!?])\s/)[0]!.slice(0, 120), body };
  });
}

// "Biegun", "Merkel" -> candidates for a surname
const WORD = /\p{Lu}\p{Ll}{2,}/gu;

/** Surnames of the people the bot finds in the texts (the last word of each full name). */
function surnamesIn(sources: Article[]): Set<string> {
  const surnames = new Set<string>();
  for (const article of sources) {
    for (const person of findPeople(article.body, splitSentences(article.body)).people) {
      const parts = person.name.split(' ');
      if (parts.length >= 2) surnames.add(parts.at(-1)!);
    }
  }
  return surnames;
}
