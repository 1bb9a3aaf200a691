/**
 * `npm run bench [-- --sizes 1000,10000,100000] [--wikinews DIR]`: for each corpus size, in a
 * fresh process: index build time, snapshot size, load-from-snapshot time, peak RSS, and
 * p50/p99 latency of search, who and timeline. Prints a Markdown table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answer } from '../src/answers/answer.ts';
import { decodeKnowledge, encodeKnowledge } from '../src/answers/knowledge-snapshot.ts';
import { buildKnowledge } from '../src/answers/knowledge.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { readSnapshotFile, snapshotPath, writeSnapshotFile } from '../src/store/snapshot-file.ts';
import { syntheticCorpus } from './corpus.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SEARCHES = ['Nordkorea', 'Kim Jong Un', 'Atomgespräche', 'Beigun', 'Sanktionen 2019', 'Außenminister Treffen', 'Bundesregierung Berlin',
  'Papst Benedikt', 'Fußball Weltmeisterschaft', 'Erdbeben Opfer', 'Wahlen 2008..2010', 'Verbindungsbüro Kaesong', 'Klimawandel', 'Präsident Bush Irak', 'Xyzzqq'];
const WHOS = ['who Biegun', 'who Kim Jong Un', 'who Merkel', 'who Bush', 'who Blinken'];
const TIMELINES = ['timeline 2019', 'timeline 2008-05', 'timeline 2010..2011', 'timeline 2020-07'];

interface Result {
  size: number; buildMs: number; snapshotBytes: number; loadMs: number; peakRssMb: number;
  latency: Record<string, { p50: number; p99: number; runs: number }>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(queries: string[], run: (q: string) => void, budgetMs: number, maxRuns: number) {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < maxRuns && (i < queries.length || performance.now() - started < budgetMs); i++) {
    const t = performance.now();
    run(queries[i % queries.length]!);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), runs: times.length };
}

async function one(size: number, wikinews: string): Promise<Result> {
  const sources = [...(await loadCorpus(join(ROOT, 'corpus'))).articles, ...(await loadCorpus(wikinews)).articles];
  const articles = syntheticCorpus(sources, size);
  sources.length = 0;
  let t = performance.now();
  const built = buildKnowledge(articles);
  const buildMs = performance.now() - t;
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    await writeSnapshotFile(dir, encodeKnowledge(built, 'bench', []));
    const snapshotBytes = statSync(snapshotPath(dir)).size;
    built.articles.clear();
    articles.length = 0;
    t = performance.now();
    const { knowledge } = decodeKnowledge((await readSnapshotFile(dir))!, 'bench');
    const loadMs = performance.now() - t;
    const latency = {
      search: measure(SEARCHES, (q) => answer(knowledge, q), 5000, 2000),
      who: measure(WHOS, (q) => answer(knowledge, q), 10000, 500),
      timeline: measure(TIMELINES, (q) => answer(knowledge, q), 5000, 500),
    };
    return { size, buildMs, snapshotBytes, loadMs, peakRssMb: process.resourceUsage().maxRSS / 1024, latency };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1) ?? fallback;
}

async function main(): Promise<void> {
  const wikinews = resolve(option('--wikinews', join(ROOT, '../shared/corpora/wikinews-de/articles')));
  const single = option('--one', '');
  if (single) return void process.stdout.write(`${JSON.stringify(await one(Number(single), wikinews))}\n`);
  const sizes = option('--sizes', '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
  const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  console.log(`Benchmark ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, texts from ${wikinews} + seeds\n`);
  console.log('| articles | build s | articles/s | snapshot MB | load s | peak RSS MB | search p50/p99 ms | who p50/p99 ms | timeline p50/p99 ms |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', String(size), '--wikinews', wikinews], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      console.log(`| ${size} | failed: ${child.stderr.trim().split('\n').slice(-3).join(' ')} |`);
      continue;
    }
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Result;
    const l = r.latency;
    console.log(`| ${r.size} | ${(r.buildMs / 1000).toFixed(1)} | ${Math.round(r.size / (r.buildMs / 1000))} | ${(r.snapshotBytes / 1e6).toFixed(1)} | ${(r.loadMs / 1000).toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${ms(l.search!.p50)} / ${ms(l.search!.p99)} | ${ms(l.who!.p50)} / ${ms(l.who!.p99)} (${l.who!.runs} runs) | ${ms(l.timeline!.p50)} / ${ms(l.timeline!.p99)} |`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
