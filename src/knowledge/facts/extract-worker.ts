/**
 * An extraction worker thread: receives batches of articles, answers with their facts (packed)
 * and sentence offsets, in the same order. Started by `extractInParallel` (src/knowledge/facts/parallel.ts) through worker-boot.mjs.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../../corpus/article.ts';
import { sentenceOffsets, splitSentences } from '../../text/lexicon/index.ts';
import { extractFactsSafely } from './extract.ts';
import { packFacts } from './packed.ts';

/**
 * What a worker gives back for one article: its facts, packed (src/knowledge/facts/packed.ts), and its
 * sentences as offsets `[start0, end0, start1, end1, …]`; `error` when an extractor threw (the
 * facts are then empty, see `extractFactsSafely`).
 */
export interface Extracted {
  facts: Uint8Array;
  sentences: Uint32Array;
  error?: string;
}

/** A batch to extract: its number and its articles. */
export interface ExtractRequest {
  batch: number;
  articles: Article[];
}

parentPort?.on('message', ({ batch, articles }: ExtractRequest) => {
  const extracted: Extracted[] = articles.map((a) => {
    const sentences = splitSentences(a.body);
    // (an extractor that throws costs this article's facts, not the batch)
    const { facts, error } = extractFactsSafely(a, sentences);
    return { facts: packFacts(facts), sentences: sentenceOffsets(sentences), ...(error ? { error } : {}) };
  });
  parentPort!.postMessage(
    { batch, extracted },
    extracted.flatMap((e) => [e.facts.buffer as ArrayBuffer, e.sentences.buffer as ArrayBuffer]),
  );
});
