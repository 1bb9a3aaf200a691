/**
 * Quote attribution on the wikinews-de gold (Petersen-Frey & Biemann 2024, train+dev):
 * precision and recall of (quote, speaker) pairs for direct and indirect quotes.
 *   npx tsx eval/quotes.ts [path/to/shared/corpora] [--verbose] [--limit N]
 *
 * How gold is mapped (the gold has quote text and a speaker *span*, no offsets):
 * - Gold quotes are located in the article by exact text search (first unused occurrence).
 * - Gold speaker spans are classed: `named` when the span holds a capitalised word that is not an
 *   ordinary noun, function word, country or acronym ("Außenminister Blinken", "Präsident Kennedy
 *   am 25. Mai"); `pronoun` ("er", "Sie", "Seiner Meinung") is resolved to the named speaker of the
 *   nearest earlier gold quote in the article (unresolvable ones are left out of both counts);
 *   anything else ("Die Kanadier", "ein Sprecher", "") is `other`: no person to name.
 * - A prediction matches a gold quote when their spans overlap by at least half of the shorter one.
 * - A predicted speaker is right when the gold span (after pronoun resolution) contains the
 *   predicted full name or its last word (as a whole word, genitive -s allowed), compared by personKey.
 * - Precision: predictions with a speaker; one matching no gold quote, or a gold quote whose speaker
 *   is `other`, counts as wrong (strict). Lenient precision leaves `other` out.
 * - Recall: gold quotes whose speaker is a person (named or resolved pronoun).
 * Direct = gold "Direct"; indirect = gold "Indirect" + "IndirectFreeIndirect".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/text/sentences.ts';
import { findPeople, personKey } from '../src/text/people/index.ts';
import { findQuotes, type Quote } from '../src/text/quotes/index.ts';
import { defaultLexicon } from '../src/text/people/lexicon-data.ts';
import { isCountry, isNoun, isStopword } from '../src/text/people/lexicon.ts';
import { corporaDir, prf, readBody } from './corpus-file.ts';

interface GoldLine { article: string; type: string; speaker: string; cue: string; quote: string }
interface Gold extends GoldLine { start: number; end: number; cls: 'named' | 'pronoun' | 'other'; resolved?: string }

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const root = corporaDir(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit'));
const lex = defaultLexicon();
const PRONOUN = /^(er|sie|ihm|ihr|ihn|dieser|diese|jener|letzterer|seine[rn]?|ihre[rn]?)(\s+(meinung|ansicht|darstellung|auffassung|angaben|einschätzung|worten|aussage|überzeugung|informationen))?$/i;

function classify(span: string): Gold['cls'] {
  const s = span.trim();
  if (PRONOUN.test(s)) return 'pronoun';
  const words = s.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  const named = words.some((w, i) => /^\p{Lu}\p{Ll}/u.test(w) && !isStopword(lex, w) && !isCountry(lex, w) &&
    !isNoun(lex, w) && !isNoun(lex, w.replace(/s$/, '')) && !(i === 0 && /^\p{Lu}\p{Ll}+(e|en|er)$/u.test(w) && words.length > 1));
  return named ? 'named' : 'other';
}

function speakerOk(predicted: string, span: string): boolean {
  const hay = ` ${personKey(span.replace(/[^\p{L}\d'’\-]+/gu, ' '))} `;
  const name = personKey(predicted);
  const last = name.split(' ').pop()!;
  return hay.includes(` ${name} `) || hay.includes(` ${name}s `) || hay.includes(` ${last} `) || hay.includes(` ${last}s `);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

const lines = readFileSync(join(root, 'wikinews-de', 'quotes.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldLine);
const byArticle = new Map<string, GoldLine[]>();
for (const l of lines) byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), l]);

const group = (type: string) => (type === 'Direct' ? 'direct' : type === 'Indirect' || type === 'IndirectFreeIndirect' ? 'indirect' : 'other');
const stats = {
  direct: { predicted: 0, correct: 0, other: 0, spurious: 0, gold: 0, found: 0, located: 0 },
  indirect: { predicted: 0, correct: 0, other: 0, spurious: 0, gold: 0, found: 0, located: 0 },
};
let unlocated = 0;
let unresolved = 0;
let articles = 0;
for (const [article, goldLines] of byArticle) {
  if (articles >= limit) break;
  articles++;
  const { body } = readBody(join(root, 'wikinews-de', 'articles', `${article}.txt`));
  const used = new Set<number>();
  const gold: Gold[] = [];
  let lastNamed: string | undefined;
  for (const g of goldLines) {
    let at = body.indexOf(g.quote);
    while (at >= 0 && used.has(at)) at = body.indexOf(g.quote, at + 1);
    const cls = classify(g.speaker);
    const resolved = cls === 'named' ? g.speaker : cls === 'pronoun' ? lastNamed : undefined;
    if (cls === 'named') lastNamed = g.speaker;
    if (at < 0) { unlocated++; continue; }
    used.add(at);
    gold.push({ ...g, start: at, end: at + g.quote.length, cls, resolved });
  }
  const sentences = splitSentences(body);
  const quotes = findQuotes(body, sentences, findPeople(body, sentences));
  score(article, body, quotes, gold);
}

function score(article: string, body: string, quotes: Quote[], gold: Gold[]): void {
  for (const q of quotes) {
    if (!q.speaker) continue;
    const s = stats[q.type];
    const hits = gold.filter((g) => overlaps(q, g));
    if (hits.length === 0) { s.predicted++; s.spurious++; log('spurious', article, q); continue; }
    if (hits.some((g) => g.resolved && speakerOk(q.speaker!, g.resolved))) { s.predicted++; s.correct++; continue; }
    if (hits.every((g) => g.cls === 'pronoun' && !g.resolved)) continue;
    s.predicted++;
    if (hits.every((g) => g.cls === 'other')) { s.other++; log(`other(${hits[0]!.speaker})`, article, q); } else log(`WRONG(${hits[0]!.speaker})`, article, q);
  }
  for (const g of gold) {
    const grp = group(g.type);
    if (grp === 'other') continue;
    const s = stats[grp];
    s.located++;
    if (g.cls === 'pronoun' && !g.resolved) { unresolved++; continue; }
    if (!g.resolved) continue;
    s.gold++;
    if (quotes.some((q) => q.speaker && overlaps(q, g) && speakerOk(q.speaker, g.resolved!))) s.found++;
    else if (verbose) console.log(`  missed ${article} [${g.speaker}] ${g.quote.slice(0, 90)}`);
  }
  void body;
}

function log(kind: string, article: string, q: Quote): void {
  if (verbose) console.log(`  ${kind} ${article} ${q.type} [${q.speaker}] ${q.text.slice(0, 90)}`);
}

console.log(`articles: ${articles}, gold quotes not found in text: ${unlocated}, pronoun speakers left unresolved: ${unresolved}`);
console.log('| type | gold with person speaker | predicted with speaker | correct | precision (strict) | precision (lenient) | recall | F1 |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const type of ['direct', 'indirect'] as const) {
  const s = stats[type];
  const strict = prf(s.correct, s.predicted, s.gold);
  const lenient = s.predicted - s.other ? (s.correct / (s.predicted - s.other)).toFixed(3) : '0.000';
  const recall = s.gold ? (s.found / s.gold).toFixed(3) : '0.000';
  console.log(`| ${type} | ${s.gold} | ${s.predicted} | ${s.correct} | ${strict.p} | ${lenient} | ${recall} | ${strict.f} |`);
}
const all = { c: stats.direct.correct + stats.indirect.correct, p: stats.direct.predicted + stats.indirect.predicted, g: stats.direct.gold + stats.indirect.gold, f: stats.direct.found + stats.indirect.found };
console.log(`| all | ${all.g} | ${all.p} | ${all.c} | ${(all.c / all.p).toFixed(3)} | | ${(all.f / all.g).toFixed(3)} | |`);
