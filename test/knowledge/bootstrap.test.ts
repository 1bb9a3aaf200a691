/**
 * Start-up with a snapshot: an unchanged corpus loads from it, a changed corpus or a damaged
 * snapshot is rebuilt with a warning, writes are atomic, a file rewritten in place is refused, and
 * the file read is closed with the knowledge.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { dropIfDamaged, loadKnowledge, saveSnapshot } from '../../src/knowledge/bootstrap.ts';
import { SnapshotError } from '../../src/knowledge/container.ts';
import { createLogger } from '../../src/log.ts';
import { openSnapshotFile, snapshotPath, writeSnapshotFile } from '../../src/store/snapshot-file.ts';

let dir: string;
let corpus: string;
let data: string;
let lines: string[];
const logger = () => createLogger({ level: 'info', write: (line) => lines.push(line) });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'snapshot-test-'));
  corpus = join(dir, 'corpus');
  data = join(dir, 'data');
  await cp('corpus', corpus, { recursive: true });
  lines = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('snapshot at start-up', () => {
  it('saves a snapshot on the first start and loads from it on the next, with the same answers', async () => {
    const first = await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.deepEqual(await readdir(data), ['knowledge.snapshot']);
    lines = [];
    const second = await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(
      lines.some((l) => l.includes('from the snapshot')),
      lines.join('\n'),
    );
    const ids = [...first.articles()].map((a) => a.id);
    assert.deepEqual(
      ids.map((id) => second.sentencesOf(id)),
      ids.map((id) => first.sentencesOf(id)),
    );
    assert.deepEqual([...second.articles()], [...first.articles()]);
    assert.deepEqual(
      ids.map((id) => Buffer.from(second.packedFactsOf(id)!)),
      ids.map((id) => Buffer.from(first.packedFactsOf(id)!)),
      'extracted facts come back without re-extraction',
    );
    assert.ok(second.hasDerived(), 'the merged timeline and the people directory come back without merging again');
    assert.deepEqual(second.timeline(), first.timeline());
    assert.deepEqual(second.directory().profiles, first.directory().profiles);
    assert.deepEqual(second.directory().quotes, first.directory().quotes);
    assert.deepEqual(second.articlesByDate(), first.articlesByDate());
    for (const query of ['Kaesong 2019', 'Beigun', 'who Biegun', 'who Kim', 'timeline 2020', 'timeline Biegun', 'Atomgespräche']) {
      assert.deepEqual(answer(second, query), answer(first, query), query);
    }
  });

  it('rebuilds with a warning when the corpus changed', async () => {
    await loadKnowledge(corpus, logger(), { dataDir: data });
    await writeFile(join(corpus, 'neu.txt'), '---\ntitle: Neu\ndate: 2022-01-05\n---\nEin Treffen in Panmunjom.\n');
    lines = [];
    const knowledge = await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(
      lines.some((l) => l.startsWith('WARN') && l.includes('outdated')),
      lines.join('\n'),
    );
    assert.equal(answer(knowledge, 'Panmunjom 2022').kind, 'search');
    assert.ok(knowledge.article('neu') !== undefined);
  });

  it('notices an edited file by its modification time', async () => {
    await loadKnowledge(corpus, logger(), { dataDir: data });
    const [name] = (await readdir(corpus)).sort();
    const later = new Date(Date.now() + 60_000);
    await utimes(join(corpus, name!), later, later);
    lines = [];
    await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(
      lines.some((l) => l.includes('outdated')),
      lines.join('\n'),
    );
  });

  it('rebuilds with a warning when the snapshot is damaged, and replaces it', async () => {
    await loadKnowledge(corpus, logger(), { dataDir: data });
    const bytes = await readFile(snapshotPath(data));
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    await writeFile(snapshotPath(data), bytes);
    lines = [];
    const knowledge = await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(
      lines.some((l) => l.startsWith('WARN') && l.includes('damaged')),
      lines.join('\n'),
    );
    assert.equal(knowledge.articleCount(), 5);
    lines = [];
    await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(
      lines.some((l) => l.includes('from the snapshot')),
      'the rebuilt snapshot is good again',
    );
  });

  it('finds a damaged text in the background after a start from the snapshot: a warning naming the section, and a rebuild at the next start', async () => {
    const first = await loadKnowledge(corpus, logger(), { dataDir: data });
    const body = first.article('003_3f8a301a5dfb26f2')!.body;
    const bytes = await readFile(snapshotPath(data));
    // (the texts come first in the file: the first place of a stretch of the text is in the texts)
    const at = bytes.indexOf(Buffer.from(body.slice(300, 360)));
    assert.ok(at > 0);
    bytes[at] = bytes[at]! ^ 0x01;
    await writeFile(snapshotPath(data), bytes);
    lines = [];
    const knowledge = await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(
      lines.some((l) => l.includes('from the snapshot')),
      'the damage is in a section read later',
    );
    for (let waited = 0; waited < 100 && !lines.some((l) => l.includes('section texts')); waited++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(
      lines.some((l) => l.startsWith('WARN') && l.includes('section texts: checksum mismatch (file damaged): it is rebuilt at the next start')),
      lines.join('\n'),
    );
    assert.throws(() => knowledge.article('003_3f8a301a5dfb26f2')!.body, /section texts: checksum mismatch/, 'never answered from');
    assert.equal(knowledge.articleCount(), 5);
    lines = [];
    const next = await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(!lines.some((l) => l.includes('from the snapshot')), 'rebuilt');
    assert.equal(next.article('003_3f8a301a5dfb26f2')!.body, body);
  });

  it('reads the texts of a start from the snapshot after the snapshot is saved again', async () => {
    const first = await loadKnowledge(corpus, logger(), { dataDir: data });
    const second = await loadKnowledge(corpus, logger(), { dataDir: data });
    const before = await readFile(snapshotPath(data));
    const [gone, ...kept] = [...second.articles()].map((a) => a.id);
    assert.ok(gone && kept.length >= 2);
    // (an article removed before saving: the texts after it lie at other offsets in the new file)
    second.remove(gone);
    await saveSnapshot(second, data, 'another', [], logger());
    const after = await readFile(snapshotPath(data));
    const moved = kept.filter((id) => {
      const text = Buffer.from(first.article(id)!.body.slice(0, 80));
      return before.indexOf(text) !== after.indexOf(text);
    });
    assert.ok(moved.length > 0, 'some texts lie elsewhere in the new snapshot');
    assert.deepEqual(
      kept.map((id) => second.article(id)!.body),
      kept.map((id) => first.article(id)!.body),
      'the file read stays open: a new snapshot replaces the name only',
    );
    second.close();
  });

  it('refuses texts from a snapshot rewritten in place after start, rather than answering other bytes', async () => {
    const first = await loadKnowledge(corpus, logger(), { dataDir: data });
    const second = await loadKnowledge(corpus, logger(), { dataDir: data });
    const id = '003_3f8a301a5dfb26f2';
    const body = first.article(id)!.body;
    assert.equal(second.article(id)!.body, body, 'read (and checked) once');
    // a restored backup of the same size over the same file: the text read before now says something else
    const bytes = await readFile(snapshotPath(data));
    const at = bytes.indexOf(Buffer.from(body.slice(300, 360)));
    assert.ok(at > 0);
    bytes[at] = bytes[at]! ^ 0x01;
    await writeFile(snapshotPath(data), bytes);
    const past = new Date(Date.now() - 3_600_000);
    await utimes(snapshotPath(data), past, past);
    assert.throws(() => second.article(id)!.body, /file changed while open/);
    second.close();
  });

  it('deletes a snapshot found damaged after start only while it is the file found damaged, and logs other errors as what they are', async () => {
    await loadKnowledge(corpus, logger(), { dataDir: data });
    const damage = new SnapshotError('section texts: checksum mismatch (file damaged)');
    const replaced = openSnapshotFile(data)!;
    await writeSnapshotFile(data, [await readFile(snapshotPath(data))]);
    lines = [];
    await dropIfDamaged(damage, replaced, data, logger());
    replaced.close();
    assert.deepEqual(await readdir(data), ['knowledge.snapshot'], 'a snapshot saved since is kept');
    assert.ok(
      lines.some((l) => l.startsWith('WARN') && l.includes('checksum mismatch') && l.includes('is kept')),
      lines.join('\n'),
    );
    const opened = openSnapshotFile(data)!;
    lines = [];
    await dropIfDamaged(new Error('Cannot read properties of undefined'), opened, data, logger());
    assert.deepEqual(await readdir(data), ['knowledge.snapshot'], 'not a damaged snapshot: kept');
    assert.ok(
      lines.some((l) => l.startsWith('ERROR') && l.includes('Cannot read properties of undefined') && !l.includes('rebuilt')),
      lines.join('\n'),
    );
    lines = [];
    await dropIfDamaged(damage, opened, data, logger());
    opened.close();
    assert.deepEqual(await readdir(data), [], 'the file found damaged is deleted');
    assert.ok(
      lines.some((l) => l.includes('it is rebuilt at the next start')),
      lines.join('\n'),
    );
  });

  it('closes the snapshot file with the knowledge (at shutdown): the descriptor is released, texts from it can no longer be read', async () => {
    const built = await loadKnowledge(corpus, logger(), { dataDir: data });
    built.close();
    const open = async () => (await readdir('/proc/self/fd')).length;
    const before = await open();
    const restored = await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.equal(await open(), before + 1);
    restored.close();
    restored.close();
    assert.equal(await open(), before);
    assert.throws(() => restored.article('003_3f8a301a5dfb26f2')!.body, /closed/);
    assert.equal(built.article('003_3f8a301a5dfb26f2')!.body.length > 0, true, 'a knowledge base built afresh reads from memory');
  });

  it('rebuilds when the snapshot is truncated or not a snapshot at all', async () => {
    await loadKnowledge(corpus, logger(), { dataDir: data });
    const bytes = await readFile(snapshotPath(data));
    for (const broken of [bytes.subarray(0, bytes.length / 2), Buffer.from('hello')]) {
      await writeFile(snapshotPath(data), broken);
      lines = [];
      const knowledge = await loadKnowledge(corpus, logger(), { dataDir: data });
      assert.ok(
        lines.some((l) => l.startsWith('WARN') && l.includes('rebuilding')),
        lines.join('\n'),
      );
      assert.equal(knowledge.articleCount(), 5);
    }
  });

  it('leaves no temporary file behind', async () => {
    await loadKnowledge(corpus, logger(), { dataDir: data });
    await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.deepEqual(
      (await readdir(data)).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('repeats the warnings about skipped files when loading from the snapshot', async () => {
    await writeFile(join(corpus, 'kaputt.txt'), 'no header at all');
    await loadKnowledge(corpus, logger(), { dataDir: data });
    lines = [];
    await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(lines.some((l) => l.includes('from the snapshot')));
    assert.ok(
      lines.some((l) => l.startsWith('WARN') && l.includes('kaputt.txt')),
      lines.join('\n'),
    );
  });
});
