/**
 * Relevance of the search: MRR@10 and recall@10 of this bot, minisearch (defaults), minisearch
 * set up for German and lunr (German) on the same articles and queries, in one run.
 *   npm run eval:search [-- --wikinews DIR] [--misses] [--quick]
 * Query sets (test/fixtures/relevance/):
 *   - known-item: every wikinews-de title as the query (the article must be found), and the same
 *     title as typed in a hurry (lower case, umlauts as ae/oe/ue/ss, the three longest words);
 *   - questions.json: hand-written questions with judged relevant articles (seeds and wikinews);
 *   - title-less: every wikinews-de article indexed without its title (as a seed-format file
 *     would be: the title is derived from the text, src/corpus/title.ts) and its real headline,
 *     dates included, as the query. Built over the whole shared folder, not only known-items.json.
 * The title-less set is also reported in two halves by the article's number (`wikinews-10022`:
 * even): the dev half is the one looked at while tuning (`--misses` prints its misses only), the
 * held-out half is only measured, so a change fitted to the dev misses shows up as a gap.
 * `--quick` measures this bot and minisearch (German) only.
 * The fixtures hold ids and our own questions only; titles are read from the corpus at run time.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../src/corpus/article.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { deriveTitle } from '../src/corpus/title.ts';
import { foldWord } from '../src/search/fold.ts';
import { korea, lunrGerman, miniSearchDefault, miniSearchGerman, type SearchSystem } from './search-systems.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const FIXTURES = join(ROOT, 'test/fixtures/relevance');

/** A query and the ids that should be found. */
export interface Judged {
  query: string;
  relevant: string[];
}

/**
 * Reciprocal rank of the first relevant id in the top 10, and the share of relevant ids there.
 * @example scoreRanking(["b", "a"], ["a"]) // { rr: 0.5, recall: 1 }
 */
export function scoreRanking(ranked: string[], relevant: string[]): { rr: number; recall: number } {
  const top = ranked.slice(0, 10);
  const first = top.findIndex((id) => relevant.includes(id));
  return { rr: first < 0 ? 0 : 1 / (first + 1), recall: relevant.filter((id) => top.includes(id)).length / relevant.length };
}

/**
 * A title as typed in a hurry: the three longest words, lower case, umlauts spelled out.
 * @example hurried("Krisentreffen der EU-Außenminister wegen Türkeibeitrittsverhandlungen") // "tuerkeibeitrittsverhandlungen krisentreffen aussenminister"
 */
export function hurried(title: string): string {
  const words = (title.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 3);
  return [...words]
    .sort((a, b) => b.length - a.length)
    .slice(0, 3)
    .map(foldWord)
    .join(' ');
}

