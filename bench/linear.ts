/**
 * `npm run bench:linear`: extraction stays linear in the size of an article, whatever the article
 * holds. For each kind of odd text, four times the text may take about four times as long, never
 * sixteen (as it did with every token compared with every quote, every candidate date with every
 * kept one, …). Prints a table and exits 1 when a ratio reaches 9 (a benchmark, not a unit test:
 * timings on a shared machine are noisy; run it alone).
 */
import type { Article } from '../src/corpus/article.ts';
import { extractFacts } from '../src/knowledge/facts/extract.ts';
import { ArchiveIndex } from '../src/search/index.ts';
import { splitSentences } from '../src/text/lexicon/index.ts';

/** Texts of about `n` characters that once took quadratic time somewhere in extraction. */
const ODD_TEXTS: Record<string, (n: number) => string> = {
  'opening quotation marks, never closed': (n) => '„'.repeat(n),
  'nested quotation marks': (n) => '„«»“'.repeat(n / 4),
  'many short quotes in one line': (n) => 'Er sagte „Nein“ dann. '.repeat(n / 22),
  'one sentence of years': (n) => '2019 '.repeat(n / 5),
  'a line of full stops': (n) => '. '.repeat(n / 2),
  'a line without spaces': (n) => 'Wort.Wort,'.repeat(n / 10),
  'one long word': (n) => 'Kaesong'.repeat(n / 7),
  'a sentence that never ends': (n) => 'und der Präsident sagte '.repeat(n / 24),
  'names with titles and pronouns repeated': (n) => 'Außenminister Blinken sagte, er komme. Der Außenminister kam. Luna Menschenhandel Luna. '.repeat(n / 89),
};

/**
 * Texts whose quadratic step only shows on larger sizes (a linear part dominates below 100k):
 * every repeat of a name once looked at every other occurrence of its surname (17x for 4x the text).
 */
const LARGE_ODD_TEXTS: Record<string, (n: number) => string> = {
  'the same few names repeated': (n) => 'Kim Jong Un, Moon Jae In und Donald Trump '.repeat(n / 42),
};

const articleOf = (body: string): Article => ({ id: 'odd', file: 'odd.txt', title: 'odd', date: { value: '2020-01', precision: 'month' }, body });

/** Milliseconds to extract the facts of `body` and index it; the best of two runs. */
function timeOf(body: string): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    const article = articleOf(body);
    extractFacts(article, splitSentences(body));
    new ArchiveIndex().upsert(article);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** [name, small size, large size, make] of every case. */
const CASES: Array<[string, number, number, (n: number) => string]> = [
  ...Object.entries(ODD_TEXTS).map(([name, make]): [string, number, number, (n: number) => string] => [name, 25_000, 100_000, make]),
  ...Object.entries(LARGE_ODD_TEXTS).map(([name, make]): [string, number, number, (n: number) => string] => [name, 100_000, 400_000, make]),
];

timeOf('Ein Satz zum Aufwärmen: „Ja“, sagte Kim am 3. Mai 2019.'); // (lexicons loaded before timing)
console.log('| odd text | small | ms | 4x | ms | ratio (linear ~4, quadratic ~16) |\n|---|---:|---:|---:|---:|---:|');
let failed = 0;
for (const [name, smallSize, largeSize, make] of CASES) {
  const small = timeOf(make(smallSize));
  const large = timeOf(make(largeSize));
  // small times count as 20 ms, so that noise on a tiny time cannot fake a quadratic ratio
  const ratio = large / Math.max(small, 20);
  if (ratio >= 9) failed++;
  console.log(`| ${name} | ${smallSize} | ${small.toFixed(0)} | ${largeSize} | ${large.toFixed(0)} | ${ratio.toFixed(1)}${ratio >= 9 ? ' **not linear**' : ''} |`);
}
if (failed > 0) {
  console.error(`bench/linear.ts: ${failed} kind(s) of text grew faster than linearly`);
  process.exit(1);
}
