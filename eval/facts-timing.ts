/**
 * Time each extraction stage per article, on the seeds + wikinews-de articles.
 *   npx tsx eval/facts-timing.ts [path/to/shared/corpora] [--reps N]
 * Prints milliseconds per article for each stage, once per repetition (the first includes warm-up).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.ts';
import { tagDates } from '../src/text/dates/index.ts';
import { extractEvents } from '../src/text/events/index.ts';
import { findPeople } from '../src/text/people/index.ts';
import { findQuotes } from '../src/text/quotes/index.ts';
import { splitSentences } from '../src/text/lexicon/index.ts';
import { corporaDir } from './corpus-file.ts';

const { values: args, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { reps: { type: 'string' } } });
const root = corporaDir(positionals[0]);
const reps = args.reps !== undefined ? Number(args.reps) : 3;
const repo = resolve(fileURLToPath(import.meta.url), '../..');
const articles = [...(await loadCorpus(join(repo, 'corpus'))).articles, ...(await loadCorpus(join(root, 'wikinews-de', 'articles'))).articles];

for (let r = 0; r < reps; r++) {
  const t = { sentences: 0, dates: 0, people: 0, events: 0, quotes: 0 };
  const clock = <T>(stage: keyof typeof t, work: () => T): T => {
    const s = performance.now();
    const result = work();
    t[stage] += performance.now() - s;
    return result;
  };
  for (const a of articles) {
    const sentences = clock('sentences', () => splitSentences(a.body));
    const dates = clock('dates', () => tagDates(a.body, a.date));
    const people = clock('people', () => findPeople(a.body, sentences));
    clock('events', () => extractEvents(a, dates, sentences));
    clock('quotes', () => findQuotes(a.body, sentences, people));
  }
  const total = Object.values(t).reduce((x, y) => x + y, 0);
  const per = Object.entries(t)
    .map(([k, v]) => `${k} ${(v / articles.length).toFixed(3)}`)
    .join(', ');
  console.log(`rep ${r + 1} (${articles.length} articles), ms/article: ${per}; total ${(total / articles.length).toFixed(3)}`);
}
