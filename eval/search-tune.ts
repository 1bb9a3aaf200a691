/**
 * Ranking constants measured side by side: builds this bot's knowledge once over the titled and
 * the title-less articles and runs every query set for each variant of `RANKING` (score.ts).
 *   npm run eval:search-tune -- '{"k1":1.5}' '{"bBody":0.9}'
 * Each argument is a JSON object merged over the defaults; no argument measures the defaults.
 * Choose on the dev half; the held-out half only confirms.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { rankSearch } from '../src/answers/search.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { RANKING } from '../src/search/score.ts';
import { hurried, isDev, scoreRanking, titleless, type Judged } from './search.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const FIXTURES = join(ROOT, 'test/fixtures/relevance');

async function main(): Promise<void> {
  const shared = (await loadCorpus(join(ROOT, '../shared/corpora/wikinews-de/articles'))).articles;
  const articles = [...(await loadCorpus(join(ROOT, 'corpus'))).articles, ...shared];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const knownIds = (JSON.parse(readFileSync(join(FIXTURES, 'known-items.json'), 'utf8')) as { ids: string[] }).ids;
  const questions = JSON.parse(readFileSync(join(FIXTURES, 'questions.json'), 'utf8')) as Judged[];
  const sameTitle = (title: string) => articles.filter((a) => a.title === title).map((a) => a.id);
  const chosen = knownIds.map((id) => byId.get(id)).filter((a) => !!a);
  const titles = chosen.map((a) => ({ query: a.title, relevant: sameTitle(a.title) }));
  const typed = chosen.map((a) => ({ query: hurried(a.title), relevant: sameTitle(a.title) })).filter((j) => j.query.split(' ').length >= 2);
  const asked = questions.map((q) => ({ ...q, relevant: q.relevant.filter((id) => byId.has(id)) })).filter((q) => q.relevant.length > 0);
  const stripped = titleless(articles, new Set(shared.map((a) => a.id)));
  const titled = buildKnowledge(articles);
  const bare = buildKnowledge(stripped.articles);
  const dev = stripped.queries.filter(isDev);
  const held = stripped.queries.filter((q) => !isDev(q));
  const defaults = { ...RANKING };
  const variants = parseArgs({ args: process.argv.slice(2), allowPositionals: true }).positionals.map((arg) => JSON.parse(arg) as Partial<typeof RANKING>);
  console.log('| variant | title | typed | questions | title-less | dev | held-out |\n|---|---|---|---|---|---|---|');
  for (const variant of variants.length > 0 ? variants : [{}]) {
    Object.assign(RANKING, defaults, variant);
    const mrr = (knowledge: typeof titled, set: Judged[]) => {
      let rr = 0;
      for (const judged of set)
        rr += scoreRanking(
          rankSearch(knowledge, judged.query, 10).docs.map((d) => d.id),
          judged.relevant,
        ).rr;
      return (rr / Math.max(set.length, 1)).toFixed(3);
    };
    const cells = [mrr(titled, titles), mrr(titled, typed), mrr(titled, asked), mrr(bare, stripped.queries), mrr(bare, dev), mrr(bare, held)];
    console.log(`| ${JSON.stringify(variant)} | ${cells.join(' | ')} |`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
