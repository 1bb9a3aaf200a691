/**
 * An extraction worker thread: receives batches of articles, answers with their facts, packed,
 * in the same order. Started by `extractInParallel` (src/facts/parallel.ts) through worker-boot.mjs.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/article.ts';
import { splitSentences } from '../text/sentences.ts';
import { extractFacts } from './extract.ts';
import { packFacts } from './packed.ts';

/** A batch to extract: its number and its articles. */
export interface ExtractRequest { batch: number; articles: Article[] }

parentPort?.on('message', ({ batch, articles }: ExtractRequest) => {
  const facts = articles.map((a) => packFacts(extractFacts(a, splitSentences(a.body))));
  parentPort!.postMessage({ batch, facts }, facts.map((f) => f.buffer as ArrayBuffer));
});
