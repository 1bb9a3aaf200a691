/**
 * Quote attribution on the wikinews-de gold (Petersen-Frey & Biemann 2024, train+dev):
 * precision and recall of (quote, speaker) pairs for direct and indirect quotes.
 *   npx tsx eval/quotes.ts [path/to/shared/corpora] [--verbose] [--context] [--limit N] [--baseline]
 * `--verbose` lists the misses and wrong attributions of dev-a and dev-b (never held-out's);
 * `--context` also prints each missed dev quote with the text before it and the system's quotes there,
 * and the text around each wrong or spurious dev attribution.
 * `--baseline` scores the naive nearest-person attribution of eval/baseline.ts instead.
 *
 * How gold is mapped and predictions judged: see eval/quotes-gold.ts and eval/quotes-judge.ts.
 * Direct = gold "Direct"; indirect = gold "Indirect" + "IndirectFreeIndirect".
 *
 * Halves: the articles are split by a hash of their id into a dev half (looked at while developing)
 * and a held-out half (only measured), reported separately. The dev half is split once more by the
 * same hash into dev-a and dev-b; both are read (`--verbose` lists their misses; dev-b only from the
 * quotes5 round on, before that it was only measured), held-out never.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitSentences } from '../src/text/lexicon/index.ts';
import { findPeople, type ArticlePeople } from '../src/text/people/index.ts';
import { findQuotes, type Quote } from '../src/text/quotes/index.ts';
import { corporaDir, prf, readBody } from './corpus-file.ts';
import { baselineQuotes } from './baseline.ts';
import { fnv1a } from './fnv.ts';
import { genderContradicts, locateGold, type Gold, type GoldLine } from './quotes-gold.ts';
import { overlaps, sameType, sourceOk, sourceWords, speakerOk, titleOk, typeGroup } from './quotes-judge.ts';

const { values: args, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { verbose: { type: 'boolean' }, context: { type: 'boolean' }, baseline: { type: 'boolean' }, limit: { type: 'string' } },
});
// --context: each missed dev quote with the text before it and what the system made of it
const context = args.context === true;
const verbose = args.verbose === true || context;
const baseline = args.baseline === true;
const limit = args.limit !== undefined ? Number(args.limit) : Infinity;
const root = corporaDir(positionals[0]);
const lines = readFileSync(join(root, 'wikinews-de', 'quotes.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as GoldLine);
const byArticle = new Map<string, GoldLine[]>();
for (const l of lines) byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), l]);

interface Row {
  predicted: number;
  correct: number;
  other: number;
  spurious: number;
  gold: number;
  found: number;
  located: number;
  srcPredicted: number;
  srcCorrect: number;
  srcGold: number;
  srcFound: number;
  /** predictions left out because every gold quote they hit has a pronoun speaker the eval cannot resolve */
  onUnresolved: number;
}
type Stats = Record<'direct' | 'indirect', Row>;
const newRow = (): Row => ({ predicted: 0, correct: 0, other: 0, spurious: 0, gold: 0, found: 0, located: 0, srcPredicted: 0, srcCorrect: 0, srcGold: 0, srcFound: 0, onUnresolved: 0 });
const newStats = (): Stats => ({ direct: newRow(), indirect: newRow() });

const HALVES = ['all', 'dev', 'dev-a', 'dev-b', 'held-out'] as const;
type Half = (typeof HALVES)[number];
const byHalf: Record<Half, Stats> = { all: newStats(), dev: newStats(), 'dev-a': newStats(), 'dev-b': newStats(), 'held-out': newStats() };
const HALF_TITLE: Record<Half, string> = {
  all: 'all articles',
  dev: 'dev half (dev-a + dev-b)',
  'dev-a': 'dev-a (looked at)',
  'dev-b': 'dev-b (looked at since the quotes5 round)',
  'held-out': 'held-out half (only measured)',
};
/**
 * The split an article belongs to, by FNV-1a of its id: even -> dev, odd -> held-out; of the dev
 * half, a remainder 0 mod 4 -> dev-a, 2 mod 4 -> dev-b (both read since the quotes5 round).
 * @example splitOf(id) // fnv1a(id) = 12 -> 'dev-a', 14 -> 'dev-b', 13 -> 'held-out'
 */
