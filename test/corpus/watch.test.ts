/**
 * The watcher on a real folder: new, changed, deleted and broken files, applied to the knowledge
 * without a restart.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { searchAnswer } from '../../src/answers/search.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { followCorpus, loadKnowledge } from '../../src/knowledge/bootstrap.ts';
import type { CorpusWatcher } from '../../src/corpus/watch.ts';
import { createLogger } from '../../src/log.ts';

let dir: string;
let knowledge: KnowledgeBase;
let watcher: CorpusWatcher;
let lines: string[];

/** Poll until `check` holds, at most 5 s. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}\n${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const article = (title: string, date: string, body: string) => `---\ntitle: "${title}"\ndate: ${date}\n---\n${body}\n`;
const found = (query: string) => searchAnswer(knowledge, { query, lang: 'de' }, query).hits.map((h) => h.id);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'watch-test-'));
  await cp('corpus', dir, { recursive: true });
  lines = [];
  const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
  knowledge = await loadKnowledge(dir, logger);
  watcher = followCorpus(knowledge, dir, logger);
});
afterEach(async () => {
  watcher.close();
  await rm(dir, { recursive: true, force: true });
});

describe('watching the corpus folder', () => {
  it('adds a new article within seconds', async () => {
    await writeFile(join(dir, 'neu.md'), article('Treffen in Panmunjom', '2022-03-01', 'Delegationen trafen sich in Panmunjom. Der Unterhändler Ri Son Gwon sagte, man sei zufrieden.'));
    await eventually(() => found('Panmunjom 2022').includes('neu'), 'new article searchable');
    assert.equal(knowledge.articleCount(), 6);
    // people and events follow once the timeline and the directory are merged again in the background
    await eventually(() => {
      const who = answer(knowledge, 'who Ri Son Gwon');
      return who.kind === 'who' && who.person?.articles[0]?.id === 'neu';
    }, 'its people are known too');
    await eventually(() => {
      const timeline = answer(knowledge, 'timeline 2022-03');
      return timeline.kind === 'timeline' && timeline.events.some((e) => e.citations.some((c) => c.id === 'neu'));
    }, 'and its events');
  });

  it('re-reads a changed article', async () => {
    await writeFile(join(dir, 'neu.md'), article('Erst', '2022-03-01', 'Zuerst ging es um Sojabohnen.'));
    await eventually(() => found('Sojabohnen').includes('neu'), 'first version');
    await writeFile(join(dir, 'neu.md'), article('Dann', '2022-03-01', 'Jetzt geht es um Düngemittel.'));
    await eventually(() => found('Düngemittel').includes('neu'), 'second version');
    assert.ok(!found('Sojabohnen').includes('neu'));
  });

  it('forgets a deleted article', async () => {
    const [id] = [...knowledge.articles()].map((a) => a.id).sort();
    assert.ok(found('Kaesong').length > 0);
    await unlink(join(dir, `${id}.txt`));
    await eventually(() => knowledge.article(id!) === undefined, 'article removed');
    assert.ok(!found('Nordkorea').includes(id!));
  });

  it('skips a broken file with a warning naming it', async () => {
    await writeFile(join(dir, 'kaputt.txt'), 'kein Datum');
    await eventually(() => lines.some((l) => l.startsWith('WARN') && l.includes('kaputt.txt')), 'warning');
    assert.equal(knowledge.articleCount(), 5);
  });

  it('skips a named pipe dropped into the folder with a warning naming it, without waiting on it', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await eventually(() => lines.some((l) => l.startsWith('WARN') && l.includes('pipe.txt') && l.includes('FIFO')), 'warning');
    await writeFile(join(dir, 'danach.txt'), article('Danach', '2022-01-01', 'Ein Satz über Kaesong.'));
    await eventually(() => knowledge.article('danach') !== undefined, 'the next file is still read');
  });

  it('ignores files that are not articles', async () => {
    await writeFile(join(dir, 'notes.json'), '{}');
    await writeFile(join(dir, 'ok.txt'), article('Ok', '2022-01-01', 'Ein Satz über Kaesong.'));
    await eventually(() => knowledge.article('ok') !== undefined, 'article added');
    assert.ok(knowledge.article('notes') === undefined);
  });
});
