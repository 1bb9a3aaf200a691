/**
 * The incremental people directory against a full build: adds, changes and removals in random
 * order (fixed seed) must leave exactly the directory building every article again gives,
 * compared by a hash of its profiles in order, the profiles each article names, the quotes
 * attributed, places and organisations, and what a lookup of every name and word finds.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { buildDirectory } from '../../src/knowledge/derived.ts';
import { IncrementalDirectory } from '../../src/knowledge/directory-incremental.ts';
import { decodeDirectory, encodeDirectory } from '../../src/knowledge/directory-snapshot.ts';
import { FactStore } from '../../src/knowledge/fact-store.ts';
import type { PeopleDirectory } from '../../src/knowledge/people-directory.ts';
import { seeded } from '../support/event-articles.ts';
import { articleDate, peopleFacts } from '../support/people-facts.ts';

/** Names asked: every spelling and word of every profile, a few typos and unknown names. */
function asked(directory: PeopleDirectory): string[] {
  const names = directory.profiles.flatMap((p) => [p.name, ...p.aliases, ...p.name.split(/[\s-]/)]);
  return [...new Set([...names, ...names.slice(0, 50).map((n) => `${n}x`), 'Merkle', 'Beigun', 'Nobody Atall', 'Panmunjom', 'uno'])].sort();
}

function hash(directory: PeopleDirectory, names: readonly string[]): string {
  const sortedById = <T>(entries: Iterable<[string, T]>) => [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const canonical = {
    profiles: directory.profiles,
    byArticle: sortedById(directory.byArticle).map(([id, named]) => [id, named.map((p) => p.key)]),
    quotes: directory.profiles.map((p) => sortedById(directory.quotes.get(p) ?? [])),
    entities: sortedById(directory.entities),
    lookups: names.map((name) => {
      const found = directory.lookup(name);
      return [name, found.kind, 'profile' in found ? found.profile.key : 'candidates' in found ? found.candidates.map((c) => c.key) : 'entity' in found ? found.entity : found.suggestions];
    }),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

describe('incremental people directory', () => {
  const dates = new Map<string, string>();
  const dateOf = (id: string) => dates.get(id) ?? '';
  const keep = (store: FactStore, next: () => number, id: string) => {
    dates.set(id, articleDate(next));
    store.set(id, peopleFacts(next));
  };

  it('built at once, is the full build', () => {
    const next = seeded(7);
    const store = new FactStore();
    for (let i = 0; i < 400; i++) keep(store, next, `b${i}`);
    const full = buildDirectory(store, dateOf);
    assert.ok(
      full.profiles.some((p) => p.aliases.length >= 3),
      'spelling variants merge',
    );
    assert.ok(full.quotes.size > 20, 'quotes are attributed');
    assert.equal(hash(IncrementalDirectory.build(store, dateOf).directory(), asked(full)), hash(full, asked(full)));
  });

  it('kept from a snapshot, after thousands of adds, changes and removals in random order, equals a full build', () => {
    const next = seeded(2027);
    const store = new FactStore();
    let made = 0;
    for (; made < 1000; made++) keep(store, next, `a${made}`);
    // (the directory restored from a snapshot is kept, not merged again)
    const ids = [...store.ids()];
    const restored = decodeDirectory(encodeDirectory(buildDirectory(store, dateOf), new Map(ids.map((id, i) => [id, i]))), ids);
    const people = IncrementalDirectory.build(store, dateOf, () => restored);
    assert.equal(people.directory(), restored);
    let checks = 0;
    const kinds = new Set<string>();
    // whether a bare "Merkel" was its own profile or joined Angela Merkel (a namesake came and went)
    const merkel = new Set<boolean>();
    for (let step = 1; step <= 1000; step++) {
      // one to three changes at once, as the folder watcher coalesces them
      const changed: string[] = [];
      for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
        const ids = [...store.ids()];
        const r = next();
        const id = r < 0.4 || ids.length === 0 ? `a${made++}` : ids[Math.floor(next() * ids.length)]!;
        if (r < 0.7) keep(store, next, id);
        else store.delete(id);
        changed.push(id);
      }
      people.update(store, dateOf, changed);
      merkel.add(people.directory().profiles.some((p) => p.key === 'merkel'));
      if (step % 250 === 0) {
        const full = buildDirectory(store, dateOf);
        const names = asked(full);
        for (const name of names) kinds.add(full.lookup(name).kind);
        assert.equal(hash(people.directory(), names), hash(full, names), `after step ${step}`);
        checks++;
      }
    }
    assert.equal(checks, 4);
    assert.deepEqual([...merkel].sort(), [false, true], 'a bare name left and joined a full name');
    assert.deepEqual([...kinds].sort(), ['ambiguous', 'entity', 'none', 'person'], 'every kind of lookup was compared');
  });

  it('built in steps while articles change, then updated with them, equals a full build', async () => {
    const next = seeded(99);
    const store = new FactStore();
    for (let i = 0; i < 2000; i++) keep(store, next, `s${i}`);
    let done = false;
    const building = IncrementalDirectory.buildInSteps(store, dateOf).finally(() => (done = true));
    const changed: string[] = [];
    for (let made = 2000; !done; made++) {
      // between two steps: add one, change one, remove one
      const ids = [...store.ids()];
      keep(store, next, `s${made}`);
      const other = ids[Math.floor(next() * ids.length)]!;
      keep(store, next, other);
      const gone = ids[Math.floor(next() * ids.length)]!;
      store.delete(gone);
      changed.push(`s${made}`, other, gone);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const people = await building;
    assert.ok(changed.length >= 15, `articles changed during ${changed.length / 3} steps`);
    people.update(store, dateOf, changed);
    const full = buildDirectory(store, dateOf);
    assert.equal(hash(people.directory(), asked(full)), hash(full, asked(full)));
  });
});