function splitOf(article: string): 'dev-a' | 'dev-b' | 'held-out' {
  const h = fnv1a(article) % 4;
  return h === 0 ? 'dev-a' : h === 2 ? 'dev-b' : 'held-out';
}
let stats = byHalf.all;
let half: 'dev-a' | 'dev-b' | 'held-out' = 'dev-a';
let unlocated = 0;
let unresolved = 0;
let unjudged = 0;
let articles = 0;
// the article being scored, for `--context`
let currentBody = '';
for (const [article, goldLines] of byArticle) {
  if (articles >= limit) break;
  articles++;
  const { body } = readBody(join(root, 'wikinews-de', 'articles', `${article}.txt`));
  const located = locateGold(body, goldLines);
  unlocated += located.unlocated;
  const gold = located.gold;
  const sentences = splitSentences(body);
  const people = findPeople(body, sentences);
  const quotes = baseline ? baselineQuotes(body, sentences, people) : findQuotes(body, sentences, people);
  half = splitOf(article);
  currentBody = body;
  const rows: Half[] = half === 'held-out' ? ['all', half] : ['all', 'dev', half];
  for (const h of rows) {
    stats = byHalf[h];
    score(article, people, quotes, gold, h === 'all', body);
  }
}

/** A gold quote whose speaker is a pronoun the eval cannot resolve (left out of both counts). */
function unresolvedPronoun(g: Gold): boolean {
  return g.cls === 'pronoun' && !g.resolved;
}

/** Whether the rows being scored may be listed (`--verbose`): dev-a's and dev-b's, never held-out's. */
function listed(): boolean {
  return stats === byHalf['dev-a'] || stats === byHalf['dev-b'];
}

function score(article: string, people: ArticlePeople, quotes: Quote[], gold: Gold[], counting: boolean, body: string): void {
  for (const q of quotes) {
    if (!q.speaker && q.source) {
      scoreSource(article, q, gold);
      continue;
    }
    if (!q.speaker) continue;
    const s = stats[q.type];
    const hits = gold.filter((g) => overlaps(q, g));
    if (hits.length === 0) {
      s.predicted++;
      s.spurious++;
      log('spurious', article, q);
      continue;
    }
    const right = (g: Gold) => (g.cls !== 'empty' && speakerOk(q.speaker!, g.speaker)) || (!!g.resolved && speakerOk(q.speaker!, g.resolved)) || (g.cls === 'title' && titleOk(q.speaker!, g.speaker, people));
    if (hits.some(right)) {
      s.predicted++;
      s.correct++;
      continue;
    }
    // no speaker annotated, or a pronoun with no named speaker before it: cannot be judged - unless the
    // pronoun's gender rules the prediction out ("Er" annotated, "Anna Roth" predicted: wrong)
    const unjudgeable = (g: Gold) => g.cls === 'empty' || (g.cls === 'pronoun' && !g.resolved && !genderContradicts(g.speaker, q.speaker!));
    if (hits.every(unjudgeable)) {
      if (counting) unjudged++;
      if (hits.some(unresolvedPronoun)) s.onUnresolved++;
      continue;
    }
    s.predicted++;
    if (hits.every((g) => g.cls === 'other')) {
      s.other++;
      log(`other(${hits[0]!.speaker})`, article, q);
    } else log(`WRONG(${hits[0]!.speaker})`, article, q);
  }
  for (const g of gold) {
    const grp = typeGroup(g.type);
    if (grp === 'other') continue;
    const s = stats[grp];
    s.located++;
    if (g.cls === 'pronoun' && !g.resolved) {
      if (counting) unresolved++;
      continue;
    }
    if (!g.resolved) {
      if ((g.cls === 'other' || g.cls === 'title') && sourceWords(g.speaker).size > 0) {
        s.srcGold++;
        if (quotes.some((q) => !q.speaker && q.source && sameType(q, g) && overlaps(q, g) && sourceOk(q.source, g.speaker))) s.srcFound++;
      }
      continue;
    }
    s.gold++;
    if (quotes.some((q) => q.speaker && sameType(q, g) && overlaps(q, g) && speakerOk(q.speaker, g.resolved!))) s.found++;
    else if (verbose && listed()) {
      console.log(`  missed ${half} ${article} ${grp} [${g.speaker}] ${g.quote.slice(0, 90)}`);
      if (context) missedContext(body, g, quotes);
    }
  }
}

/** The text around a missed gold quote and the system's quotes overlapping it (`--context`). */
function missedContext(body: string, g: Gold, quotes: Quote[]): void {
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  console.log(`    …${flat(body.slice(Math.max(0, g.start - 250), g.start))}⟦${flat(g.quote.slice(0, 160))}⟧${flat(body.slice(g.end, g.end + 100))}…`);
  const mine = quotes.filter((q) => overlaps(q, g));
  console.log(`    system: ${mine.length ? mine.map((q) => `${q.type} [${q.speaker ?? (q.source ? `source: ${q.source}` : '-')}]`).join('; ') : 'no quote'}`);
}

