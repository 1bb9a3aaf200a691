/**
 * `node --expose-gc --import tsx bench/load-cpu.ts CODE_ROOT SNAPSHOT_DIR`: one start from a
 * snapshot with the code of a checkout (CODE_ROOT, e.g. /work/main or this checkout), timed in
 * wall-clock and CPU time (`process.cpuUsage()`, all threads): until the first search is
 * answered, and until the timeline and directory are decoded too (`warmUpInBackground`); RSS by
 * then. On a busy machine the wall clock shows several times the CPU time a load needs, so
 * comparing checkouts by CPU time says what an idle machine would take. Prints one JSON line.
 * The snapshot must be of the format CODE_ROOT reads, built with fingerprint "bench" (bench/run.ts).
 */
import { resolve } from 'node:path';

const [root, dir] = process.argv.slice(2).map((arg) => resolve(arg));
if (!root || !dir) throw new Error('usage: bench/load-cpu.ts CODE_ROOT SNAPSHOT_DIR');
const { answer } = await import(`${root}/src/answers/answer.ts`);
const { decodeKnowledge } = await import(`${root}/src/knowledge/knowledge-snapshot.ts`);
const { warmUpInBackground } = await import(`${root}/src/knowledge/bootstrap.ts`);
const { openSnapshotFile } = await import(`${root}/src/store/snapshot-file.ts`);
const cpuMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;
const started = performance.now();
const cpu = process.cpuUsage();
const { knowledge } = decodeKnowledge(openSnapshotFile(dir)!, 'bench');
answer(knowledge, 'Nordkorea');
const loadMs = performance.now() - started;
const loadCpuMs = cpuMs(process.cpuUsage(cpu));
await warmUpInBackground(knowledge);
const readyMs = performance.now() - started;
console.log(JSON.stringify({ loadMs, loadCpuMs, readyMs, readyCpuMs: cpuMs(process.cpuUsage(cpu)), rssMb: process.memoryUsage().rss / 1e6 }));
