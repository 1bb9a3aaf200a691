/**
 * Timeline events against the hand-written gold (`test/fixtures/gold/events.jsonl`):
 *   npm run eval:events [-- corpora-dir] [--verbose] [--blind2] [--blind3] [--blind4] [--blind5] [--blind6] [--blind7]
 * Gold: per event the article, a snippet of its sentence, the date a timeline should give it
 * (planned or expected things: the date they were said), its precision and whether it happened
 * or was planned/expected. A predicted event is correct when its text overlaps the gold
 * sentence (the sentence holding the gold snippet), its date value is the gold one (or an accepted alternative) and its status agrees;
 * each gold event is matched at most once. "date only" ignores the status.
 * Complete statements (checked automatically, see `completeness.ts`): the text starts at a
 * clause boundary and not with a subordinating word, ends at a clause boundary, and has a
 * finite verb. Measured over the events of the gold articles and the merged timeline of them.
 * Splits: dev, heldout and blind (20 more articles whose gold was written before any output was
 * seen, measured once). `all` is dev + heldout, as before the blind split; blind has its own rows
 * (its articles are merged into a timeline of their own), and `--verbose` never lists them.
 * blind2 … blind7 (later blind splits, see `events-gold.ts`) are like blind but each is read only
 * with its flag (`--blind2` … `--blind7`): without it its gold lines are dropped before anything is
 * loaded, so its articles are not even extracted and no figure of it can be seen by accident.
 * blind2 … blind6 were each measured (2026-12-07) and looked at since (blind6 in the events7 round), so
 * they are dev splits now: with `--blind2 --verbose` (… `--blind6 --verbose`) their misses, wrong
 * predictions, incomplete texts and merged entries are listed like dev's. Held-out, blind and blind7 are never listed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractFacts, nearbyPeopleIn, peopleIn, type ArticleFacts } from '../src/knowledge/facts/extract.ts';
import { splitSentences } from '../src/text/lexicon/index.ts';
import { mergeEvents, type ArticleEvent } from '../src/text/events/index.ts';
import { corporaDir } from './corpus-file.ts';
import { completeness } from './completeness.ts';
import { type GoldEvent as Gold, LOOKED_AT_SPLITS, openedSplits, parseGold } from './events-gold.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const opened = openedSplits(args);
/**
 * The splits `--verbose` lists (misses, wrong predictions, incomplete texts, merged entries): dev,
 * and each opened split of LOOKED_AT_SPLITS. Held-out, blind and blind7 are never listed.
 */
const listed = new Set<string>(['dev', ...opened.filter((split) => LOOKED_AT_SPLITS.includes(split))]);
/** The splits with their own rows and their own merged timeline (never part of `all`). */
const blindSplits = ['blind', ...opened];
const root = corporaDir(args.find((a) => !a.startsWith('--')));
const repo = resolve(fileURLToPath(import.meta.url), '../..');
const gold: Gold[] = parseGold(readFileSync(join(repo, 'test/fixtures/gold/events.jsonl'), 'utf8'), opened);
if (gold.length === 0) throw new Error('eval/events: the gold is empty');
const wanted = new Set(gold.map((g) => g.article));
const articles = [...(await loadCorpus(join(repo, 'corpus'))).articles, ...(await loadCorpus(join(root, 'wikinews-de', 'articles'))).articles].filter((a) => wanted.has(a.id));
if (articles.length !== wanted.size) throw new Error(`eval/events: found ${articles.length} of the ${wanted.size} gold articles`);
const bodies = new Map(articles.map((a) => [a.id, a.body]));
const facts = new Map<string, ArticleFacts>(articles.map((a) => [a.id, extractFacts(a, splitSentences(a.body))]));
const events = new Map<string, ArticleEvent[]>([...facts].map(([id, f]) => [id, f.events]));

const sentences = new Map(articles.map((a) => [a.id, splitSentences(a.body)]));

/** Where the sentence holding a gold snippet is in its article. */
function spanOf(g: Gold): { start: number; end: number } {
  const at = bodies.get(g.article)!.indexOf(g.sentence);
  if (at < 0) throw new Error(`eval/events: "${g.sentence}" not found in ${g.article}`);
  const sentence = sentences.get(g.article)!.find((s) => s.start <= at && at < s.end);
  return sentence ? { start: sentence.start, end: sentence.end } : { start: at, end: at + g.sentence.length };
}

const statusOf = (e: ArticleEvent) => (e.planned ? 'planned' : 'happened');

