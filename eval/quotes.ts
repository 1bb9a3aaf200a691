/**
 * Quote attribution on the wikinews-de gold (Petersen-Frey & Biemann 2024, train+dev):
 * precision and recall of (quote, speaker) pairs for direct and indirect quotes.
 *   npx tsx eval/quotes.ts [path/to/shared/corpora] [--verbose] [--context] [--limit N] [--baseline]
 * `--verbose` lists the misses and wrong attributions of dev-a and dev-b (never held-out's);
 * `--context` also prints each missed dev quote with the text before it and the system's quotes there,
 * and the text around each wrong or spurious dev attribution.
 * `--baseline` scores the naive nearest-person attribution of eval/baseline.ts instead.
 *
 * How gold is mapped (the gold has quote text and a speaker *span*, no offsets):
 * - Gold quotes are located in the article by exact text search (first unused occurrence); a gold quote
 *   made of marked pieces with the words between them left out („A“ „B“ for „A“ laut X „B“) spans
 *   from its first piece to its last when each is found shortly after the one before (piecesSpan); a quote
 *   the gold annotates twice (once per speaker it names, "wie Hoyzer von Spiegel-Online zitiert wird") and
 *   the text has once keeps both annotations on that one place: a prediction is right when it names either.
 * - Gold speaker spans are classed: `empty` (no speaker annotated: predictions there are not judged);
 *   `named` when the span holds a person's name, judged independently of the system: a first name
 *   followed by a capitalised word, a Korean/Chinese name, or a word the article also writes right
 *   after a first name ("Präsident Kennedy am 25. Mai" when "John F. Kennedy" occurs);
 *   `pronoun` ("er", "Sie", "Seiner Meinung") is resolved to the last person name (same test) in the
 *   400 characters of the paragraph before the pronoun (its occurrence nearest the quote, else the
 *   quote's start), names inside quotation marks left out (unresolvable ones are left out of both counts);
 *   `title` ("der Verteidigungsminister") is right for a predicted person holding a title with that
 *   head in the article (precision only; titles are left out of recall); anything else
 *   ("Die Kanadier", "ein Sprecher") is `other`: no person to name.
 * - A prediction matches a gold quote when their spans overlap by at least half of the shorter one.
 * - A predicted speaker is right when the gold span (or, for a pronoun, its resolution) contains the
 *   predicted full name or its last word (as a whole word, genitive -s allowed), compared by personKey.
 * - Precision: predictions with a speaker; one matching no gold quote, or a gold quote whose speaker
 *   is `other`, counts as wrong (strict). Lenient precision leaves `other` out.
 * - Recall: gold quotes whose speaker is a person (named or resolved pronoun).
 * - Organisations and descriptions: a prediction with no person but a `source` ("ein Sprecher des
 *   Auswärtigen Amts", "Die Friedrich-Ebert-Stiftung") is judged too. It is right when an overlapping
 *   gold quote's speaker is not a person (`other` or `title`) and shares a capitalised word of four
 *   letters or more with the source (lower case, genitive -s dropped: "Amts" = "Amt"); wrong when the
 *   gold speaker is a person (named, or a resolved pronoun) or another organisation; not judged when no
 *   speaker is annotated. Right ones count as correct in precision (strict and lenient); recall stays
 *   the share of gold quotes with a *person* speaker given that person. The `source` rows report
 *   organisation/description speakers on their own (gold = quotes whose gold speaker is `other` or
 *   `title` and which a source could name: a capitalised word in the span).
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
import { splitSentences, defaultLexicon, firstNameGender, isStopword, isChineseSurname, isKoreanGivenName, isKoreanSyllable, isPinyinGivenName, koreanSurname, roleWord } from '../src/text/lexicon/index.ts';
import { findPeople, personKey, type ArticlePeople } from '../src/text/people/index.ts';
import { findQuotes, type Quote } from '../src/text/quotes/index.ts';
import { corporaDir, prf, readBody } from './corpus-file.ts';
import { baselineQuotes } from './baseline.ts';
import { fnv1a } from './fnv.ts';

interface GoldLine {
  article: string;
  type: string;
  speaker: string;
  cue: string;
  quote: string;
}
interface Gold extends GoldLine {
  start: number;
  end: number;
  cls: 'named' | 'pronoun' | 'title' | 'empty' | 'other';
  resolved?: string;
}

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
const lex = defaultLexicon();
const PRONOUN = /^(er|sie|ihm|ihr|ihn|dieser|diese|jener|letzterer|seine[rn]?|ihre[rn]?)(\s+(meinung|ansicht|darstellung|auffassung|angaben|einschätzung|worten|aussage|überzeugung|informationen))?$/i;

function classify(span: string, body: string): Gold['cls'] {
  const s = span.trim();
  if (!s) return 'empty';
  if (PRONOUN.test(s)) return 'pronoun';
  const words = s.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  if (words.some((w, i) => isPersonWord(w, words[i + 1], body))) return 'named';
  // "der Verteidigungsminister", "Der Bundestagspräsident" -> a title standing for a person
  return words.length <= 3 && roleWord(words[words.length - 1] ?? '') ? 'title' : 'other';
}

/**
 * A word of a person's name, judged without the system under test: a first name followed by a
 * capitalised word, a Korean/Chinese name start, or a word the article uses right after a first name
 * ("Wiedeking" when "Wendelin Wiedeking" occurs).
 */
