/**
 * `node --expose-gc --import tsx bench/cold-start.ts SIZE [DIR] [--wikinews DIR]`: one cold start
 * (build + merge + save, as `bench/run.ts --build` makes it) of SIZE distinct articles, timed part
 * by part in wall-clock and CPU time (`process.cpuUsage()`, all threads: the extraction workers
 * included): the indexing on this thread while the workers extract, the wait for the workers,
 * putting the facts in, sealing the index; then each warm-up step (the people directory, the
 * timeline, the reports by article, the date order) and the save. Prints one JSON line; what a
 * part costs per article says how a cold start scales. The snapshot goes to DIR (a temporary
 * folder, removed, when not given).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { encodeKnowledge } from '../src/knowledge/knowledge-snapshot.ts';
import { defaultWorkers, extractInParallel } from '../src/knowledge/facts/parallel.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { writeSnapshotFile } from '../src/store/snapshot-file.ts';
import { nextTurn } from '../src/common/next-turn.ts';
import { benchTexts, distinctCorpus } from './corpus.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { wikinews: { type: 'string' } } });
const size = Number(positionals[0]);
if (!(size > 0)) throw new Error('usage: bench/cold-start.ts SIZE [DIR] [--wikinews DIR]');
const dir = positionals[1] ?? mkdtempSync(join(tmpdir(), 'cold-start-'));
const articles = distinctCorpus(await benchTexts(ROOT, resolve(values.wikinews ?? join(ROOT, '../shared/corpora/wikinews-de/articles'))), size);

/** Part name -> [wall-clock ms, CPU ms of all threads]. */
const parts: Record<string, [number, number]> = {};
let mark = { wall: performance.now(), cpu: process.cpuUsage() };
/** Close the part running since the last mark. */
const part = (name: string) => {
  const cpu = process.cpuUsage(mark.cpu);
  parts[name] = [performance.now() - mark.wall, (cpu.user + cpu.system) / 1000];
  mark = { wall: performance.now(), cpu: process.cpuUsage() };
};

// buildKnowledgeInParallel (src/knowledge/build.ts), its steps timed apart
const extraction = extractInParallel(articles, defaultWorkers()).catch(() => undefined);
const knowledge = new KnowledgeBase();
for (const [i, article] of articles.entries()) {
  knowledge.addIndexed(article);
  if (i % 200 === 199) await nextTurn();
}
part('index (workers extracting meanwhile)');
const extracted = await extraction;
if (!extracted) throw new Error('extraction failed on the workers');
part('wait for the workers');
for (const [i, article] of articles.entries()) knowledge.completeExtraction(article, extracted[i]);
part('put the facts in');
knowledge.seal();
part('seal the index');
const steps = ['people directory', 'timeline', 'reports by article', 'date order'];
knowledge.warmUpSteps().forEach((step, i) => {
  step();
  part(steps[i] ?? `warm-up step ${i + 1}`);
});
await writeSnapshotFile(dir, encodeKnowledge(knowledge, 'bench', []));
part('save');
if (!positionals[1]) rmSync(dir, { recursive: true, force: true });
const total = Object.values(parts).reduce(([w, c], [pw, pc]) => [w + pw, c + pc], [0, 0]);
const round = (n: number) => Math.round(n);
console.log(JSON.stringify({ size, totalMs: total.map(round), parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.map(round)])), peakRssMb: round(process.resourceUsage().maxRSS / 1024) }));
