/**
 * `npm run bench [-- --sizes 1000,10000,100000] [--modes repeat,distinct] [--wikinews DIR]`: for
 * each corpus mode and size, one fresh process builds the knowledge and saves the snapshot (build
 * time, snapshot size, peak RSS), another starts from the snapshot (load time = read, decode and
 * warm up; peak RSS) and times search, who and timeline through `answer()` (p50/p99) and five live
 * updates merged incrementally, another the same live updates merged whole on a worker (before
 * issue #17), and a last one
 * builds, saves, loads and queries minisearch set up for German on the same corpus, for ratios
 * measured in the same run. Prints Markdown tables. Without the wikinews-de texts it stops with
 * an error naming the folder (never a benchmark of the five seeds repeated).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { answer } from '../src/answers/answer.ts';
import { decodeKnowledge, encodeKnowledge } from '../src/knowledge/knowledge-snapshot.ts';
import { DerivedRefresher } from '../src/knowledge/derive-in-background.ts';
import { buildKnowledgeInParallel } from '../src/knowledge/build.ts';
import { checkInBackground, warmUpInBackground } from '../src/knowledge/bootstrap.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { openSnapshotFile, snapshotPath, writeSnapshotFile } from '../src/store/snapshot-file.ts';
import MiniSearch from 'minisearch';
import type { Article } from '../src/corpus/article.ts';
import { miniSearchGermanOptions } from '../eval/search-systems.ts';
import { benchTexts, distinctCorpus, syntheticCorpus, type CorpusMode } from './corpus.ts';
import { SEARCHES, TIMELINES, WHOS } from './commands.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

interface PeerResult {
  buildMs: number;
  loadMs: number;
  savedMb: number;
  search: { p50: number; p99: number; runs: number };
  rssMb: number;
}
interface BuildResult {
  buildMs: number;
  deriveMs: number;
  saveMs: number;
  snapshotBytes: number;
  buildRssMb: number;
}
interface ServeResult {
  /** Until the first search is answered (read, check and decode the snapshot but the timeline and directory, and answer). */
  loadMs: number;
  /** Until every part is ready (the timeline and the people directory decoded too). */
  readyMs: number;
  /** Checking the sections not read by then (in the background, after `readyMs`). */
  checkMs: number;
  serveRssMb: number;
  latency: Partial<Record<string, { p50: number; p99: number; runs: number }>>;
  /** Articles added, changed, removed: the median time until a change is in the answers, the slowest answer meanwhile, peak RSS by the end, and the time to prepare incremental merging. */
  live: { prepareMs: number; mergeMs: number; slowestMs: number; rssMb: number };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Time `run` over the queries until the budget is spent (at least 3 runs, at most maxRuns). */
function measure(queries: string[], run: (q: string) => void, budgetMs: number, maxRuns: number) {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < maxRuns && (i < 3 || performance.now() - started < budgetMs); i++) {
    const t = performance.now();
    run(queries[i % queries.length]!);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), runs: times.length };
}

/** The benchmark corpus of `size` articles in a mode (repeated real texts, or distinct recombinations). */
async function benchCorpus(size: number, wikinews: string, mode: CorpusMode): Promise<Article[]> {
  const sources = await benchTexts(ROOT, wikinews);
  return mode === 'distinct' ? distinctCorpus(sources, size) : syntheticCorpus(sources, size);
}

