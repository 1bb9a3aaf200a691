/**
 * A start from the snapshot answers search at once and decodes the timeline and the people
 * directory afterwards (or when a question needs them first): every answer is the same as from
 * a snapshot decoded eagerly, whatever comes first; a damaged snapshot is refused with a clear
 * error, and a timeline or directory that cannot be decoded later is merged again from the facts.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { warmUpInBackground } from '../../src/knowledge/bootstrap.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { decodeKnowledge, SnapshotError } from '../../src/knowledge/knowledge-snapshot.ts';
import { snapshotBytes } from '../support/snapshot-bytes.ts';

/** Search, who (known, part of a name, unknown, quotes), timeline (whole, period, person, place) and a follow-up. */
const COMMANDS = [
  'Nordkorea',
  'Biegun Kaesong',
  'Verbindungsbüro',
  'who Biegun',
  'who Kim Jong Un',
  'who Kim',
  'who Choe Son Hui',
  'who Xyzzqq',
  'was hat Biegun gesagt?',
  'timeline',
  'timeline 2019',
  'timeline 2020-06..2020-07',
  'timeline Biegun',
  'timeline Kaesong 2020',
];

describe('knowledge snapshot: loading lazily', () => {
  let bytes: Uint8Array;
  let built: ReturnType<typeof buildKnowledge>;
  before(async () => {
    built = buildKnowledge((await loadCorpus('corpus')).articles);
    built.warmUp();
    bytes = snapshotBytes(built);
  });

  it('answers every command as the knowledge it was saved from (its analyser restored from the saved word tables)', () => {
    const restored = decodeKnowledge(bytes, 'fp').knowledge;
    assert.ok(COMMANDS.length > 10);
    for (const q of COMMANDS) assert.deepEqual(answer(restored, q), answer(built, q), q);
    assert.deepEqual(restored.analyser().word('zurückgetreten'), built.analyser().word('zurückgetreten'));
  });

  it('makes the articles when first asked for, each equal to the one saved (text, date, optional fields), in the same orders', () => {
    const restored = decodeKnowledge(bytes, 'fp').knowledge;
    const ids = [...built.articles()].map((a) => a.id);
    assert.ok(ids.length >= 5);
    assert.equal(restored.articleCount(), ids.length);
    const one = restored.article(ids[2]!);
    assert.equal(restored.article(ids[2]!), one, 'made once');
    assert.deepEqual({ ...one, body: one?.body }, { ...built.article(ids[2]!), body: built.article(ids[2]!)?.body });
    // every field of every article, the body read from the file (a copy keeps the text: the getter is the article's own)
    for (const article of built.articles()) assert.deepEqual({ ...restored.article(article.id) }, { ...article }, article.id);
    assert.deepEqual(
      [...restored.articles()].map((a) => a.id),
      ids,
    );
    assert.deepEqual(
      restored.articlesByDate().map((a) => a.id),
      built.articlesByDate().map((a) => a.id),
    );
    assert.equal(restored.articlesByDate()[0], restored.article(restored.articlesByDate()[0]!.id), 'the date order holds the same objects');
  });

  it('restores the optional fields of the articles that have them, and only those', () => {
    const dated = { date: { value: '2020-07-01', precision: 'day' as const } };
    const articles = [
      { id: 'a', title: 'Eins', body: 'In Seoul wurde verhandelt.', file: 'a.txt', url: 'https://example.org/a', source: 'dpa', author: 'K. Lee', ...dated },
      { id: 'b', title: 'Zwei', body: 'In Pjöngjang wurde gewartet.', file: 'b.txt', ...dated },
      { id: 'c', title: 'Drei', body: 'In Berlin wurde beraten.', file: 'c.txt', source: 'AFP', ...dated },
    ];
    const restored = decodeKnowledge(snapshotBytes(buildKnowledge(articles)), 'fp').knowledge;
    assert.equal(restored.articleCount(), articles.length);
    for (const article of articles) assert.deepEqual({ ...restored.article(article.id) }, article, article.id);
  });

  it('answers every command as a snapshot decoded eagerly does, in any order', () => {
    const eager = decodeKnowledge(bytes, 'fp').knowledge;
    eager.warmUp();
    assert.equal(eager.isDecoding(), false);
    const expected = COMMANDS.map((q) => answer(eager, q));
    assert.ok(
      expected.some((a) => a.kind === 'who' && a.person),
      'the commands find a person',
    );
    assert.ok(
      expected.some((a) => a.kind === 'timeline' && a.events.length > 0),
      'the commands find timeline entries',
    );
    // who first, timeline first, and the commands backwards, each on a fresh lazy load
    for (const order of [COMMANDS, [...COMMANDS.slice(9), ...COMMANDS.slice(0, 9)], [...COMMANDS].reverse()]) {
      const lazy = decodeKnowledge(bytes, 'fp').knowledge;
      assert.equal(lazy.isDecoding(), true, 'nothing decoded before a question needs it');
      const answers = new Map(order.map((q) => [q, answer(lazy, q)]));
      assert.equal(answers.size, COMMANDS.length);
      COMMANDS.forEach((q, i) => assert.deepEqual(answers.get(q), expected[i], q));
    }
  });

  it('answers search before the timeline and the directory are decoded, and decodes them in the background', async () => {
    const lazy = decodeKnowledge(bytes, 'fp').knowledge;
    const found = answer(lazy, 'Nordkorea');
    assert.equal(found.kind, 'search');
    assert.equal(lazy.isDecoding(), true, 'search needed neither');
    await warmUpInBackground(lazy);
    assert.equal(lazy.isDecoding(), false);
    assert.equal(lazy.hasDerived(), true);
  });

  it('keeps the restored timeline and directory (not merged again) when an article changes after start', () => {
    const lazy = decodeKnowledge(bytes, 'fp').knowledge;
    assert.equal(lazy.hasDerived(), true, 'restored ones count before they are decoded');
    lazy.keepDerivedWhileUpdating();
    lazy.remove('003_3f8a301a5dfb26f2');
    assert.equal(lazy.isUpdating(), true, 'kept, slightly out of date, while the change is merged');
    assert.equal(lazy.isDecoding(), false, 'decoded when the change came');
    assert.ok(lazy.timeline().some((e) => e.articleIds.includes('003_3f8a301a5dfb26f2')));
  });

  it('finds a byte damaged anywhere: at load, or when its section is read or checked, naming the section', () => {
    let atLoad = 0;
    // (the analyser's word tables, about 1 MB, come last and are read at load: 39 places before them, 3 in them)
    const tablesAt = Buffer.from(bytes).indexOf('set lexicon.heads ');
    assert.ok(tablesAt > 0 && tablesAt < bytes.length / 2, 'the analyser tables section');
    const places = [...Array.from({ length: 39 }, (_, k) => Math.floor((tablesAt * (k + 1)) / 40)), tablesAt + 10, tablesAt + 200_000, tablesAt + 600_000];
    for (const i of places) {
      const damaged = Uint8Array.from(bytes);
      damaged[i] = damaged[i]! ^ 0xff;
      let checkAll: () => Generator<void>;
      try {
        checkAll = decodeKnowledge(damaged, 'fp').checkAll;
      } catch (error) {
        assert.ok(error instanceof SnapshotError && /damaged|corrupt|not a snapshot/.test(error.message), `${i}: ${error}`);
        atLoad++;
        continue;
      }
      assert.throws(
        () => [...checkAll()],
        (e) => e instanceof SnapshotError && /^section \w+: checksum mismatch \(file damaged\)$/.test(e.message),
        `a byte flipped at ${i}`,
      );
    }
    assert.ok(atLoad > 3 && atLoad < 42, 'some damage is found at load (the tables always), some later');
  });

  it('never gives a damaged article text: reading it throws a SnapshotError naming the section', () => {
    const knowledge = decodeKnowledge(bytes, 'fp').knowledge;
    const body = knowledge.article('003_3f8a301a5dfb26f2')!.body;
    // (the texts come before the facts in the file: the first place of a stretch of the text is in the texts)
    const at = Buffer.from(bytes).indexOf(Buffer.from(body.slice(200, 260)));
    assert.ok(at > 0);
    const damaged = Uint8Array.from(bytes);
    damaged[at] = damaged[at]! ^ 0x01;
    const restored = decodeKnowledge(damaged, 'fp');
    assert.throws(() => restored.knowledge.article('003_3f8a301a5dfb26f2')!.body, /section texts: checksum mismatch/);
    assert.throws(() => [...restored.checkAll()], /section texts: checksum mismatch/);
  });

  it('merges the timeline again from the facts when its section is damaged, and tells why', () => {
    const at = Buffer.from(bytes).indexOf(Buffer.from('{"names":['));
    assert.ok(at > 0, 'the timeline section');
    const damaged = Uint8Array.from(bytes);
    damaged[at + 3] = damaged[at + 3]! ^ 0x01;
    const errors: string[] = [];
    const restored = decodeKnowledge(damaged, 'fp', (error) => errors.push(error.message)).knowledge;
    const eager = decodeKnowledge(bytes, 'fp').knowledge;
    assert.deepEqual(answer(restored, 'timeline 2019'), answer(eager, 'timeline 2019'));
    assert.deepEqual(errors, ['section timeline: checksum mismatch (file damaged)']);
  });

  it('refuses another corpus and a truncated file', () => {
    assert.throws(() => decodeKnowledge(bytes, 'other'), /outdated/);
    assert.throws(() => decodeKnowledge(bytes.subarray(0, bytes.length - 100), 'fp'), SnapshotError);
  });

  it('refuses a source that cannot be read (an I/O error, a file that ends early) with a SnapshotError, so a start rebuilds', () => {
    for (const failAt of [0, 3, 6]) {
      let reads = 0;
      const source = {
        size: bytes.length,
        read: (offset: number, length: number) => {
          if (reads++ === failAt) throw new Error('EIO: i/o error, read');
          return bytes.subarray(offset, offset + length);
        },
      };
      assert.throws(
        () => decodeKnowledge(source, 'fp'),
        (e) => e instanceof SnapshotError && e.message === 'unreadable (EIO: i/o error, read)',
        `read ${failAt} fails`,
      );
    }
  });
});
