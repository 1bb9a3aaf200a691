/**
 * Start-up with a snapshot: an unchanged corpus loads from it, a changed corpus or a damaged
 * snapshot is rebuilt with a warning, writes are atomic, a file rewritten in place is refused, and
 * the file read is closed with the knowledge.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { dropIfDamaged, loadKnowledge, saveSnapshot } from '../../src/knowledge/bootstrap.ts';
import { SnapshotError } from '../../src/knowledge/container.ts';
import { DerivedRefresher } from '../../src/knowledge/derive-in-background.ts';
import { createLogger } from '../../src/log.ts';
import { openSnapshotFile, snapshotPath, writeSnapshotFile } from '../../src/store/snapshot-file.ts';
import { plainEntry } from '../../src/knowledge/timeline-columns.ts';
import { plainProfile } from '../../src/knowledge/directory-columns.ts';

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
    // (the second start's timeline is the snapshot's, packed: compared field by field)
    assert.deepEqual(second.timeline().map(plainEntry), first.timeline().map(plainEntry));
    assert.deepEqual(second.directory().profiles.map(plainProfile), first.directory().profiles.map(plainProfile));
    const quotesByKey = (quotes: ReturnType<typeof first.directory>['quotes']) => new Map([...quotes].map(([p, byArticle]) => [p.key, byArticle]));
    assert.deepEqual(quotesByKey(second.directory().quotes), quotesByKey(first.directory().quotes));
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

  for (const section of ['texts', 'facts'] as const) {
    it(`reads again from the corpus the articles of a damaged block of ${section} found after start, answers clearly meanwhile, logs it once and saves a good snapshot`, async () => {
      const first = await loadKnowledge(corpus, logger(), { dataDir: data });
      const id = '003_3f8a301a5dfb26f2';
      const ids = [...first.articles()].map((a) => a.id);
      const bytes = await readFile(snapshotPath(data));
      // (a stretch of the article's text, or of its packed facts, found in the file: the first place is in that section)
      const stretch = section === 'texts' ? Buffer.from(first.article(id)!.body.slice(300, 360)) : Buffer.from(first.packedFactsOf(id)!.subarray(0, 40));
      const at = bytes.indexOf(stretch);
      assert.ok(at > 0 && bytes.indexOf(stretch, at + 1) === -1, 'found once');
      bytes[at] = bytes[at]! ^ 0x01;
      await writeFile(snapshotPath(data), bytes);
      const damaged = (await stat(snapshotPath(data))).ino;
      lines = [];
      const knowledge = await loadKnowledge(corpus, logger(), { dataDir: data });
      assert.ok(
        lines.some((l) => l.includes('from the snapshot')),
        'the damage is in a section read later',
      );
      // a question needing the article before it is read again: a SnapshotError naming the section (never other bytes), told once
      const read = () => (section === 'texts' ? knowledge.article(id)!.body : knowledge.factsOf(id));
      for (let i = 0; i < 3; i++) assert.throws(read, (e) => e instanceof SnapshotError && e.message === `section ${section}: checksum mismatch (file damaged)`);
      for (let waited = 0; waited < 200 && (await stat(snapshotPath(data))).ino === damaged; waited++) await new Promise((resolve) => setTimeout(resolve, 50));
      const told = lines.filter((l) => l.includes('checksum mismatch'));
      assert.equal(told.length, 1, lines.join('\n'));
      assert.ok(told[0]!.startsWith('WARN') && told[0]!.includes(`section ${section}: checksum mismatch (file damaged): reading the`) && told[0]!.includes(id), told[0]);
      assert.equal(told[0]!.split(snapshotPath(data)).length, 2, 'the path named once');
      assert.ok(
        lines.some((l) => l.startsWith('INFO') && l.includes('read again from')),
        lines.join('\n'),
      );
      assert.ok(!lines.some((l) => l.includes('rebuilt at the next start') || l.includes('could not save')), lines.join('\n'));
      assert.equal(knowledge.article(id)!.body, first.article(id)!.body, 'read again from the corpus');
      assert.deepEqual(
        ids.map((i) => Buffer.from(knowledge.packedFactsOf(i)!)),
        ids.map((i) => Buffer.from(first.packedFactsOf(i)!)),
        'the same facts as extracted at the build',
      );
      assert.deepEqual(answer(knowledge, 'who Biegun'), answer(first, 'who Biegun'));
      assert.deepEqual(answer(knowledge, 'Kaesong 2019'), answer(first, 'Kaesong 2019'));
      // a live update reads every article's facts: it works again
      const errors: Error[] = [];
      const refresher = new DerivedRefresher(knowledge, (error) => errors.push(error));
      await refresher.prepare();
      knowledge.upsert({ ...first.article(id)!, id: 'neu', file: join(corpus, 'neu.txt'), date: { value: '2022-03-01', precision: 'day' } });
      await refresher.request();
      refresher.close();
      assert.deepEqual(errors, []);
      assert.ok(knowledge.timeline().some((entry) => entry.articleIds.includes('neu')));
      knowledge.remove('neu');
      // what reads the whole archive works again: the snapshot saved again is good and the next start loads from it
      lines = [];
      const next = await loadKnowledge(corpus, logger(), { dataDir: data });
      assert.ok(lines.some((l) => l.includes('from the snapshot')) && !lines.some((l) => l.startsWith('WARN')), lines.join('\n'));
      assert.equal(next.article(id)!.body, first.article(id)!.body);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.ok(!lines.some((l) => l.startsWith('WARN')), `checked in the background: no damage left\n${lines.join('\n')}`);
      knowledge.close();
      next.close();
    });
  }

  it('indexes again an article whose damaged text is read again from a file edited since the start (no watcher, as --live none)', async () => {
    const id = '003_3f8a301a5dfb26f2';
    // (a whole second as modification time, to be set again after the edit: the fingerprint stays)
    const file = join(corpus, `${id}.txt`);
    const mtime = new Date('2024-01-01T00:00:00Z');
    await utimes(file, mtime, mtime);
    const first = await loadKnowledge(corpus, logger(), { dataDir: data });
    const bytes = await readFile(snapshotPath(data));
    const stretch = Buffer.from(first.article(id)!.body.slice(300, 360));
    const at = bytes.indexOf(stretch);
    assert.ok(at > 0 && bytes.indexOf(stretch, at + 1) === -1, 'found once');
    bytes[at] = bytes[at]! ^ 0x01;
    await writeFile(snapshotPath(data), bytes);
    const damaged = (await stat(snapshotPath(data))).ino;
    // the file edited in place, same size and modification time (so the start still loads the
    // snapshot): a word replaced by an unknown one of the same length, two sentences made one
    const text = await readFile(file, 'utf8');
    // (after the header line: 'Nachdem Nordkorea sein …' -> 'Nachdem QQQQQQQQz sein …'; '… an. Trotz' -> '… an; Trotz')
    const start = text.indexOf('\n');
    const word = text.indexOf(' Nordkorea ', start) + 1;
    const boundary = text.slice(start).search(/\. [A-ZÄÖÜ]/) + start;
    assert.ok(word > start && boundary > start, 'a word and a sentence end to edit');
    const unknown = 'QQQQQQQQz';
    const edited = `${text.slice(0, word)}${unknown}${text.slice(word + unknown.length)}`;
    const joined = `${edited.slice(0, boundary)}; ${edited.slice(boundary + 2)}`;
    assert.equal(Buffer.byteLength(joined), Buffer.byteLength(text));
    await writeFile(file, joined);
    await utimes(file, mtime, mtime);
    lines = [];
    const knowledge = await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(
      lines.some((l) => l.includes('from the snapshot')),
      lines.join('\n'),
    );
    assert.deepEqual(knowledge.containingAll(unknown), [], 'the index is the snapshot’s');
    for (let waited = 0; waited < 200 && (await stat(snapshotPath(data))).ino === damaged; waited++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(
      lines.some((l) => l.startsWith('INFO') && l.includes('read again from')),
      lines.join('\n'),
    );
    assert.ok(knowledge.article(id)!.body.includes(unknown), 'read again from the corpus');
    assert.deepEqual(knowledge.containingAll(unknown), [id], 'indexed again: the new word is found');
    assert.equal(knowledge.sentencesOf(id)!.length, first.sentencesOf(id)!.length - 1, 'the sentences of the edited text');
    knowledge.close();
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

  it('refuses texts from a snapshot rewritten in place after start, rather than answering other bytes, and reads every article again from the corpus', async () => {
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
    lines = [];
    await writeFile(snapshotPath(data), bytes);
    const past = new Date(Date.now() - 3_600_000);
    await utimes(snapshotPath(data), past, past);
    const rewritten = (await stat(snapshotPath(data))).ino;
    // (the check in the background may have found the change already and read the article again: then the right text)
    const refusedOrRight = <T>(read: () => T, right: T) => {
      try {
        assert.deepEqual(read(), right);
      } catch (error) {
        assert.match(String(error), /SnapshotError: file changed while open/);
      }
    };
    refusedOrRight(() => second.article(id)!.body, body);
    refusedOrRight(() => second.factsOf(id), first.factsOf(id));
    for (let waited = 0; waited < 200 && (await stat(snapshotPath(data))).ino === rewritten; waited++) await new Promise((resolve) => setTimeout(resolve, 50));
    const told = lines.filter((l) => l.includes('changed while open'));
    assert.equal(told.length, 1, lines.join('\n'));
    assert.ok(told[0]!.startsWith('WARN') && told[0]!.includes(`reading the ${first.articleCount()} article(s)`), told[0]);
    assert.equal(told[0]!.split(snapshotPath(data)).length, 2, 'the path named once');
    const ids = [...first.articles()].map((a) => a.id);
    assert.deepEqual(
      ids.map((i) => second.article(i)!.body),
      ids.map((i) => first.article(i)!.body),
      'every text read again from the corpus',
    );
    assert.deepEqual(
      ids.map((i) => Buffer.from(second.packedFactsOf(i)!)),
      ids.map((i) => Buffer.from(first.packedFactsOf(i)!)),
    );
    lines = [];
    const next = await loadKnowledge(corpus, logger(), { dataDir: data });
    assert.ok(lines.some((l) => l.includes('from the snapshot')) && !lines.some((l) => l.startsWith('WARN')), `saved again: a good snapshot\n${lines.join('\n')}`);
    assert.equal(next.article(id)!.body, body);
    second.close();
    next.close();
  });

  it('names the path once when the snapshot cannot be opened at start', async () => {
    await mkdir(data);
    // (a link to itself: opening it fails with ELOOP, whose message names the path too)
    await symlink(snapshotPath(data), snapshotPath(data));
    lines = [];
    const knowledge = await loadKnowledge(corpus, logger(), { dataDir: data });
    const told = lines.filter((l) => l.includes('cannot read the snapshot'));
    assert.equal(told.length, 1, lines.join('\n'));
    assert.ok(told[0]!.startsWith('WARN') && told[0]!.includes('(ELOOP): rebuilding'), told[0]);
    assert.equal(told[0]!.split(snapshotPath(data)).length, 2, told[0]);
    assert.equal(knowledge.articleCount(), 5);
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
