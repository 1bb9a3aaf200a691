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
import { decodeKnowledge, encodeKnowledge, SnapshotError } from '../../src/knowledge/knowledge-snapshot.ts';

function concat(iterable: Iterable<Uint8Array>): Uint8Array {
  const chunks = [...iterable];
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) all.set(chunk, (at += chunk.length) - chunk.length);
  return all;
}

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
  before(async () => {
    const knowledge = buildKnowledge((await loadCorpus('corpus')).articles);
    knowledge.warmUp();
    bytes = concat(encodeKnowledge(knowledge, 'fp', []));
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

  it('refuses a snapshot damaged anywhere with a clear error', () => {
    for (const at of [0.1, 0.5, 0.9]) {
      const damaged = Uint8Array.from(bytes);
      const i = Math.floor(bytes.length * at);
      damaged[i] = damaged[i]! ^ 0xff;
      assert.throws(
        () => decodeKnowledge(damaged, 'fp'),
        (e) => e instanceof SnapshotError && /damaged|corrupt|not a snapshot/.test(e.message),
        `a byte flipped at ${at}`,
      );
    }
  });

  it('refuses another corpus and a truncated file', () => {
    assert.throws(() => decodeKnowledge(bytes, 'other'), /outdated/);
    assert.throws(() => decodeKnowledge(bytes.subarray(0, bytes.length - 100), 'fp'), SnapshotError);
  });
});
