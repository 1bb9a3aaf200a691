/**
 * Temporal tagger evaluation. Prints lenient (overlap) and strict (exact span) precision,
 * recall and F1, and value accuracy on the lenient matches, for
 *   - WikiWarsDE (`<corpora>/wikiwars-de`, gold `timex.jsonl`), and
 *   - the hand-annotated seeds + wikinews-de gold in test/fixtures/gold/dates.jsonl.
 * Usage: npx tsx eval/dates.ts [--corpora DIR] [--errors]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tagDates, type DateMention } from '../src/text/dates/index.ts';
import { type EvalArticle, readArticle } from './read-article.ts';

interface Gold {
  article: string;
  start: number;
  end: number;
  text: string;
  value?: string;
  split?: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ args: process.argv.slice(2), options: { corpora: { type: 'string' }, errors: { type: 'boolean' } } });
const corpora = args.corpora !== undefined ? resolve(args.corpora) : resolve(root, '../shared/corpora');
const showErrors = args.errors === true;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const pct = (n: number, d: number) => (d ? (100 * n) / d : 0).toFixed(1);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function readGold(file: string, valueKey: 'val' | 'value'): Gold[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      return { article: String(row.article), start: Number(row.start), end: Number(row.end), text: String(row.text), value: row[valueKey] as string | undefined, split: row.split as string | undefined };
    });
}

interface Counts {
  pred: number;
  predHit: number;
  gold: number;
  goldHit: number;
  strict: number;
  matched: number;
  valueOk: number;
  strictValue: number;
}

function score(article: EvalArticle, gold: Gold[], counts: Counts): void {
  const pred = tagDates(article.body, article.date);
  counts.pred += pred.length;
  counts.gold += gold.length;
  counts.predHit += pred.filter((p) => gold.some((g) => overlaps(p, g))).length;
  for (const g of gold) {
    const hits = pred.filter((p) => overlaps(p, g));
    const best = hits.sort((a, b) => overlapLen(b, g) - overlapLen(a, g))[0];
    const exact = pred.find((p) => p.start === g.start && p.end === g.end);
    if (exact) counts.strict++;
    if (exact && exact.value === g.value) counts.strictValue++;
    if (!best) {
      if (showErrors) console.log(`  MISS  ${article.id} ${ctx(article.body, g)} gold=${g.value}`);
      continue;
    }
    counts.goldHit++;
    if (g.value === undefined) continue;
    counts.matched++;
    if (best.value === g.value) counts.valueOk++;
    else if (showErrors) console.log(`  VALUE ${article.id} ${ctx(article.body, g)} gold=${g.value} got=${best.value} (${best.text})`);
  }
  if (showErrors) for (const p of pred.filter((p) => !gold.some((g) => overlaps(p, g)))) console.log(`  FP    ${article.id} ${ctx(article.body, p)} got=${p.value}`);
}

function overlapLen(p: DateMention, g: Gold): number {
  return Math.min(p.end, g.end) - Math.max(p.start, g.start);
}

function ctx(body: string, s: { start: number; end: number }): string {
  return JSON.stringify(`${body.slice(Math.max(0, s.start - 40), s.start)}[${body.slice(s.start, s.end)}]${body.slice(s.end, s.end + 25)}`);
}

function report(name: string, counts: Counts): void {
  const lp = counts.predHit / counts.pred;
  const lr = counts.goldHit / counts.gold;
  const sp = counts.strict / counts.pred;
  const sr = counts.strict / counts.gold;
  const svp = counts.strictValue / counts.pred;
  const svr = counts.strictValue / counts.gold;
  console.log(`\n${name}: ${counts.gold} gold, ${counts.pred} predicted`);
  console.log('                     P      R      F1');
  console.log(`lenient (overlap)  ${pct(lp, 1).padStart(5)}  ${pct(lr, 1).padStart(5)}  ${pct(f1(lp, lr), 1).padStart(5)}`);
  console.log(`strict (span)      ${pct(sp, 1).padStart(5)}  ${pct(sr, 1).padStart(5)}  ${pct(f1(sp, sr), 1).padStart(5)}`);
  console.log(`strict span+value  ${pct(svp, 1).padStart(5)}  ${pct(svr, 1).padStart(5)}  ${pct(f1(svp, svr), 1).padStart(5)}`);
  console.log(`value accuracy on lenient matches: ${pct(counts.valueOk, counts.matched)} (${counts.valueOk}/${counts.matched})`);
}

function evaluate(name: string, gold: Gold[], fileOf: (id: string) => string): void {
  const counts: Counts = { pred: 0, predHit: 0, gold: 0, goldHit: 0, strict: 0, matched: 0, valueOk: 0, strictValue: 0 };
  const ids = [...new Set(gold.map((g) => g.article))];
  for (const id of ids)
    score(
      readArticle(fileOf(id)),
      gold.filter((g) => g.article === id),
      counts,
    );
  report(name, counts);
}

const wikiwars = join(corpora, 'wikiwars-de');
if (existsSync(wikiwars)) {
  const gold = readGold(join(wikiwars, 'timex.jsonl'), 'val');
  evaluate('WikiWarsDE', gold, (id) => join(wikiwars, 'articles', `${id}.txt`));
} else console.log(`no WikiWarsDE at ${wikiwars}`);

const own = readGold(join(root, 'test/fixtures/gold/dates.jsonl'), 'value');
const ownFile = (id: string) => (id.startsWith('wikinews') ? join(corpora, 'wikinews-de/articles', `${id}.txt`) : join(root, 'corpus', `${id}.txt`));
// "dev" was annotated first and looked at while building the tagger; "test" was annotated later and only measured
evaluate(
  'Hand gold, dev (5 seeds + 11 wikinews-de)',
  own.filter((g) => g.split !== 'test'),
  ownFile,
);
evaluate(
  'Hand gold, held-out test (10 wikinews-de)',
  own.filter((g) => g.split === 'test'),
  ownFile,
);
