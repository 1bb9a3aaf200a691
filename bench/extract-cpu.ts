/**
 * `node --import tsx bench/extract-cpu.ts SIZE [--reps N] [--code DIR] [--wikinews DIR]`: the CPU per article of
 * extracting the facts of SIZE distinct articles (`distinctCorpus`) on this one thread, each stage
 * apart (sentences, dates, people, events, quotes), after one warm-up pass over the first 200
 * articles (the lexicons and verb sets built once). Prints one JSON line per repetition: ms per
 * article by stage and in all. Run it under `node --cpu-prof` to see where extraction spends.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchTexts, distinctCorpus } from './corpus.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { wikinews: { type: 'string' }, reps: { type: 'string' }, code: { type: 'string' } } });
const code = resolve(values.code ?? ROOT);
const { extractFacts } = (await import(join(code, 'src/knowledge/facts/extract.ts'))) as typeof import('../src/knowledge/facts/extract.ts');
const { tagDates } = (await import(join(code, 'src/text/dates/index.ts'))) as typeof import('../src/text/dates/index.ts');
const { extractEvents } = (await import(join(code, 'src/text/events/index.ts'))) as typeof import('../src/text/events/index.ts');
const { splitSentences } = (await import(join(code, 'src/text/lexicon/index.ts'))) as typeof import('../src/text/lexicon/index.ts');
const { findPeople } = (await import(join(code, 'src/text/people/index.ts'))) as typeof import('../src/text/people/index.ts');
const { findQuotes } = (await import(join(code, 'src/text/quotes/index.ts'))) as typeof import('../src/text/quotes/index.ts');
const size = Number(positionals[0]);
if (!(size > 0)) throw new Error('usage: bench/extract-cpu.ts SIZE [--reps N] [--wikinews DIR]');
const reps = Number(values.reps ?? 1);
const articles = distinctCorpus(await benchTexts(ROOT, resolve(values.wikinews ?? join(ROOT, '../shared/corpora/wikinews-de/articles'))), size);

for (const a of articles.slice(0, 200)) extractFacts(a, splitSentences(a.body));

/** CPU ms of this thread (user + system) since `from`. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};
for (let r = 0; r < reps; r++) {
  const t = { sentences: 0, dates: 0, people: 0, events: 0, quotes: 0 };
  const clock = <T>(stage: keyof typeof t, work: () => T): T => {
    const from = process.cpuUsage();
    const result = work();
    t[stage] += cpuSince(from);
    return result;
  };
  for (const a of articles) {
    const sentences = clock('sentences', () => splitSentences(a.body));
    const dates = clock('dates', () => tagDates(a.body, a.date, sentences));
    const people = clock('people', () => findPeople(a.body, sentences));
    clock('events', () => extractEvents(a, dates, sentences));
    clock('quotes', () => findQuotes(a.body, sentences, people));
  }
  const per = (ms: number) => Number((ms / articles.length).toFixed(3));
  const total = Object.values(t).reduce((x, y) => x + y, 0);
  console.log(JSON.stringify({ code, size, msPerArticle: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, per(v)])), total: per(total) }));
}