/** A prediction naming an organisation or description (no person): see the header for the rule. */
function scoreSource(article: string, q: Quote, gold: Gold[]): void {
  const s = stats[q.type];
  const hits = gold.filter((g) => overlaps(q, g));
  if (hits.length === 0) {
    s.predicted++;
    s.srcPredicted++;
    s.spurious++;
    log('spurious', article, q);
    return;
  }
  if (hits.some((g) => (g.cls === 'other' || g.cls === 'title') && sourceOk(q.source!, g.speaker))) {
    s.predicted++;
    s.correct++;
    s.srcPredicted++;
    s.srcCorrect++;
    return;
  }
  if (hits.every((g) => g.cls === 'empty' || unresolvedPronoun(g))) {
    if (hits.some(unresolvedPronoun)) s.onUnresolved++;
    return;
  }
  s.predicted++;
  s.srcPredicted++;
  log(`WRONG-SOURCE(${hits[0]!.speaker})`, article, q);
}

function log(kind: string, article: string, q: Quote): void {
  if (!verbose || !listed()) return;
  console.log(`  ${kind} ${half} ${article} ${q.type} [${q.speaker ?? `source: ${q.source}`}] ${q.text.slice(0, 90)}`);
  if (context) wrongContext(currentBody, q);
}

/** The text around a wrong or spurious dev attribution (`--context`). */
function wrongContext(body: string, q: Quote): void {
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  console.log(`    …${flat(body.slice(Math.max(0, q.start - 250), q.start))}⟦${flat(body.slice(q.start, Math.min(q.end, q.start + 160)))}⟧${flat(body.slice(q.end, q.end + 150))}…`);
}

console.log(
  `${baseline ? 'BASELINE (nearest person in the sentence); ' : ''}articles: ${articles}, gold quotes not found in text: ${unlocated}, pronoun speakers left unresolved: ${unresolved}, predictions on quotes without a judgeable speaker: ${unjudged}`,
);
for (const h of HALVES) {
  stats = byHalf[h];
  console.log(`\n${HALF_TITLE[h]}`);
  // "on unresolved pronoun": predictions left out of precision because the gold speaker is a pronoun the
  // eval cannot resolve; the next column counts them as wrong instead
  console.log('| type | gold with person speaker | predicted with speaker | correct | precision (strict) | precision (lenient) | on unresolved pronoun | precision (those as wrong) | recall | F1 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const type of ['direct', 'indirect'] as const) {
    const s = stats[type];
    const strict = prf(s.correct, s.predicted, s.gold);
    const lenient = s.predicted - s.other ? (s.correct / (s.predicted - s.other)).toFixed(3) : '0.000';
    const r = s.gold ? s.found / s.gold : 0;
    const p = s.predicted ? s.correct / s.predicted : 0;
    // (F1 from strict precision and the person recall: `correct` also counts right sources)
    const f1 = p + r ? ((2 * p * r) / (p + r)).toFixed(3) : '0.000';
    const asWrong = s.predicted + s.onUnresolved ? (s.correct / (s.predicted + s.onUnresolved)).toFixed(3) : '0.000';
    console.log(`| ${type} | ${s.gold} | ${s.predicted} | ${s.correct} | ${strict.p} | ${lenient} | ${s.onUnresolved} | ${asWrong} | ${r.toFixed(3)} | ${f1} |`);
  }
  for (const type of ['direct', 'indirect'] as const) {
    const s = stats[type];
    console.log(
      `| ${type}: organisation/description source | ${s.srcGold} | ${s.srcPredicted} | ${s.srcCorrect} | ${(s.srcPredicted ? s.srcCorrect / s.srcPredicted : 0).toFixed(3)} | | | | ${(s.srcGold ? s.srcFound / s.srcGold : 0).toFixed(3)} | |`,
    );
  }
  const all = {
    c: stats.direct.correct + stats.indirect.correct,
    p: stats.direct.predicted + stats.indirect.predicted,
    g: stats.direct.gold + stats.indirect.gold,
    f: stats.direct.found + stats.indirect.found,
  };
  console.log(`| all | ${all.g} | ${all.p} | ${all.c} | ${(all.c / all.p).toFixed(3)} | | | | ${(all.f / all.g).toFixed(3)} | |`);
}
