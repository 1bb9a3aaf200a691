/**
 * Articles the snapshot can no longer give are read again from the corpus in the background,
 * once each, with one log line when found and one when read again; then `afterRepair` runs.
 */
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { loadCorpus } from '../../src/corpus/load.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { SnapshotError } from '../../src/knowledge/container.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { SnapshotRepair } from '../../src/knowledge/snapshot-repair.ts';
import { createLogger } from '../../src/log.ts';

let dir: string;
let lines: string[];
let knowledge: KnowledgeBase;
let saved: number;
let closed: boolean;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'repair-test-'));
  await cp('corpus', dir, { recursive: true });
  knowledge = buildKnowledge((await loadCorpus(dir)).articles);
  lines = [];
  saved = 0;
  closed = false;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const repairOf = () =>
  new SnapshotRepair(knowledge, createLogger({ level: 'info', write: (line) => lines.push(line) }), {
    snapshot: 'data/knowledge.snapshot',
    corpusDir: dir,
    closed: () => closed,
    afterRepair: async () => {
      saved++;
    },
  });
const damage = new SnapshotError('section texts: checksum mismatch (file damaged)', { section: 'texts', start: 0, end: 65536 });

describe('reading again what the snapshot can no longer give', () => {
  it('reads each article told again once, logs the find once and the repair once, then saves', async () => {
    const ids = [...knowledge.articles()].map((a) => a.id).sort();
    assert.ok(ids.length >= 3);
    const before = ids.map((id) => knowledge.article(id)!);
    const facts = ids.map((id) => Buffer.from(knowledge.packedFactsOf(id)!));
    const repair = repairOf();
    repair.unreadable(damage, ids.slice(0, 2));
    repair.unreadable(damage, ids.slice(0, 2));
    repair.unreadable(damage, ids.slice(1, 3));
    await repair.settled();
    const warned = lines.filter((l) => l.startsWith('WARN'));
    assert.equal(warned.length, 2, 'one line per find of articles not told before');
    assert.ok(warned[0]!.includes('data/knowledge.snapshot section texts: checksum mismatch (file damaged): reading the 2 article(s)'), warned[0]);
    assert.ok(warned[1]!.includes('reading the 1 article(s)') && warned[1]!.includes(ids[2]!), warned[1]);
    assert.ok(
      lines.some((l) => l.startsWith('INFO') && l.includes('3 article(s) read again')),
      lines.join('\n'),
    );
    assert.equal(saved, 1);
    assert.deepEqual(
      ids.map((id, i) => knowledge.article(id) !== before[i]),
      ids.map((_, i) => i < 3),
      'the three told are put back (other objects), the others untouched',
    );
    assert.deepEqual(
      ids.map((id) => knowledge.article(id)!.body),
      before.map((a) => a.body),
    );
    assert.deepEqual(
      ids.map((id) => Buffer.from(knowledge.packedFactsOf(id)!)),
      facts,
      'the same facts, extracted again',
    );
    assert.ok(repair.handles(damage) && !repair.handles(new SnapshotError('section texts: checksum mismatch (file damaged)')), 'knows the errors it was told');
  });

  it('says which articles cannot be read again (a file gone), once, and leaves an article changed meanwhile as it is', async () => {
    const [gone, changed] = [...knowledge.articles()].sort((a, b) => a.id.localeCompare(b.id));
    await rm(gone!.file);
    const repair = repairOf();
    repair.unreadable(damage, [gone!.id, changed!.id]);
    // (the corpus watcher put a newer version there before the repair came to it)
    const newer = { ...changed!, body: `${changed!.body}\nNachtrag.` };
    knowledge.upsert(newer);
    await repair.settled();
    assert.ok(
      lines.some((l) => l.startsWith('WARN') && l.includes('could not read 1 article(s) again') && l.includes('gone')),
      lines.join('\n'),
    );
    assert.equal(knowledge.article(changed!.id), newer, 'what the watcher put there is newer');
    assert.equal(knowledge.article(gone!.id), gone, 'left for the watcher to remove');
    lines = [];
    repair.unreadable(damage, [gone!.id]);
    await repair.settled();
    assert.deepEqual(lines, [], 'not tried again');
  });

  it('marks an error as being read again only while every article it names is queued or being read', async () => {
    const [gone, kept] = [...knowledge.articles()].sort((a, b) => a.id.localeCompare(b.id));
    await rm(gone!.file);
    const repair = repairOf();
    const error = (ids: string[]) => {
      const e = new SnapshotError('section texts: checksum mismatch (file damaged)', { section: 'texts', start: 0, end: 65536 });
      repair.unreadable(e, ids);
      return e.beingReadAgain;
    };
    assert.equal(error([gone!.id, kept!.id]), true, 'both queued');
    assert.equal(error([kept!.id]), true, 'told again while still queued');
    assert.equal(error([]), false, 'naming no article (damage the repair cannot mend)');
    await repair.settled();
    assert.equal(error([gone!.id]), false, 'could not be read again from the corpus: not being read');
    assert.equal(error([gone!.id, kept!.id]), false);
  });

  it('indexes again an article whose file changed since the start (unseen without the watcher), and keeps the index of one unchanged', async () => {
    const [edited, same] = [...knowledge.articles()].sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(knowledge.containingAll('Zitronenfalter'), [], 'a word in no article yet');
    await appendFile(edited!.file, '\nNachtrag: Ein Zitronenfalter flog über Panmunjom.\n');
    const sentences = knowledge.sentencesOf(edited!.id)!.length;
    const repair = repairOf();
    repair.unreadable(damage, [edited!.id, same!.id]);
    await repair.settled();
    assert.deepEqual(knowledge.containingAll('Zitronenfalter'), [edited!.id], 'the new text is searchable');
    assert.ok(knowledge.sentencesOf(edited!.id)!.length > sentences, 'its sentences are those of the new text');
    assert.ok(knowledge.article(edited!.id)!.body.includes('Zitronenfalter'));
    assert.ok(knowledge.containingAll(same!.title.split(' ')[0]!).includes(same!.id), 'the unchanged one is still found');
  });

  it('does nothing once the snapshot is closed (shutdown)', async () => {
    closed = true;
    const repair = repairOf();
    const [first] = [...knowledge.articles()];
    repair.unreadable(new SnapshotError('unreadable (the file was closed)'), [first!.id]);
    await repair.settled();
    assert.deepEqual(lines, []);
    assert.equal(saved, 0);
    assert.equal(knowledge.article(first!.id), first);
  });
});
