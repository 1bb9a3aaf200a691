/**
 * Read a corpus folder: every .txt and .md file becomes an Article; a broken file is skipped
 * with one warning naming it and why.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from './article.ts';
import { ArticleParseError, parseArticle } from './parse.ts';

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

/**
 * Load all articles in `dir`. A missing folder is a warning, not a crash.
 * @example const { articles, warnings } = await loadCorpus("corpus")
 */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isArticleFile).sort();
  } catch (error) {
    return { articles: [], warnings: [{ file: dir, reason: `cannot read folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` }] };
  }
  const articles: Article[] = [];
  const warnings: CorpusWarning[] = [];
  for (const name of names) {
    const result = await loadArticleFile(join(dir, name));
    if ('reason' in result) warnings.push(result);
    else articles.push(result);
  }
  return { articles: sortArticles(articles), warnings };
}

/** Read and parse one file; failures come back as a warning instead of throwing. */
export async function loadArticleFile(file: string): Promise<Article | CorpusWarning> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, reason: `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
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
