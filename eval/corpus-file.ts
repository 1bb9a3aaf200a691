/**
 * Eval helper: read a corpus file's body (after either header format) and locate the shared corpora.
 * Evals only; the bot's own reader lives in src/corpus.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared corpora folder: the first CLI argument, or `../shared/corpora` beside the repo. */
export function corporaDir(arg: string | undefined): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return arg ? resolve(arg) : join(repo, '..', 'shared', 'corpora');
}

/** The text after the header: front matter (`---` ... `---`) or the seed line ` date YYYY-MM `. */
export function readBody(file: string): { body: string; date: string } {
  const raw = readFileSync(file, 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (front) return { body: raw.slice(front[0].length), date: /date:\s*(\S+)/.exec(front[1]!)?.[1] ?? '' };
  const seed = /^ date (\S+) /.exec(raw);
  return seed ? { body: raw.slice(seed[0].length), date: seed[1]! } : { body: raw, date: '' };
}

/** Precision, recall and F1 as fixed-point strings. */
export function prf(tp: number, predicted: number, gold: number): { p: string; r: string; f: string } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: p.toFixed(3), r: r.toFixed(3), f: f.toFixed(3) };
}