function knownItems(articles: Article[], ids: string[]): { titles: Judged[]; typed: Judged[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sameTitle = (title: string) => articles.filter((a) => a.title === title).map((a) => a.id);
  const chosen = ids.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  return {
    titles: chosen.map((a) => ({ query: a.title, relevant: sameTitle(a.title) })),
    typed: chosen.map((a) => ({ query: hurried(a.title), relevant: sameTitle(a.title) })).filter((j) => j.query.split(' ').length >= 2),
  };
}

/**
 * The articles as title-less files would load (title = first real sentence) and every real
 * headline as a query for its article.
 * @example titleless(articles).queries[0] // { query: "Exporte brechen im Januar 2015 ein", relevant: ["wikinews-…"] }
 */
export function titleless(articles: Article[], wikinews: Set<string>): { articles: Article[]; queries: Judged[] } {
  const stripped = articles.map((a) => (wikinews.has(a.id) ? { ...a, title: deriveTitle(a.body) || a.id } : a));
  const sameTitle = new Map<string, string[]>();
  for (const a of articles) if (wikinews.has(a.id)) sameTitle.set(a.title, [...(sameTitle.get(a.title) ?? []), a.id]);
  return { articles: stripped, queries: [...sameTitle].map(([query, relevant]) => ({ query, relevant })) };
}

/**
 * Whether a judged query belongs to the dev half: its first relevant article has an even number.
 * @example isDev({ query: "…", relevant: ["wikinews-10022"] }) // true
 */
export function isDev(judged: Judged): boolean {
  // "wikinews-10022" -> 10022; an id without digits counts as dev
  const digits = /(\d+)$/.exec(judged.relevant[0] ?? '');
  return !digits || Number(digits[1]) % 2 === 0;
}

function evaluate(system: SearchSystem, set: Judged[]): { mrr: number; recall: number } {
  let rr = 0;
  let recall = 0;
  for (const judged of set) {
    const score = scoreRanking(system.search(judged.query), judged.relevant);
    rr += score.rr;
    recall += score.recall;
  }
  return { mrr: rr / set.length, recall: recall / set.length };
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({ args: process.argv.slice(2), options: { wikinews: { type: 'string' }, misses: { type: 'boolean' }, quick: { type: 'boolean' } } });
  const wikinews = resolve(args.wikinews || join(ROOT, '../shared/corpora/wikinews-de/articles'));
  const shared = (await loadCorpus(wikinews)).articles;
  const articles = [...(await loadCorpus(join(ROOT, 'corpus'))).articles, ...shared];
  const knownIds = (JSON.parse(readFileSync(join(FIXTURES, 'known-items.json'), 'utf8')) as { ids: string[] }).ids;
  const questions = JSON.parse(readFileSync(join(FIXTURES, 'questions.json'), 'utf8')) as (Judged & { note?: string })[];
  const { titles, typed } = knownItems(articles, knownIds);
  const present = new Set(articles.map((a) => a.id));
  const sets: [string, Judged[]][] = [
    ['known item: title', titles],
    ['known item: typed in a hurry', typed],
    // an article the loader skips (e.g. wikinews-75280, dated 0001-01-01) cannot be found by anyone
    ['hand-written questions', questions.map((q) => ({ ...q, relevant: q.relevant.filter((id) => present.has(id)) })).filter((q) => q.relevant.length > 0)],
  ];
  const builders = args.quick ? [korea, miniSearchGerman] : [korea, miniSearchDefault, miniSearchGerman, lunrGerman];
  const stripped = titleless(articles, new Set(shared.map((a) => a.id)));
  const rows: [string, Judged[], SearchSystem[]][] = [];
  const titled = builders.map((build) => build(articles));
  for (const [name, set] of sets) rows.push([name, set, titled]);
  const titlelessSystems = builders.map((build) => build(stripped.articles));
  rows.push(['known item: title-less articles, headline as query', stripped.queries, titlelessSystems]);
  rows.push(['title-less: dev half (even ids)', stripped.queries.filter(isDev), titlelessSystems]);
  rows.push(['title-less: held-out half (odd ids)', stripped.queries.filter((q) => !isDev(q)), titlelessSystems]);
  console.log(`Search relevance on ${articles.length} articles (seeds + ${wikinews}), ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(`| query set | queries | ${titled.map((s) => `${s.name} MRR@10 / recall@10`).join(' | ')} |`);
  console.log(`|---|---:|${titled.map(() => '---:').join('|')}|`);
  for (const [name, set, systems] of rows) {
    const cells = systems.map((system) => evaluate(system, set)).map((r) => `${r.mrr.toFixed(3)} / ${r.recall.toFixed(3)}`);
    console.log(`| ${name} | ${set.length} | ${cells.join(' | ')} |`);
  }
  if (args.misses) {
    // the held-out half is measured, never looked at: its misses are not printed
    for (const [name, set, systems] of rows.filter(([name]) => !name.startsWith('known item: title-less') && !name.includes('held-out'))) {
      for (const judged of set) {
        const found = systems[0]!.search(judged.query);
        const score = scoreRanking(found, judged.relevant);
        if (score.rr < 1) console.log(`miss [${name}] rr ${score.rr.toFixed(2)} ${judged.query}: want ${judged.relevant.join(',')}, got ${found.slice(0, 3).join(',')}`);
      }
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
