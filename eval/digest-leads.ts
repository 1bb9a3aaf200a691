/**
 * How often the digest finds a lead sentence, and how often it is the body's first sentence.
 * Usage: tsx eval/digest-leads.ts [corpora dir, default ../shared/corpora]
 * Reads wikinews-de/articles (front matter) and korea-seeds (seed header). Prints a table.
 * This is a coverage/agreement check, not a gold evaluation: for Wikinews the first sentence
 * of the body is the lead by house style, so disagreement there points at a heuristic error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { leadSentence } from '../src/digest/lead.ts';
import { splitSentences } from '../src/text/lexicon/index.ts';

const root = resolve(parseArgs({ args: process.argv.slice(2), allowPositionals: true }).positionals[0] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpora'));

/** Title and body of a corpus file, enough for this check (the real parser lives in corpus/). */
function read(text: string): { title: string; body: string } {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (front) {
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(front[1]!)?.[1] ?? '';
    return { title, body: text.slice(front[0].length) };
  }
  // " date 2019-03 Text…" (seed header): no title in the file
  return { title: '', body: text.replace(/^\s*date \d{4}-\d{2}\s*/, '') };
}

function measure(name: string, dir: string): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md'));
  let found = 0;
  let first = 0;
  const misses: string[] = [];
  for (const file of files) {
    const article = read(readFileSync(join(dir, file), 'utf8'));
    const lead = leadSentence(article);
    if (lead) found++;
    if (lead && lead === splitSentences(article.body)[0]?.text) first++;
    else if (misses.length < 5) misses.push(`${file}: ${JSON.stringify(lead?.slice(0, 90) ?? null)}`);
  }
  const pct = (n: number) => `${((100 * n) / files.length).toFixed(1)}%`;
  console.log(`| ${name} | ${files.length} | ${found} (${pct(found)}) | ${first} (${pct(first)}) |`);
  for (const miss of misses) console.log(`|   differs: ${miss}`);
}

console.log('| corpus | articles | lead found | lead = first sentence |');
console.log('|---|---|---|---|');
measure('wikinews-de', join(root, 'wikinews-de', 'articles'));
measure('korea-seeds', join(root, 'korea-seeds'));
