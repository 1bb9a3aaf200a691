/**
 * `node --expose-gc --import tsx bench/command-latency.ts CODE_ROOT SNAPSHOT_DIR [ANSWERS_FILE]`:
 * start from a snapshot with the code of a checkout (CODE_ROOT: /work/main or this checkout) as
 * the bench's serve process does, then time the bench's commands (bench/commands.ts) the way it
 * does (each kind cycled until 8 s are spent) and tell which commands make the p99: per command
 * the median, 90th percentile and slowest run, slowest first (on stderr). Prints one JSON line:
 * load and ready times, RSS once ready, p50/p99 per kind, peak RSS after the runs, and per
 * command its times. With ANSWERS_FILE, the answers to every command are written there as JSON
 * (to compare two checkouts' answers from the same snapshot). Add `--cpu-prof` to node's flags
 * to profile. The snapshot must be of the format CODE_ROOT reads (built by bench/run.ts --build).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEARCHES, TIMELINES, WHOS } from './commands.ts';

const [root, dir, answersFile] = process.argv.slice(2).map((arg) => resolve(arg));
if (!root || !dir) throw new Error('usage: bench/command-latency.ts CODE_ROOT SNAPSHOT_DIR [ANSWERS_FILE]');
const { answer } = await import(`${root}/src/answers/answer.ts`);
const { decodeKnowledge } = await import(`${root}/src/knowledge/knowledge-snapshot.ts`);
const { checkInBackground, warmUpInBackground } = await import(`${root}/src/knowledge/bootstrap.ts`);
const { openSnapshotFile } = await import(`${root}/src/store/snapshot-file.ts`);

const started = performance.now();
const { knowledge, checkAll } = decodeKnowledge(openSnapshotFile(dir)!, 'bench');
answer(knowledge, SEARCHES[0]!);
const loadMs = performance.now() - started;
await warmUpInBackground(knowledge);
const readyMs = performance.now() - started;
const readyRssMb = process.memoryUsage().rss / 1e6;
await checkInBackground(checkAll);
for (const q of [...SEARCHES, ...TIMELINES]) answer(knowledge, q);

/** The p-th percentile of ascending times. */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const perCommand = new Map<string, number[]>();

/** bench/run.ts's `measure`, keeping each command's times too. */
function measure(queries: string[], budgetMs: number, maxRuns: number) {
  const times: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < maxRuns && (i < 3 || performance.now() - t0 < budgetMs); i++) {
    const q = queries[i % queries.length]!;
    const t = performance.now();
    answer(knowledge, q);
    const ms = performance.now() - t;
    times.push(ms);
    (perCommand.get(q) ?? perCommand.set(q, []).get(q)!).push(ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), runs: times.length };
}

const latency = { search: measure(SEARCHES, 8000, 3000), who: measure(WHOS, 8000, 500), timeline: measure(TIMELINES, 8000, 500) };
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const commands = [...perCommand].map(([command, times]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { command, runs: sorted.length, p50: percentile(sorted, 50), p90: percentile(sorted, 90), max: sorted.at(-1)! };
});
commands.sort((a, b) => b.p90 - a.p90);
const ms = (n: number) => n.toFixed(2).padStart(7);
for (const c of commands) process.stderr.write(`${ms(c.p50)} ${ms(c.p90)} ${ms(c.max)}  ${c.command} (${c.runs})\n`);
if (answersFile) writeFileSync(answersFile, JSON.stringify(Object.fromEntries([...SEARCHES, ...WHOS, ...TIMELINES].map((q) => [q, answer(knowledge, q)])), null, 1));
console.log(JSON.stringify({ loadMs, readyMs, readyRssMb, latency, peakRssMb, commands }));
