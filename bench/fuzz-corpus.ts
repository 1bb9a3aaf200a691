/**
 * Broken-corpus fuzzing: writes many odd article files (a FIFO, a link to /dev/zero, huge files,
 * one huge word, binary, invalid UTF-8, bad headers, deep quotation marks, …), each in its own
 * temporary folder, and loads each folder through the bot's real loading and extraction path in a
 * child process with a time limit, so a crash or a hang is counted, not fatal.
 *   npx tsx bench/fuzz-corpus.ts        (bench/fuzz.ts runs it as part of `npm run fuzz`)
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A case: a name and what to put into an empty corpus folder. */
interface FuzzCase {
  name: string;
  make: (dir: string) => Promise<void>;
}

/** Longest a case may take before it counts as a hang. */
const TIMEOUT_MS = 120_000;
const MB = 1024 * 1024;

const seed = (body: string) => ` date 2020-03 ${body}`;
const front = (header: string, body: string) => `---\n${header}\n---\n${body}`;
const file = (name: string, content: string | Buffer) => async (dir: string) => writeFile(join(dir, name), content);
/** `n` pseudo-random bytes (a fixed seed: the same cases every run). */
function noise(n: number, seedValue = 7): Buffer {
  const bytes = Buffer.alloc(n);
  let x = seedValue;
  for (let i = 0; i < n; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
}
const sized = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

/** Every case, in the order they run. */
export function fuzzCases(): FuzzCase[] {
  const cases: FuzzCase[] = [
    { name: 'fifo', make: async (dir) => void execFileSync('mkfifo', [join(dir, 'pipe.txt')]) },
    { name: 'link to /dev/zero', make: (dir) => symlink('/dev/zero', join(dir, 'zero.txt')) },
    { name: 'link to /dev/urandom', make: (dir) => symlink('/dev/urandom', join(dir, 'random.md')) },
    { name: 'dangling link', make: (dir) => symlink(join(dir, 'nowhere'), join(dir, 'dangling.txt')) },
    {
      name: 'link loop',
      make: async (dir) => {
        await symlink(join(dir, 'b.txt'), join(dir, 'a.txt'));
        await symlink(join(dir, 'a.txt'), join(dir, 'b.txt'));
      },
    },
    { name: 'folder named .txt', make: async (dir) => void execFileSync('mkdir', [join(dir, 'folder.txt')]) },
    { name: 'empty', make: file('empty.txt', '') },
    { name: 'only spaces', make: file('spaces.txt', ' \n\t\n '.repeat(1000)) },
    { name: 'binary', make: file('binary.txt', noise(200_000)) },
    { name: 'invalid UTF-8 after a header', make: file('latin1.txt', Buffer.concat([Buffer.from(' date 2020-01 '), Buffer.from([0xe4, 0xfc, 0xff, 0xfe])])) },
    { name: 'NUL bytes', make: file('nul.txt', seed('Text\u0000mit Null.')) },
    { name: 'UTF-16 with BOM', make: file('utf16.txt', Buffer.from(`\ufeff${seed('Text.')}`, 'utf16le')) },
    { name: 'no header', make: file('noheader.txt', 'Kim traf Trump in Hanoi.') },
    { name: 'impossible date', make: file('date.txt', `${seed('').replace('2020-03', '2020-13')}Text.`) },
    { name: 'front matter not closed', make: file('open.md', '---\ntitle: x\ndate: 2020-01-01\nText ohne Ende') },
    { name: 'front matter without date', make: file('nodate.md', front('title: x', 'Text.')) },
    { name: 'header only', make: file('header.txt', ' date 2020-03 ') },
    { name: 'huge front matter', make: file('hugefront.md', front(`title: ${'x'.repeat(1_000_000)}\ndate: 2020-01-01`, 'Text.')) },
    { name: '20 MB article (over the limit)', make: file('huge.txt', seed(sized('Kim traf Trump. ', 20 * MB))) },
    { name: '1.9 MB of news text', make: file('news.txt', seed(sized('Am 27. Juli 1953 sagte Kim Il Sung: „Wir haben gesiegt.“ Die USA widersprachen. ', 1.9 * MB))) },
    { name: '1.9 MB single word', make: file('word.txt', seed('Kaesong'.repeat((1.9 * MB) / 7))) },
    { name: '1.9 MB line without spaces', make: file('nospace.txt', seed(sized('Wort.Wort,', 1.9 * MB))) },
    { name: '1.9 MB of opening quotation marks', make: file('opening.txt', seed('„'.repeat((1.9 * MB) / 3))) },
    { name: '1.9 MB of nested quotation marks', make: file('nested.txt', seed(sized('„«»“', 1.9 * MB))) },
    { name: '1.9 MB of quotes in one line', make: file('quotes.txt', seed(sized('Er sagte „Nein“, so Kim. ', 1.9 * MB))) },
    { name: '1.9 MB of straight quotes', make: file('straight.txt', seed(sized(' "a', 1.9 * MB))) },
    { name: '1.9 MB of years', make: file('years.txt', seed(sized('2019 ', 1.9 * MB))) },
    { name: '1.9 MB of dates in parentheses', make: file('parens.txt', seed(sized('(am 3. Mai 2019) ', 1.9 * MB))) },
    { name: '1.9 MB of full stops', make: file('dots.txt', seed(sized('. ', 1.9 * MB))) },
    { name: '1.9 MB of names', make: file('names.txt', seed(sized('Kim Jong Un, Moon Jae In und Donald Trump ', 1.9 * MB))) },
    { name: '1.9 MB of newlines', make: file('lines.txt', seed('\n'.repeat(1.9 * MB))) },
    { name: '1.9 MB of photo credits', make: file('credits.txt', seed(sized('ap epa dpa Foto: ', 1.9 * MB))) },
    { name: '1.9 MB of random letters', make: file('letters.txt', seed([...noise(1.9 * MB)].map((b) => 'aeiouäöüßKIMnrst .,„“«»:-\n'[b % 26]).join(''))) },
    { name: 'a cue as the last word', make: file('cue.txt', seed('Der Minister Kim, sagte')) },
    {
      name: 'many small broken files',
      make: async (dir) => {
        for (let i = 0; i < 300; i++) await writeFile(join(dir, `b${i}.txt`), i % 2 ? noise(100, i) : seed(`„${'«'.repeat(i)}`));
      },
    },
  ];
  return cases;
}

/** What happened to one case. */
type Outcome = { kind: 'ok' | 'crash' | 'hang'; ms: number; detail: string };

function runChild(dir: string): Promise<Outcome> {
  const child = fileURLToPath(new URL('./fuzz-corpus-child.ts', import.meta.url));
  const started = performance.now();
  // (a heap limit, so a file that makes the loader grow without bound crashes instead of swapping)
  const proc = spawn(process.execPath, ['--max-old-space-size=2048', '--import', 'tsx', child, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout.on('data', (chunk) => (out += chunk));
  proc.stderr.on('data', (chunk) => (err += chunk));
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    proc.kill('SIGKILL');
  }, TIMEOUT_MS);
  return new Promise((resolve) =>
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (hung) resolve({ kind: 'hang', ms, detail: `no answer within ${TIMEOUT_MS / 1000} s` });
      else if (code !== 0) resolve({ kind: 'crash', ms, detail: `exit ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}` });
      else resolve({ kind: 'ok', ms, detail: summary(out) });
    }),
  );
}

