/**
 * Benchmark corpora: real article texts (wikinews-de and the seeds) reused under new ids and
 * dates, so a corpus of any size has real German vocabulary and article lengths.
 */
import type { Article } from '../src/corpus/article.ts';

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
    const day = new Date(start + (((i * 2654435761) >>> 0) % 1e9) / 1e9 * span).toISOString().slice(0, 10);
    return { ...source, id: `bench-${String(i).padStart(6, '0')}`, date: { value: day, precision: 'day' }, file: `bench/${i}.txt` };
  });
}