function score(split: string, withStatus: boolean): { gold: number; predicted: number; correct: number; found: number } {
  const golds = gold.filter((g) => (split === 'all' ? !g.split.startsWith('blind') : g.split === split));
  const ids = new Set(golds.map((g) => g.article));
  const predicted = [...ids].flatMap((id) => events.get(id)!);
  const used = new Set<ArticleEvent>();
  let found = 0;
  for (const g of golds) {
    const { start, end } = spanOf(g);
    const hit = events.get(g.article)!.find((e) => !used.has(e) && e.start < end && e.end > start && [g.date, ...(g.alt ?? [])].includes(e.date.value) && (!withStatus || statusOf(e) === g.status));
    if (hit) {
      used.add(hit);
      found++;
    } else if (verbose && withStatus && listed.has(split)) console.log(`missed ${g.article} ${g.date} ${g.status}: ${g.sentence}`);
  }
  if (verbose && withStatus && listed.has(split)) for (const e of predicted) if (!used.has(e)) console.log(`wrong  ${e.articleId} ${e.date.value} ${statusOf(e)}: ${e.text.slice(0, 90)}`);
  return { gold: golds.length, predicted: predicted.length, correct: used.size, found };
}

const f = (x: number) => x.toFixed(3);
console.log(`Events vs gold (${gold.length} gold events in ${wanted.size} articles)\n`);
console.log('| split | gold | predicted | date+status precision | recall | date-only precision | recall |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const split of ['dev', 'heldout', 'all', ...blindSplits]) {
  const s = score(split, true);
  const d = score(split, false);
  console.log(`| ${split} | ${s.gold} | ${s.predicted} | ${f(s.correct / s.predicted)} | ${f(s.found / s.gold)} | ${f(d.correct / d.predicted)} | ${f(d.found / d.gold)} |`);
}

const splitOf = new Map(gold.map((g) => [g.article, g.split]));
console.log('\n| split | texts | complete statements | share |');
console.log('|---|---:|---:|---:|');
for (const split of ['dev', 'heldout', ...blindSplits]) {
  const all = [...events.values()].flat().filter((e) => splitOf.get(e.articleId) === split);
  const checks = all.map((e) => completeness(bodies.get(e.articleId)!, e.start, e.end));
  const ok = checks.filter((c) => c.complete).length;
  console.log(`| ${split} events | ${all.length} | ${ok} | ${f(ok / all.length)} |`);
  if (verbose && listed.has(split)) checks.forEach((c, i) => !c.complete && console.log(`  incomplete (${c.why}): ${all[i]!.text.slice(0, 120)}`));
}
/** The merged timeline of the given events, as the bot merges: with the people of each report and those named just before it. */
const mergeAll = (list: ArticleEvent[]) =>
  mergeEvents(list, {
    peopleOf: (e) => peopleIn(facts.get(e.articleId)!, e.start, e.end),
    nearbyPeopleOf: (e) => nearbyPeopleIn(facts.get(e.articleId)!, e.start),
  });
const allEvents = [...events.values()].flat();
const merged = mergeAll(allEvents.filter((e) => !splitOf.get(e.articleId)!.startsWith('blind')));
const timelines: [string, ReturnType<typeof mergeAll>][] = [
  ['timeline entries (all)', merged],
  ...blindSplits.map((split): [string, ReturnType<typeof mergeAll>] => [`timeline entries (${split})`, mergeAll(allEvents.filter((e) => splitOf.get(e.articleId) === split))]),
];
for (const [label, entries] of timelines) {
  const shown = entries.map((m) => m.events.find((e) => e.text === m.text)!);
  const ok = shown.filter((e) => completeness(bodies.get(e.articleId)!, e.start, e.end).complete).length;
  console.log(`| ${label} | ${shown.length} | ${ok} | ${f(ok / shown.length)} |`);
}
const multi = merged.filter((m) => m.articleIds.length > 1).length;
console.log(`\ntimeline (dev + heldout): ${merged.length} entries, ${multi} citing more than one article`);
// the merged entries of the listed splits only: an entry that cites a held-out or blind article stays unseen
const listedArticles = (split: string) => new Set(gold.filter((g) => g.split === split).map((g) => g.article));
const show = (entries: ReturnType<typeof mergeAll>, articleIds: Set<string>) => {
  for (const m of entries.filter((entry) => entry.articleIds.every((id) => articleIds.has(id))))
    console.log(`  ${m.date.value}${m.date.modifier ? `(${m.date.modifier})` : ''} ${m.events.some((e) => e.planned) ? '[planned] ' : ''}[${m.articleIds.join(', ')}] ${m.text.slice(0, 110)}`);
};
if (verbose) show(merged, listedArticles('dev'));
for (const split of LOOKED_AT_SPLITS) {
  if (!verbose || !listed.has(split)) continue;
  console.log(`\ntimeline (${split}):`);
  show(timelines.find(([label]) => label === `timeline entries (${split})`)![1], listedArticles(split));
}
