/**
 * A start from the snapshot answers search at once and decodes the timeline and the people
 * directory afterwards (or when a question needs them first): every answer is the same as from
 * a snapshot decoded eagerly, whatever comes first; a damaged snapshot is refused with a clear
 * error, and a timeline or directory that cannot be decoded later is merged again from the facts.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import type { Article } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { warmUpInBackground } from '../../src/knowledge/bootstrap.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { decodeKnowledge, SnapshotError } from '../../src/knowledge/knowledge-snapshot.ts';
import { snapshotBytes } from '../support/snapshot-bytes.ts';
import { resealed, resealedJson } from '../support/resealed-snapshot.ts';

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
    // the analyser holds the snapshot's verb tables, not the ones the building analyser holds
    const analyser = restored.analyser();
    assert.notEqual(analyser.verbs.whole, built.analyser().verbs.whole);
    assert.equal(analyser.verbs.whole.size, built.analyser().verbs.whole.size);
    assert.deepEqual(built.analyser().word('zurückgetreten')?.alternatives, ['zurucktret']);
    assert.deepEqual(analyser.word('zurückgetreten'), built.analyser().word('zurückgetreten'));
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
    assert.equal(restored.newestArticle()?.id, built.articlesByDate().at(-1)?.id);
    for (const id of [...ids, 'nope']) {
      assert.equal(restored.hasArticle(id), built.hasArticle(id), id);
      assert.equal(restored.articleDate(id), built.article(id)?.date.value, id);
    }
    assert.equal(built.hasArticle('nope'), false);
  });

  it('warms up the date order without making an article object, and patches it after a change', () => {
    const restored = decodeKnowledge(bytes, 'fp').knowledge;
    restored.warmUp();
    assert.deepEqual(
      restored.idsByDate(),
      built.articlesByDate().map((a) => a.id),
    );
    const first = restored.articlesByDate()[0]!;
    assert.notEqual(restored.articlesByDate()[0], first, 'neither the warm-up nor the list kept the articles: each list makes them anew');
    assert.deepEqual({ ...restored.articlesByDate()[0] }, { ...first });
    const kept = restored.article(first.id);
    assert.equal(restored.articlesByDate()[0], kept, 'an article made for an answer is the one listed');
    const newest = restored.newestArticle()!;
    assert.equal(restored.newestArticle(), newest, 'the newest is kept once asked for');
    restored.upsert({ id: 'zz-early', title: 'Früh', body: 'Ein Text.', file: 'zz.txt', date: { value: '1900-01-01', precision: 'day' } });
    restored.remove(newest.id);
    const expected = [...built.articlesByDate()].map((a) => a.id).filter((id) => id !== newest.id);
    assert.deepEqual(restored.idsByDate(), ['zz-early', ...expected]);
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
    let laterInTextsOrFacts = 0;
    // (the analyser's word tables, about 1 MB, come last and are read at load: 39 places before them, 3 in them)
    const tablesAt = Buffer.from(bytes).indexOf('set lexicon.heads ');
    assert.ok(tablesAt > 0 && tablesAt < bytes.length / 2, 'the analyser tables section');
    const places = [...Array.from({ length: 39 }, (_, k) => Math.floor((tablesAt * (k + 1)) / 40)), tablesAt + 10, tablesAt + 200_000, tablesAt + 600_000];
    for (const i of places) {
      const damaged = Uint8Array.from(bytes);
      damaged[i] = damaged[i]! ^ 0xff;
      // (damage in the texts or facts is told, with the articles it leaves unreadable, and the check goes on; elsewhere it throws)
      const told: string[] = [];
      let restored: ReturnType<typeof decodeKnowledge>;
      try {
        restored = decodeKnowledge(damaged, 'fp', undefined, (error, ids) => told.push(`${error.message} ${ids.length > 0}`));
      } catch (error) {
        assert.ok(error instanceof SnapshotError && /damaged|corrupt|not a snapshot/.test(error.message), `${i}: ${error}`);
        atLoad++;
        continue;
      }
      let thrown = '';
      try {
        for (const _ of restored.checkAll());
      } catch (error) {
        assert.ok(error instanceof SnapshotError, String(error));
        thrown = error.message;
      }
      const found = [...told, thrown].filter(Boolean);
      assert.equal(found.length, 1, `a byte flipped at ${i}: ${found}`);
      assert.match(found[0]!, thrown ? /^section (?!texts|facts)\w+: checksum mismatch \(file damaged\)$/ : /^section (texts|facts): checksum mismatch \(file damaged\) true$/);
      if (thrown === '') laterInTextsOrFacts++;
    }
    assert.ok(atLoad > 3 && atLoad < 42, 'some damage is found at load (the tables always), some later');
    assert.ok(laterInTextsOrFacts > 0, 'some in the texts or facts');
  });

  it('never gives a damaged article text: reading it throws a SnapshotError naming the section', () => {
    const knowledge = decodeKnowledge(bytes, 'fp').knowledge;
    const body = knowledge.article('003_3f8a301a5dfb26f2')!.body;
    // (the texts come before the facts in the file: the first place of a stretch of the text is in the texts)
    const at = Buffer.from(bytes).indexOf(Buffer.from(body.slice(200, 260)));
    assert.ok(at > 0);
    const damaged = Uint8Array.from(bytes);
    damaged[at] = damaged[at]! ^ 0x01;
    const told: Array<[string, readonly string[]]> = [];
    const restored = decodeKnowledge(damaged, 'fp', undefined, (error, ids) => told.push([error.message, ids]));
    assert.throws(() => restored.knowledge.article('003_3f8a301a5dfb26f2')!.body, /section texts: checksum mismatch/);
    assert.equal(told.length, 1, 'the failed read is told');
    assert.ok(told[0]![1].includes('003_3f8a301a5dfb26f2'), 'with the article');
    assert.doesNotThrow(() => [...restored.checkAll()], 'the check goes on past it');
    assert.equal(told.length, 1, 'a block found damaged is not checked (nor told) again');
  });

  it('tells exactly the articles a damaged block of texts or facts leaves unreadable, only while they are still read from the snapshot', () => {
    // (30 articles of about 6 KB: their texts take three 64 KiB blocks)
    const articles: Article[] = Array.from({ length: 30 }, (_, n) => ({
      id: `a${String(n).padStart(2, '0')}`,
      title: `Treffen ${n}`,
      file: `a${n}.txt`,
      date: { value: `2019-0${(n % 9) + 1}-1${n % 10}`, precision: 'day' },
      body: `Am ${(n % 28) + 1}. März 2019 trafen sich Delegationen in Panmunjom, Runde ${n}. `.repeat(90),
    }));
    const bytes = snapshotBytes(buildKnowledge(articles));
    for (const section of ['texts', 'facts'] as const) {
      const sample = section === 'texts' ? Buffer.from(articles[14]!.body.slice(0, 80)) : Buffer.from(buildKnowledge([articles[14]!]).packedFactsOf('a14')!.subarray(0, 60));
      const at = Buffer.from(bytes).indexOf(sample);
      assert.ok(at > 0, section);
      const damaged = Uint8Array.from(bytes);
      damaged[at + 30] = damaged[at + 30]! ^ 0x01;
      const told: Array<readonly string[]> = [];
      const { knowledge, checkAll } = decodeKnowledge(damaged, 'fp', undefined, (_, ids) => told.push(ids));
      const read = (id: string) => (section === 'texts' ? knowledge.article(id)!.body : knowledge.packedFactsOf(id));
      const unreadable = articles
        .map((a) => a.id)
        .filter((id) => {
          try {
            read(id);
            return false;
          } catch {
            return true;
          }
        });
      assert.ok(unreadable.includes('a14') && unreadable.length < 30, `${section}: ${unreadable}`);
      assert.ok(told.length > 0);
      for (const ids of told) assert.deepEqual([...ids].sort(), unreadable, `${section}: exactly the articles that cannot be read`);
      // an article put back (read again from the corpus) is no longer told
      knowledge.repair(articles[14]!);
      told.length = 0;
      const other = unreadable.find((id) => id !== 'a14')!;
      assert.throws(() => read(other), SnapshotError);
      assert.deepEqual(told, [unreadable.filter((id) => id !== 'a14')], `${section}: told again, without the article put back`);
      assert.ok(read('a14') !== undefined, 'read from memory now');
      told.length = 0;
      for (const _ of checkAll());
      assert.deepEqual(told, [], 'the block found damaged is not checked again');
    }
  });

  it('merges the timeline again from the facts when its section is damaged, and tells why', () => {
    const at = Buffer.from(bytes).indexOf(Buffer.from('{"texts":['));
    assert.ok(at > 0, 'the timeline section');
    const damaged = Uint8Array.from(bytes);
    damaged[at + 3] = damaged[at + 3]! ^ 0x01;
    const errors: string[] = [];
    const restored = decodeKnowledge(damaged, 'fp', (error) => errors.push(error.message)).knowledge;
    const eager = decodeKnowledge(bytes, 'fp').knowledge;
    assert.deepEqual(answer(restored, 'timeline 2019'), answer(eager, 'timeline 2019'));
    assert.deepEqual(errors, ['section timeline: checksum mismatch (file damaged)']);
  });

  it('refuses an article list holding anything but strings at load (checksums valid), not at answer time', () => {
    const cases: Array<[(columns: Record<string, unknown[]>) => void, RegExp]> = [
      [(c) => (c.titles![1] = 42), /^corrupt \(article list: titles: not a string at 1\)$/],
      [(c) => (c.dates![0] = null), /^corrupt \(article list: dates: not a string at 0\)$/],
      [(c) => (c.ids![2] = { id: 'x' }), /^corrupt \(article list: ids: not a string at 2\)$/],
      [(c) => (c.optional = [[0, { url: 7 }]]), /^corrupt \(article list: optional fields of row 0\)$/],
      [(c) => (c.optional = [[999, { url: 'https://example.org' }]]), /^corrupt \(article list: optional fields of row 999\)$/],
      [(c) => (c.precisions = c.precisions!.slice(1)), /^corrupt \(article list\)$/],
    ];
    for (const [change, message] of cases)
      assert.throws(
        () => decodeKnowledge(resealedJson(bytes, 'articles', change), 'fp'),
        (e) => e instanceof SnapshotError && message.test(e.message),
        String(message),
      );
    // the same resealing with nothing changed loads and answers (the cases fail for their change alone)
    const same = decodeKnowledge(
      resealedJson(bytes, 'articles', () => {}),
      'fp',
    ).knowledge;
    assert.deepEqual(answer(same, 'Nordkorea'), answer(built, 'Nordkorea'));
  });

  it('refuses a date order that does not name every article once', () => {
    const twice = resealed(bytes, 'byDate', (section) => {
      const rows = new Uint32Array(section.buffer.slice(section.byteOffset, section.byteOffset + section.byteLength));
      rows[1] = rows[0]!;
      return new Uint8Array(rows.buffer);
    });
    assert.throws(() => decodeKnowledge(twice, 'fp'), /^SnapshotError: corrupt \(date order\)$|corrupt \(date order\)/);
  });

  it('merges the timeline or directory again when a string table holds anything but strings (checksums valid), and tells why', () => {
    const cases: Array<[string, (strings: Record<string, unknown[]>) => void, string, string]> = [
      ['timeline', (t) => (t.texts![0] = 3), 'corrupt (timeline: timeline texts: not a string at 0)', 'timeline 2019'],
      ['timeline', (t) => (t.dates![0] = { value: 2019, precision: 'year' }), 'corrupt (timeline: timeline dates: not a date at 0)', 'timeline 2019'],
      ['timeline', (t) => t.names!.push(null), 'corrupt (timeline: timeline names: not a string at ', 'timeline Biegun'],
      ['directory', (d) => (d.aliases![0] = [1]), 'corrupt (people directory: directory aliases 0: not a string at 0)', 'who Biegun'],
      ['directory', (d) => (d.names![0] = null), 'corrupt (people directory: directory names: not a string at 0)', 'who Biegun'],
      ['directory', (d) => (d.entities![0] = ['k', 'n']), 'corrupt (people directory: directory entities: not key, name and kind)', 'who Kim'],
    ];
    const eager = decodeKnowledge(bytes, 'fp').knowledge;
    for (const [section, change, message, question] of cases) {
      const errors: string[] = [];
      const restored = decodeKnowledge(resealedJson(bytes, section, change), 'fp', (error) => errors.push(error.message)).knowledge;
      restored.warmUp();
      assert.equal(errors.length, 1, message);
      assert.ok(errors[0]!.startsWith(message), `${errors[0]} starts with ${message}`);
      assert.deepEqual(answer(restored, question), answer(eager, question), question);
    }
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