function summary(out: string): string {
  try {
    const { articles, warnings } = JSON.parse(out) as { articles: number; warnings: string[] };
    return `${articles} articles, ${warnings.length} warnings${warnings[0] ? ` (${warnings[0].slice(0, 120)})` : ''}`;
  } catch {
    return `unreadable output: ${out.slice(0, 100)}`;
  }
}

/**
 * Run every case; `log` gets one line per case and a summary.
 * @example const { crashes, hangs } = await fuzzCorpus(console.log)
 */
export async function fuzzCorpus(log: (line: string) => void): Promise<{ cases: number; crashes: number; hangs: number; slowest: { name: string; ms: number } }> {
  const cases = fuzzCases();
  let crashes = 0;
  let hangs = 0;
  let slowest = { name: '', ms: 0 };
  for (const c of cases) {
    const dir = await mkdtemp(join(tmpdir(), 'fuzz-corpus-'));
    try {
      await c.make(dir);
      const outcome = await runChild(dir);
      if (outcome.kind === 'crash') crashes++;
      if (outcome.kind === 'hang') hangs++;
      if (outcome.ms > slowest.ms) slowest = { name: c.name, ms: Math.round(outcome.ms) };
      log(`${outcome.kind.padEnd(5)} ${String(Math.round(outcome.ms)).padStart(6)} ms  ${c.name}: ${outcome.detail}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  log(`corpus fuzz: ${cases.length} cases, ${crashes} crashes, ${hangs} hangs, slowest ${slowest.name} (${slowest.ms} ms)`);
  return { cases: cases.length, crashes, hangs, slowest };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await fuzzCorpus((line) => console.log(line));
  process.exitCode = result.crashes + result.hangs > 0 ? 1 : 0;
}
