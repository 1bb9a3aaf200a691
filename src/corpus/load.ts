/**
 * Read a corpus folder: every .txt and .md file becomes an Article; a broken file is skipped
 * with one warning naming it and why.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from './article.ts';
import { ArticleParseError, parseArticle } from './parse.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleBytes } from './read-file.ts';

/** A file that was skipped, and why. */
export interface CorpusWarning {
  file: string;
  reason: string;
}

/** The result of loading a folder. Articles are sorted by date, then id. */
export interface LoadedCorpus {
  articles: Article[];
  warnings: CorpusWarning[];
}

/** Extensions the loader reads. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

/** Whether a file name is an article file. @example isArticleFile("a.md") // true */
export function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)) && !name.startsWith('.');
}

/** How files are read. */
export interface ReadOptions {
  /** Larger article files are skipped with a warning (default 2 MiB, MAX_ARTICLE_BYTES). */
  maxArticleBytes?: number;
}

/**
 * Load all articles in `dir`. A missing folder is a warning, not a crash.
 * @example const { articles, warnings } = await loadCorpus("corpus")
 */
export async function loadCorpus(dir: string, options: ReadOptions = {}): Promise<LoadedCorpus> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isArticleFile).sort();
  } catch (error) {
    return { articles: [], warnings: [{ file: dir, reason: `cannot read folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` }] };
  }
  const articles: Article[] = [];
  const warnings: CorpusWarning[] = [];
  for (const name of names) {
    const result = await loadArticleFile(join(dir, name), options);
    if ('reason' in result) warnings.push(result);
    else articles.push(result);
  }
  return { articles: sortArticles(articles), warnings };
}

/**
 * Read and parse one file; failures come back as a warning instead of throwing. Only regular
 * files up to the size limit are read (a FIFO or a link to a device is a warning).
 * @example await loadArticleFile("corpus/a.txt") // { id: "a", … } or { file: "corpus/a.txt", reason: "empty file" }
 */
export async function loadArticleFile(file: string, options: ReadOptions = {}): Promise<Article | CorpusWarning> {
  const read = await readArticleBytes(file, options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
  if ('reason' in read) return { file, reason: read.reason };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    return parseArticle(text, file);
  } catch (error) {
    if (error instanceof ArticleParseError) return { file, reason: error.message };
    if (error instanceof TypeError) return { file, reason: 'not UTF-8 text' };
    throw error;
  }
}

/** Oldest first, ties by id. */
export function sortArticles(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => a.date.value.localeCompare(b.date.value) || a.id.localeCompare(b.id));
}
