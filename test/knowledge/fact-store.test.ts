import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FactStore } from '../../src/knowledge/fact-store.ts';
import type { ArticleFacts } from '../../src/knowledge/facts/extract.ts';
import { packFacts } from '../../src/knowledge/facts/packed.ts';

const facts: ArticleFacts = {
  dates: [],
  events: [],
  people: { people: [{ name: 'Stephen Biegun', aliases: ['Biegun'], roles: ['US-Sondergesandter'], mentions: [{ start: 0, end: 14 }], gender: 'male' }], entities: [] },
  quotes: [{ speaker: 'Stephen Biegun', text: 'Wir sind bereit.', type: 'direct', start: 20, end: 36 }],
};

describe('fact store', () => {
  it('gives back the facts it keeps, objects or packed bytes alike', () => {
    const store = new FactStore();
    store.set('a', facts);
    store.set('b', packFacts(facts));
    assert.deepEqual(store.get('a')!.quotes, facts.quotes);
    assert.deepEqual(store.get('b')!.people, facts.people);
    assert.deepEqual([...store.ids()], ['a', 'b']);
  });

  it('forgets deleted articles and knows nothing of unknown ones', () => {
    const store = new FactStore();
    store.set('a', facts);
    store.delete('a');
    assert.equal(store.get('a'), undefined);
    assert.equal(store.size, 0);
  });

  it('numbers articles in the order first kept: a replaced one keeps its place, a removed one kept again comes last', () => {
    const store = new FactStore();
    for (const id of ['a', 'b', 'c']) store.set(id, facts);
    store.set('a', facts);
    store.delete('b');
    store.set('b', facts);
    const order = [...store.ids()];
    assert.deepEqual(order, ['a', 'c', 'b']);
    assert.ok(store.orderOf('a')! < store.orderOf('c')! && store.orderOf('c')! < store.orderOf('b')!);
    assert.equal(store.orderOf('x'), undefined);
  });

  it('reads stored packed facts (from a snapshot file) each time they are asked for', () => {
    const store = new FactStore();
    const packed = packFacts(facts);
    let reads = 0;
    store.keepRows(['a'], () => (reads++, packed));
    assert.equal(reads, 0, 'nothing read when kept');
    assert.deepEqual(store.get('a')!.quotes, facts.quotes);
    assert.deepEqual(Buffer.from(store.packedOf('a')!), Buffer.from(packed));
    assert.equal(reads, 2);
    assert.deepEqual([...store.ids()], ['a']);
    assert.equal(store.packedOf('b'), undefined);
  });

  it('keeps stored rows, read each time they are asked for, numbered in row order; replaced and removed as any other', () => {
    const store = new FactStore();
    const packed = packFacts(facts);
    const reads: number[] = [];
    store.keepRows(['r0', 'r1', 'r2'], (row) => {
      reads.push(row);
      return packed;
    });
    assert.deepEqual(reads, [], 'nothing read when kept');
    assert.equal(store.size, 3);
    assert.deepEqual(store.get('r1')!.quotes, facts.quotes);
    assert.deepEqual(reads, [1]);
    assert.deepEqual([...store.ids()], ['r0', 'r1', 'r2']);
    assert.ok(store.orderOf('r0')! < store.orderOf('r1')! && store.orderOf('r1')! < store.orderOf('r2')!);
    store.set('r0', facts);
    store.delete('r2');
    assert.deepEqual([...store.ids()], ['r0', 'r1']);
    assert.deepEqual(reads, [1], 'a replaced row is not read');
    assert.equal(store.packedOf('r2'), undefined);
    assert.throws(() => store.keepRows(['x'], () => packed), /before any other/);
  });
});