function isPersonWord(w: string, next: string | undefined, body: string): boolean {
  if (!/^\p{Lu}/u.test(w) || isStopword(lex, w)) return false;
  if (firstNameGender(lex, w) && next && /^\p{Lu}/u.test(next) && !lex.nouns.has(next)) return true;
  if ((koreanSurname(w) === 'strong' && next && (isKoreanGivenName(next) || isKoreanSyllable(next))) || (isChineseSurname(w) && next && isPinyinGivenName(next))) return true;
  const bare = w.replace(/s$/, '');
  for (const m of body.matchAll(new RegExp(`(\\p{Lu}[\\p{L}-]+) (?:\\p{Lu}\\. )?(${escapeRegExp(w)}|${escapeRegExp(bare)})\\b`, 'gu'))) {
    if (firstNameGender(lex, m[1]!) && !isStopword(lex, m[1]!)) return true;
  }
  return false;
}

/**
 * A pronoun speaker's antecedent, read from the text: the last person-name word (as `isPersonWord`
 * judges it) in the 400 characters before the quote, in the same paragraph.
 */
function lastPersonBefore(body: string, at: number, pronoun: string): string | undefined {
  const from = Math.max(body.lastIndexOf('\n', at - 1) + 1, at - 400);
  // a name inside quotation marks is what somebody said, not whom the text speaks of
  const unquoted = body.slice(from, at).replace(/[„»«"][^„“”»«"]*[“”«»"]/g, (q) => ' '.repeat(q.length));
  const found = [...unquoted.matchAll(/\p{Lu}[\p{L}'’-]+/gu)];
  const words = found.map((m) => m[0]);
  const gender = pronounGender(pronoun);
  for (let i = words.length - 1; i >= 0; i--) {
    if (!isPersonWord(words[i]!, words[i + 1], body)) continue;
    // "Max Weber traf Anna Roth. Er sagte" -> "Er" is not the woman named last: her first name tells, the word
    // itself when a name follows right after it ("Anna Roth"), else the word right before it ("Roth" of "Anna
    // Roth"; "der Abgeordneten Ali" tells nothing); "De" of "Adriano De Souza" (two letters) tells nothing either
    const adjacent = (a: number, b: number) => a >= 0 && b < found.length && found[a]!.index! + words[a]!.length + 1 === found[b]!.index;
    const first = adjacent(i, i + 1) ? words[i]! : adjacent(i - 1, i) ? words[i - 1]! : undefined;
    const named = first && first.length > 2 ? firstNameGender(lex, first) : undefined;
    if (gender && named && named !== gender) continue;
    return words.slice(i, i + 2).join(' ');
  }
  return undefined;
}

// "Er", "seiner Meinung", "dieser" / "Sie", "ihrer Ansicht" -> pronouns of one gender ("sie", "ihr" may be plural too)
const HE = /^(er|ihm|ihn|sein|seine[rnms]?|dieser|jener|letzterer)\b/i;
const SHE = /^(sie|ihr|ihre[rnms]?)\b/i;

/** Whether a predicted speaker's first name has the other gender than the pronoun annotated: "Er" vs "Anna Roth". */
function genderContradicts(pronoun: string, predicted: string): boolean {
  const gender = pronounGender(pronoun);
  const first = predicted.split(/\s+/)[0] ?? '';
  const named = first.length > 2 && predicted.includes(' ') ? firstNameGender(lex, first) : undefined;
  return !!gender && !!named && named !== gender;
}

/** The gender a pronoun speaker shows, if any: "Er" male, "Sie"/"Ihrer Meinung" female. */
function pronounGender(pronoun: string): 'male' | 'female' | undefined {
  const p = pronoun.trim();
  return HE.test(p) ? 'male' : SHE.test(p) ? 'female' : undefined;
}

/**
 * Where a pronoun speaker span stands: its occurrence (whole words) nearest the quote, in the same
 * paragraph within 400 characters before the quote or 100 after it ("Sie warf dem Minister X vor, „…“"
 * -> the antecedent is looked for before "Sie", not before the quote); the quote's start if absent.
 */
function pronounAt(body: string, span: string, start: number, end: number): number {
  const from = Math.max(body.lastIndexOf('\n', start - 1) + 1, start - 400);
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(span.trim())}(?![\\p{L}])`, 'gu');
  let best = start;
  for (const m of body.slice(from, start).matchAll(re)) best = from + m.index;
  if (best !== start) return best;
  const after = re.exec(body.slice(end, end + 100).split('\n')[0]!);
  return after ? end + after.index : start;
}

/** Characters the text may have between two marked pieces of one gold quote ("“ laut Gall „"). */
const MAX_PIECE_GAP = 200;

/**
 * A gold quote made of marked pieces joined without the words between them ("„Allerdings bleibt …“
 * „auch in Zukunft bestehen“" for "„Allerdings bleibt …“ laut Gall „auch in Zukunft bestehen“"):
 * from the first piece to the last, each found after the one before and at most MAX_PIECE_GAP
 * characters after its end; undefined when the quote has one piece or a piece is missing.
 */
function piecesSpan(body: string, quote: string, used: ReadonlySet<number>): { start: number; end: number } | undefined {
  // the boundary between a closing and an opening mark: "…Kriminalität“ „auch…"
  const pieces = quote.split(/(?<=[“"«])\s*(?=[„"»])/);
  if (pieces.length < 2) return undefined;
  let start = body.indexOf(pieces[0]!);
  while (start >= 0 && used.has(start)) start = body.indexOf(pieces[0]!, start + 1);
  if (start < 0) return undefined;
  let end = start + pieces[0]!.length;
  for (const piece of pieces.slice(1)) {
    const next = body.indexOf(piece, end);
    if (next < 0 || next - end > MAX_PIECE_GAP) return undefined;
    end = next + piece.length;
  }
  return { start, end };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A title span is right when the predicted person holds a title with the same head in the article. */
function titleOk(predicted: string, span: string, people: ArticlePeople): boolean {
  const head = roleWord(span.trim().split(/\s+/).pop() ?? '')?.head;
  const person = people.people.find((p) => p.name === predicted);
  return !!head && !!person?.roles.some((r) => r.split(' ').some((w) => roleWord(w)?.head === head));
}

function speakerOk(predicted: string, span: string): boolean {
  const hay = ` ${personKey(span.replace(/[^\p{L}\d'’-]+/gu, ' '))} `;
  const name = personKey(predicted);
  const last = name.split(' ').pop()!;
  return hay.includes(` ${name} `) || hay.includes(` ${name}s `) || hay.includes(` ${last} `) || hay.includes(` ${last}s `);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

const lines = readFileSync(join(root, 'wikinews-de', 'quotes.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as GoldLine);
const byArticle = new Map<string, GoldLine[]>();
for (const l of lines) byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), l]);

const group = (type: string) => (type === 'Direct' ? 'direct' : type === 'Indirect' || type === 'IndirectFreeIndirect' ? 'indirect' : 'other');
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
}
type Stats = Record<'direct' | 'indirect', Row>;
const newRow = (): Row => ({ predicted: 0, correct: 0, other: 0, spurious: 0, gold: 0, found: 0, located: 0, srcPredicted: 0, srcCorrect: 0, srcGold: 0, srcFound: 0 });
const newStats = (): Stats => ({ direct: newRow(), indirect: newRow() });

/** Capitalised words of four letters or more, lower case, genitive -s dropped. */
function sourceWords(text: string): Set<string> {
  return new Set([...text.matchAll(/\p{Lu}[\p{L}-]{3,}/gu)].map((m) => m[0].toLowerCase().replace(/(?<=[^s])s$/, '')));
}
function sourceOk(source: string, span: string): boolean {
  const gold = sourceWords(span);
  return [...sourceWords(source)].some((w) => gold.has(w));
}
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
  const used = new Set<number>();
  const gold: Gold[] = [];
  for (const g of goldLines) {
    let at = body.indexOf(g.quote);
    while (at >= 0 && used.has(at)) at = body.indexOf(g.quote, at + 1);
    const cls = classify(g.speaker, body);
    // ("wie Hoyzer von Spiegel-Online zitiert wird": the gold may annotate one quote twice, once per speaker
    // it names; with no further occurrence in the text, the second annotation takes the first one's place)
    const again = at < 0 ? gold.find((o) => o.quote === g.quote && o.type === g.type) : undefined;
    const span = at >= 0 ? { start: at, end: at + g.quote.length } : again ? { start: again.start, end: again.end } : piecesSpan(body, g.quote, used);
    if (!span) {
      unlocated++;
      continue;
    }
    const resolved = cls === 'named' ? g.speaker : cls === 'pronoun' ? lastPersonBefore(body, pronounAt(body, g.speaker, span.start, span.end), g.speaker) : undefined;
    used.add(span.start);
    gold.push({ ...g, ...span, cls, resolved });
  }
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
      continue;
    }
    s.predicted++;
    if (hits.every((g) => g.cls === 'other')) {
      s.other++;
      log(`other(${hits[0]!.speaker})`, article, q);
    } else log(`WRONG(${hits[0]!.speaker})`, article, q);
  }
  for (const g of gold) {
    const grp = group(g.type);
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
        if (quotes.some((q) => !q.speaker && q.source && overlaps(q, g) && sourceOk(q.source, g.speaker))) s.srcFound++;
      }
      continue;
    }
    s.gold++;
    if (quotes.some((q) => q.speaker && overlaps(q, g) && speakerOk(q.speaker, g.resolved!))) s.found++;
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
  if (hits.every((g) => g.cls === 'empty' || (g.cls === 'pronoun' && !g.resolved))) return;
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
  console.log('| type | gold with person speaker | predicted with speaker | correct | precision (strict) | precision (lenient) | recall | F1 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const type of ['direct', 'indirect'] as const) {
    const s = stats[type];
    const strict = prf(s.correct, s.predicted, s.gold);
    const lenient = s.predicted - s.other ? (s.correct / (s.predicted - s.other)).toFixed(3) : '0.000';
    const r = s.gold ? s.found / s.gold : 0;
    const p = s.predicted ? s.correct / s.predicted : 0;
    // (F1 from strict precision and the person recall: `correct` also counts right sources)
    const f1 = p + r ? ((2 * p * r) / (p + r)).toFixed(3) : '0.000';
    console.log(`| ${type} | ${s.gold} | ${s.predicted} | ${s.correct} | ${strict.p} | ${lenient} | ${r.toFixed(3)} | ${f1} |`);
  }
  for (const type of ['direct', 'indirect'] as const) {
    const s = stats[type];
    console.log(
      `| ${type}: organisation/description source | ${s.srcGold} | ${s.srcPredicted} | ${s.srcCorrect} | ${(s.srcPredicted ? s.srcCorrect / s.srcPredicted : 0).toFixed(3)} | | ${(s.srcGold ? s.srcFound / s.srcGold : 0).toFixed(3)} | |`,
    );
  }
  const all = {
    c: stats.direct.correct + stats.indirect.correct,
    p: stats.direct.predicted + stats.indirect.predicted,
    g: stats.direct.gold + stats.indirect.gold,
    f: stats.direct.found + stats.indirect.found,
  };
  console.log(`| all | ${all.g} | ${all.p} | ${all.c} | ${(all.c / all.p).toFixed(3)} | | ${(all.f / all.g).toFixed(3)} | |`);
}