/** A peer child process: minisearch set up for German on the same corpus (build, save, load, search, RSS). */
async function peer(size: number, wikinews: string, mode: CorpusMode): Promise<PeerResult> {
  const articles = await benchCorpus(size, wikinews, mode);
  const t = performance.now();
  const mini = new MiniSearch<{ id: string; title: string; body: string }>(miniSearchGermanOptions());
  mini.addAll(articles.map(({ id, title, body }) => ({ id, title, body })));
  const buildMs = performance.now() - t;
  const saved = JSON.stringify(mini);
  const l = performance.now();
  const loaded = MiniSearch.loadJSON<{ id: string; title: string; body: string }>(saved, miniSearchGermanOptions());
  const loadMs = performance.now() - l;
  const search = measure(SEARCHES, (q) => void loaded.search(q).slice(0, 10), 8000, 3000);
  return { buildMs, loadMs, savedMb: saved.length / 1e6, search, rssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Child process 1: build the knowledge for `size` articles and save the snapshot in `dir`. */
async function build(size: number, wikinews: string, dir: string, mode: CorpusMode): Promise<BuildResult> {
  const articles = await benchCorpus(size, wikinews, mode);
  const t = performance.now();
  const knowledge = await buildKnowledgeInParallel(articles);
  const buildMs = performance.now() - t;
  knowledge.warmUp(); // merged timeline, people directory, date order: what a cold start does next
  const deriveMs = performance.now() - t - buildMs;
  await writeSnapshotFile(dir, encodeKnowledge(knowledge, 'bench', []));
  const saveMs = performance.now() - t - buildMs - deriveMs;
  return { buildMs, deriveMs, saveMs, snapshotBytes: statSync(snapshotPath(dir)).size, buildRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Child process 2: start from the snapshot as the bot would, then time the commands (or, with `live`, only the live updates). */
async function serve(dir: string, live: LiveMode): Promise<ServeResult> {
  const t = performance.now();
  const { knowledge, checkAll } = decodeKnowledge(openSnapshotFile(dir)!, 'bench');
  answer(knowledge, SEARCHES[0]!);
  const loadMs = performance.now() - t; // until the first search is answered
  // what the bot does next, in the background: the people directory, the merged timeline and the lookups beside them
  await warmUpInBackground(knowledge);
  const readyMs = performance.now() - t;
  await checkInBackground(checkAll); // then the bot checks what was not read yet
  const checkMs = performance.now() - t - readyMs;
  for (const q of [...SEARCHES, ...TIMELINES]) answer(knowledge, q);
  const latency =
    live === 'worker'
      ? {}
      : {
          search: measure(SEARCHES, (q) => answer(knowledge, q), 8000, 3000),
          who: measure(WHOS, (q) => answer(knowledge, q), 8000, 500),
          timeline: measure(TIMELINES, (q) => answer(knowledge, q), 8000, 500),
        };
  const serveRssMb = process.resourceUsage().maxRSS / 1024;
  const skipped = { prepareMs: 0, mergeMs: 0, slowestMs: 0, rssMb: serveRssMb };
  return { loadMs, readyMs, checkMs, serveRssMb, latency, live: live === 'none' ? skipped : await liveUpdate(knowledge, live) };
}

/** How a live update is merged: incrementally after `prepare` (the bot's way), or everything again on the worker (before); `none` skips live updates (`--serve 1 --live none`: load, latency and serving RSS only). */
type LiveMode = 'incremental' | 'worker' | 'none';
const LIVE_ROUNDS = 5;

/**
 * Add, change and remove articles as the folder watcher would (LIVE_ROUNDS changes, one at a
 * time), answering meanwhile; the median time until a change is in the answers.
 */
async function liveUpdate(knowledge: KnowledgeBase, mode: Exclude<LiveMode, 'none'>): Promise<ServeResult['live']> {
  const refresher = new DerivedRefresher(knowledge);
  const p = performance.now();
  if (mode === 'incremental') await refresher.prepare();
  const prepareMs = performance.now() - p;
  const times: number[] = [];
  let slowestMs = 0;
  for (let round = 0; round < LIVE_ROUNDS; round++) {
    // rounds: add, change it, add another, remove the first, change the second
    const id = `bench-live-${round % 2 === 0 ? round / 2 : 0}`;
    if (round === 3) knowledge.remove('bench-live-0');
    else
      knowledge.upsert({
        id: round === 4 ? 'bench-live-1' : id,
        title: 'Treffen in Panmunjom',
        file: `bench/live-${round}.txt`,
        date: { value: '2024-12-30', precision: 'day' },
        body: `Am ${20 + round}. Dezember 2024 trafen sich Delegationen in Panmunjom. Der Unterhändler Ri Son Gwon sagte, man sei zufrieden.`,
      });
    const t = performance.now();
    let merged = false;
    const merging = refresher.request().then(() => (merged = true));
    while (!merged) {
      for (const q of ['Panmunjom', 'who Merkel', 'timeline 2019']) {
        const s = performance.now();
        answer(knowledge, q);
        slowestMs = Math.max(slowestMs, performance.now() - s);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await merging;
    times.push(performance.now() - t);
    const found = answer(knowledge, 'who Ri Son Gwon');
    if (found.kind !== 'who' || !found.person) throw new Error('the added article did not reach the people directory');
  }
  refresher.close();
  times.sort((a, b) => a - b);
  return { prepareMs, mergeMs: times[Math.floor(times.length / 2)]!, slowestMs, rssMb: process.resourceUsage().maxRSS / 1024 };
}

function child<T>(args: string[]): T | string {
  // (with --expose-gc, as `npm start` runs the bot)
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) return `failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`;
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as T;
}

/** The flags of this script and of its child runs (`--name value` or `--name=value`). */
const FLAGS = {
  wikinews: { type: 'string' },
  dir: { type: 'string' },
  modes: { type: 'string' },
  sizes: { type: 'string' },
  build: { type: 'string' },
  peer: { type: 'string' },
  serve: { type: 'string' },
  live: { type: 'string' },
} as const;

function option(name: keyof typeof FLAGS, fallback: string): string {
  return parseArgs({ args: process.argv.slice(2), options: FLAGS }).values[name] || fallback;
}

async function main(): Promise<void> {
  const wikinews = resolve(option('wikinews', join(ROOT, '../shared/corpora/wikinews-de/articles')));
  const dir = option('dir', '');
  const modes = option('modes', 'repeat').split(',') as CorpusMode[];
  if (!modes.every((m) => m === 'repeat' || m === 'distinct')) throw new Error(`bench: --modes takes repeat and/or distinct, got "${option('modes', '')}"`);
  if (option('build', '')) return void process.stdout.write(`${JSON.stringify(await build(Number(option('build', '')), wikinews, dir, modes[0]!))}\n`);
  if (option('peer', '')) return void process.stdout.write(`${JSON.stringify(await peer(Number(option('peer', '')), wikinews, modes[0]!))}\n`);
  await benchTexts(ROOT, wikinews); // a missing texts folder stops the bench here, naming it
  if (option('serve', '')) return void process.stdout.write(`${JSON.stringify(await serve(dir, option('live', 'incremental') as LiveMode))}\n`);
  const sizes = option('sizes', '1000,10000,100000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  console.log(`Benchmark ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, texts from ${wikinews} + seeds`);
  console.log(
    'build and serve run in separate fresh processes; build = extract facts + index; then merge timeline and people, save the snapshot; load = read + decode the snapshot file until search answers / until the timeline and people directory are decoded too\n',
  );
  console.log(`corpus modes: ${modes.join(', ')} (repeat: the real texts cycled under new ids and dates; distinct: three paragraphs of different texts per article, years shifted, surnames replaced)`);
  console.log(
    '| mode | articles | build s | articles/s | merge + save s | snapshot MB | load s: search / all ready | peak RSS MB build / serve | search p50/p99 ms | who p50/p99 ms (runs) | timeline p50/p99 ms (runs) | live update: merge s / slowest answer ms / RSS MB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const ratios: string[] = [];
  const lives: string[] = [];
  for (const mode of modes)
    for (const size of sizes) {
      const work = mkdtempSync(join(tmpdir(), 'bench-'));
      try {
        const built = child<BuildResult>(['--build', String(size), '--wikinews', wikinews, '--dir', work, '--modes', mode]);
        if (typeof built === 'string') {
          console.log(`| ${mode} | ${size} | ${built} |`);
          continue;
        }
        const served = child<ServeResult>(['--serve', '1', '--dir', work, '--wikinews', wikinews]);
        if (typeof served === 'string') {
          console.log(`| ${mode} | ${size} | ${served} |`);
          continue;
        }
        const before = child<ServeResult>(['--serve', '1', '--dir', work, '--live', 'worker', '--wikinews', wikinews]);
        lives.push(
          typeof before === 'string'
            ? `| ${mode} | ${size} | ${before} |`
            : `| ${mode} | ${size} | ${(before.live.mergeMs / 1000).toFixed(2)} / ${before.live.rssMb.toFixed(0)} | ${(served.live.mergeMs / 1000).toFixed(2)} / ${served.live.rssMb.toFixed(0)} | ${(before.live.mergeMs / served.live.mergeMs).toFixed(1)}x / ${(before.live.rssMb / served.live.rssMb).toFixed(2)}x | ${(served.live.prepareMs / 1000).toFixed(1)} |`,
        );
        const mini = child<PeerResult>(['--peer', String(size), '--wikinews', wikinews, '--modes', mode]);
        const l = served.latency;
        if (typeof mini !== 'string') {
          const x = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
          ratios.push(
            `| ${mode} | ${size} | ${(mini.buildMs / 1000).toFixed(1)} | ${(mini.loadMs / 1000).toFixed(2)} | ${ms(mini.search.p50)} / ${ms(mini.search.p99)} | ${mini.rssMb.toFixed(0)} | ${x(built.buildMs, mini.buildMs)} | ${x(served.loadMs, mini.loadMs)} | ${x(l.search!.p99, mini.search.p99)} | ${x(served.serveRssMb, mini.rssMb)} |`,
          );
        } else ratios.push(`| ${mode} | ${size} | ${mini} |`);
        console.log(
          `| ${mode} | ${size} | ${(built.buildMs / 1000).toFixed(1)} | ${Math.round(size / (built.buildMs / 1000))} | ${(built.deriveMs / 1000).toFixed(1)} + ${(built.saveMs / 1000).toFixed(1)} | ${(built.snapshotBytes / 1e6).toFixed(1)} | ${(served.loadMs / 1000).toFixed(2)} / ${(served.readyMs / 1000).toFixed(2)} | ${built.buildRssMb.toFixed(0)} / ${served.serveRssMb.toFixed(0)} | ${ms(l.search!.p50)} / ${ms(l.search!.p99)} | ${ms(l.who!.p50)} / ${ms(l.who!.p99)} (${l.who!.runs}) | ${ms(l.timeline!.p50)} / ${ms(l.timeline!.p99)} (${l.timeline!.runs}) | ${(served.live.mergeMs / 1000).toFixed(1)} / ${ms(served.live.slowestMs)} / ${served.live.rssMb.toFixed(0)} |`,
        );
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  console.log(
    "\nminisearch set up for German (eval/search-systems.ts) on the same corpus in its own process; the bot's figure divided by minisearch's (build: the bot also extracts facts; load: JSON.parse + loadJSON; RSS: serving):\n",
  );
  console.log('| mode | articles | minisearch build s | load s | search p50 / p99 ms | RSS MB | build ratio | load ratio | search p99 ratio | RSS ratio |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of ratios) console.log(row);
  console.log(
    `\nlive updates (${LIVE_ROUNDS} changes one at a time: add, change, add, remove, change; medians) before (timeline and people merged whole on a worker) and after (timeline and people directory updated incrementally once prepared after start), each in its own process started from the snapshot:\n`,
  );
  console.log('| mode | articles | before: s / peak RSS MB | after: s / peak RSS MB | ratio time / RSS | prepare s (after start) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of lives) console.log(row);
}

main().catch((error) => {
  // a wrong flag is a usage mistake: one line and the usage, not a stack
  const usage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_');
  const usageLine = 'usage: npm run bench [-- --sizes 1000,10000,100000] [--modes repeat,distinct] [--wikinews DIR]';
  process.stderr.write(usage ? `bench: ${(error as Error).message}\n${usageLine}\n` : `${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(usage ? 2 : 1);
});
