import { decodeKnowledge } from '../src/knowledge/knowledge-snapshot.ts';
import { readSnapshotFile } from '../src/store/snapshot-file.ts';
import { IncrementalDirectory } from '../src/knowledge/directory-incremental.ts';
import { IncrementalTimeline } from '../src/knowledge/timeline-incremental.ts';
const dir = process.argv[2]!;
let t = performance.now();
const { knowledge } = decodeKnowledge((await readSnapshotFile(dir))!, 'bench');
knowledge.warmUp();
console.log('load', (performance.now() - t).toFixed(0), 'rss', (process.memoryUsage().rss / 1048576).toFixed(0));
const store = knowledge.factStore();
const dateOf = (id: string) => knowledge.article(id)?.date.value ?? '';
t = performance.now(); const adopted = IncrementalDirectory.build(store, dateOf, () => knowledge.directory()); console.log('directory state (adopt)', (performance.now() - t).toFixed(0), 'rss', (process.memoryUsage().rss / 1048576).toFixed(0));
if (process.argv[3] === 'full') { t = performance.now(); IncrementalDirectory.build(store, dateOf); console.log('directory build from state', (performance.now() - t).toFixed(0), 'rss', (process.memoryUsage().rss / 1048576).toFixed(0)); }
t = performance.now(); const kept = IncrementalTimeline.build(store); console.log('timeline prepare', (performance.now() - t).toFixed(0), 'rss', (process.memoryUsage().rss / 1048576).toFixed(0));
const art = (round: number) => ({ id: `bench-live-${round}`, title: 'Treffen in Panmunjom', file: `bench/live-${round}.txt`, date: { value: '2024-12-30', precision: 'day' as const }, body: `Am ${20 + round}. Dezember 2024 trafen sich Delegationen in Panmunjom. Der Unterhändler Ri Son Gwon sagte, man sei zufrieden. Angela Merkel war in Berlin.` });
const ids = [...store.ids()];
for (let round = 0; round < 6; round++) {
  const id = round < 3 ? `bench-live-${round}` : ids[round * 1000]!;
  t = performance.now(); if (round < 3) knowledge.upsert(art(round)); else knowledge.remove(id); const up = performance.now() - t;
  t = performance.now(); kept.update(store, [id]); const tl = performance.now() - t;
  t = performance.now(); adopted.update(store, dateOf, [id]); const dr = performance.now() - t;
  console.log(`${round < 3 ? 'add' : 'remove'} ${id}: upsert ${up.toFixed(0)} ms, timeline ${tl.toFixed(1)} ms, directory ${dr.toFixed(1)} ms`);
}
console.log('rss peak MB', (process.resourceUsage().maxRSS / 1024).toFixed(0));
