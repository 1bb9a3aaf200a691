/**
 * A guard for performance work: sha256 fingerprints of everything extracted at load time, so an
 * optimisation can be checked to change no output.
 *   npx tsx eval/facts-fingerprint.ts [path/to/shared/corpora] [--synthetic N | --distinct N] [--times]
 * Prints one hash each for: extractFacts of every wikinews-de article + the seeds, the people
 * profiles (mergeProfiles) and the merged timeline (mergeEvents, with the people of each event as
 * the bot passes them), the people directory (profiles per article, and what a lookup of every
 * place, organisation and frequent surname finds), and a combined hash. `--synthetic N` fingerprints the same over the
 * benchmark corpus of N articles (texts reused under new ids and dates), where the merges are
 * much larger; `--distinct N` over the bench's corpus of N distinct articles (recombined paragraphs,
 * years and surnames varied: texts the extractors have not met as such). `--workers N` extracts on N worker threads (must give the same hashes). `--times`
 * also prints the time each stage took.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { distinctCorpus, syntheticCorpus } from '../bench/corpus.ts';
import type { Article } from '../src/corpus/article.ts';
import { PeopleDirectory } from '../src/knowledge/people-directory.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractFacts, nearbyPeopleIn, peopleIn, type ArticleFacts } from '../src/knowledge/facts/extract.ts';
import { unpackFacts } from '../src/knowledge/facts/packed.ts';
import { extractInParallel } from '../src/knowledge/facts/parallel.ts';
import { mergeEvents } from '../src/text/events/index.ts';
import { mergeProfiles } from '../src/text/people/index.ts';
import { splitSentences } from '../src/text/lexicon/index.ts';
import { corporaDir } from './corpus-file.ts';

const { values: args, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { synthetic: { type: 'string' }, distinct: { type: 'string' }, times: { type: 'boolean' }, workers: { type: 'string' } },
});
const root = corporaDir(positionals[0]);
const synthetic = args.synthetic !== undefined ? Number(args.synthetic) : 0;
const distinct = args.distinct !== undefined ? Number(args.distinct) : 0;
const times = args.times === true;
const workers = args.workers !== undefined ? Number(args.workers) : 0;
const repo = resolve(fileURLToPath(import.meta.url), '../..');

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Run `work`, printing its time with `--times`. */
function timed<T>(label: string, work: () => T): T {
  const t = performance.now();
  const result = work();
  if (times) console.error(`${label}: ${(performance.now() - t).toFixed(0)} ms`);
  return result;
}

async function timedAsync<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await work();
  if (times) console.error(`${label}: ${(performance.now() - t).toFixed(0)} ms`);
  return result;
}

const seeds = (await loadCorpus(join(repo, 'corpus'))).articles;
const wikinews = (await loadCorpus(join(root, 'wikinews-de', 'articles'))).articles;
const articles: Article[] = synthetic > 0 ? syntheticCorpus([...seeds, ...wikinews], synthetic) : distinct > 0 ? distinctCorpus([...seeds, ...wikinews], distinct) : [...seeds, ...wikinews];

const facts =
  workers > 0
    ? await timedAsync(`extractInParallel (${articles.length} articles, ${workers} workers)`, async () => {
        const all = await extractInParallel(articles, workers);
        return new Map<string, ArticleFacts>(articles.map((a, i) => [a.id, unpackFacts(all[i]!.facts)]));
      })
    : timed(`extractFacts (${articles.length} articles)`, () => new Map<string, ArticleFacts>(articles.map((a) => [a.id, extractFacts(a, splitSentences(a.body))])));
const profiles = timed('mergeProfiles', () => mergeProfiles(articles.map((a) => ({ articleId: a.id, articleDate: a.date.value, people: facts.get(a.id)!.people.people }))));
const directory = timed('PeopleDirectory', () => PeopleDirectory.build(articles.map((a) => ({ articleId: a.id, articleDate: a.date.value, facts: facts.get(a.id)! }))));
// what `who` answers for every place and organisation and for the 200 most named people's surnames
const asked = [...new Set([...facts.values()].flatMap((f) => f.people.entities.map((e) => e.name)))].concat(profiles.slice(0, 200).map((p) => p.name.split(' ').at(-1)!));
const lookups = asked.map((name) => {
  const found = directory.lookup(name);
  return [name, found.kind, 'profile' in found ? found.profile.key : 'entity' in found ? found.entity : 'candidates' in found ? found.candidates.map((c) => c.key) : found.suggestions];
});
const byArticle = [...directory.byArticle].map(([id, named]) => [id, named.map((p) => p.key)]);
const events = [...facts.values()].flatMap((f) => f.events);
const timeline = timed(`mergeEvents (${events.length} events)`, () =>
  mergeEvents(events, {
    peopleOf: (event) => {
      const f = facts.get(event.articleId);
      return f ? peopleIn(f, event.start, event.end) : [];
    },
    nearbyPeopleOf: (event) => {
      const f = facts.get(event.articleId);
      return f ? nearbyPeopleIn(f, event.start) : [];
    },
  }),
);

const hashes = {
  articles: articles.length,
  facts: sha([...facts]),
  profiles: sha(profiles),
  timeline: sha(timeline),
  directory: sha([byArticle, lookups]),
};
console.log(JSON.stringify({ ...hashes, all: sha(hashes) }, null, 2));
