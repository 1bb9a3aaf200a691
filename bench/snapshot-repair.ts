/**
 * `node --import tsx bench/snapshot-repair.ts [copies]`: what reading a whole archive again costs
 * when its snapshot is rewritten in place while the bot runs (issue #17 follow-up,
 * src/knowledge/snapshot-repair.ts). A corpus of `copies` (default 400) copies of the seed
 * articles in a temp dir is built and saved (timed: the cold start it is compared with), loaded
 * from the snapshot, the snapshot's modification time changed, one text read; then it times until
 * every article is read again and the snapshot saved again (a new file at the path), and prints
 * both times, their ratio and the RSS.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/bootstrap.ts';
import { createLogger } from '../src/log.ts';
import { snapshotPath } from '../src/store/snapshot-file.ts';

const copies = Number(process.argv[2] ?? 400);
const dir = await mkdtemp(join(tmpdir(), 'snapshot-repair-'));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
try {
  const corpus = join(dir, 'corpus');
  const data = join(dir, 'data');
  await cp('corpus', corpus, { recursive: true });
  const seeds = await readdir(corpus);
  for (let k = 1; k < copies; k++) for (const name of seeds) await writeFile(join(corpus, `copy${k}_${name}`), await readFile(join(corpus, name)));
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
  const built = performance.now();
  (await loadKnowledge(corpus, logger, { dataDir: data })).close();
  const buildSeconds = (performance.now() - built) / 1000;
  const knowledge = await loadKnowledge(corpus, logger, { dataDir: data });
  // (the background decoding and check after the start are over before the file is touched)
  await pause(2000);
  const path = snapshotPath(data);
  const opened = (await stat(path)).ino;
  const past = new Date(Date.now() - 3_600_000);
  await utimes(path, past, past);
  const start = performance.now();
  try {
    void [...knowledge.articles()][0]?.body;
  } catch {
    // (refused: "file changed while open", and every article is read again)
  }
  while ((await stat(path)).ino === opened) await pause(20);
  const repairSeconds = (performance.now() - start) / 1000;
  console.log(`${knowledge.articleCount()} articles, load average ${(await readFile('/proc/loadavg', 'utf8')).split(' ')[0]}`);
  console.log(
    `build + save: ${buildSeconds.toFixed(2)} s; all read again + saved: ${repairSeconds.toFixed(2)} s (${(repairSeconds / buildSeconds).toFixed(2)}x); RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
  for (const line of lines.filter((l) => l.includes('read again') || l.includes('changed while open'))) console.log(line.slice(0, 160));
  knowledge.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
