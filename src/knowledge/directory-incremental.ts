/**
 * The people directory kept up to date article by article: a new, changed or removed article
 * merges again only the profiles of the people it names, and those a bare name leaves or joins
 * because a full name with that word appeared or disappeared (src/text/people/groups.ts); the
 * quotes of every article those profiles name are attributed again, and the places and
 * organisations it names are collected again. The result is the directory `buildDirectory`
 * makes of the same facts: the same profiles in the same order, the same lookups, quotes and
 * entities (only the order maps happen to be filled in may differ, which nothing reads).
 */
import { compareProfiles, mergeGroup, personKey, ProfileGroups, type MergedPerson as MergedProfile, type ProfileEntry } from '../text/people/index.ts';
import type { ArticleFacts } from './facts/extract.ts';
import type { FactStore } from './fact-store.ts';
import { collectEntities, PeopleDirectory, type EntityEntry } from './people-directory.ts';
import { READ_GROWTH, releaseWhenGrown } from './memory.ts';
import { nextTurn } from '../common/next-turn.ts';

/** What the incremental directory reads of a fact store. */
export type DirectoryFacts = Pick<FactStore, 'get' | 'ids' | 'orderOf'>;

/** The keys an article was last seen with: its people's and its places' and organisations'. */
interface SeenKeys {
  people: string[];
  entities: string[];
}

/** Articles and profiles handled between two pauses of `buildInSteps`. */
const STEP = 500;

/**
 * The people directory of a fact store, updated article by article.
 * @example const people = IncrementalDirectory.build(store, dateOf); store.delete("a1"); people.update(store, dateOf, ["a1"]); people.directory()
 */
export class IncrementalDirectory {
  private readonly groups = new ProfileGroups();
  private readonly seen = new Map<string, SeenKeys>();
  /** group key -> its profile in the directory. */
  private readonly byGroup = new Map<string, MergedProfile>();
  private kept = new PeopleDirectory([], new Map());

  private constructor() {}

  /**
   * The directory of every article of the store; `dateOf` gives an article's date. `adopt`, asked
   * once the articles are read, may give the directory of exactly these facts built already
   * (restored from a snapshot, say), which is then kept instead of merging every profile again.
   * @example const people = IncrementalDirectory.build(store, (id) => dates.get(id) ?? "")
   */
  static build(store: DirectoryFacts, dateOf: (id: string) => string, adopt?: () => PeopleDirectory | undefined): IncrementalDirectory {
    const people = new IncrementalDirectory();
    for (const _ of people.fill(store, dateOf, adopt));
    return people;
  }

  /**
   * `build`, pausing (a macrotask) every few hundred articles and profiles so that answers go on
   * meanwhile. Articles changed while it runs must be passed to `update` afterwards (and `adopt`
   * must then give nothing: the directory it had is not the one of the articles read).
   * @example const people = await IncrementalDirectory.buildInSteps(store, dateOf, () => (unchanged ? restored : undefined))
   */
  static async buildInSteps(store: DirectoryFacts, dateOf: (id: string) => string, adopt?: () => PeopleDirectory | undefined): Promise<IncrementalDirectory> {
    const people = new IncrementalDirectory();
    // (reading every article's facts leaves garbage behind: given back as it grows)
    const check = releaseWhenGrown(READ_GROWTH);
    for (const _ of people.fill(store, dateOf, adopt)) {
      check();
      await nextTurn();
    }
    return people;
  }

  /** The directory (the same object, changed in place by `update`). */
  directory(): PeopleDirectory {
    return this.kept;
  }

  private *fill(store: DirectoryFacts, dateOf: (id: string) => string, adopt?: () => PeopleDirectory | undefined): Generator<void> {
    const entities = new Map<string, EntityEntry>();
    const entityArticles = new Map<string, Set<string>>();
    let count = 0;
    for (const articleId of store.ids()) {
      const facts = store.get(articleId);
      if (!facts) continue;
      const keys = keysOf(facts);
      this.seen.set(articleId, keys);
      this.groups.change(articleId, [], keys.people);
      collectEntities({ articleId, articleDate: '', facts }, entities, entityArticles);
      if (++count % STEP === 0) yield;
    }
    const built = adopt?.();
    if (built) {
      this.kept = built;
      for (const profile of built.profiles) this.byGroup.set(profile.key, profile);
      return;
    }
    // groups in the order mergeProfiles meets them: full names first, then bare names on their own
    const keys = [...this.groups.keys()];
    const order = [...keys.filter((key) => key.includes(' ')), ...keys.filter((key) => !key.includes(' ') && this.groups.groupOf(key) === key)];
    const profiles: MergedProfile[] = [];
    for (const group of order) {
      const profile = this.merged(group, store, dateOf, new Map());
      if (profile) {
        profiles.push(profile);
        this.byGroup.set(group, profile);
      }
      if (++count % STEP === 0) yield;
    }
    this.kept = new PeopleDirectory(profiles.sort(compareProfiles), entities);
    for (const articleId of this.seen.keys()) {
      this.kept.attributeQuotes(articleId, store.get(articleId)?.quotes ?? []);
      if (++count % STEP === 0) yield;
    }
  }

  /**
   * Bring the directory in line with the store for these articles (added, changed or removed since).
   * @example store.set("a9", facts); people.update(store, dateOf, ["a9"]); people.directory().lookup("Ri Son Gwon").kind // "person"
   */
  update(store: DirectoryFacts, dateOf: (id: string) => string, articleIds: Iterable<string>): void {
    const cache = new Map<string, ArticleFacts | undefined>();
    const factsOf = (id: string) => (cache.has(id) ? cache.get(id) : cache.set(id, store.get(id)).get(id));
    const changed = new Set(articleIds);
    const groups = new Set<string>();
    const entityKeys = new Set<string>();
    for (const id of changed) {
      const before = this.seen.get(id);
      const facts = factsOf(id);
      const after = facts && keysOf(facts);
      for (const group of this.groups.change(id, before?.people ?? [], after?.people ?? [])) groups.add(group);
      for (const key of [...(before?.entities ?? []), ...(after?.entities ?? [])]) entityKeys.add(key);
      if (after) this.seen.set(id, after);
      else this.seen.delete(id);
    }
    const removed: MergedProfile[] = [];
    const added: MergedProfile[] = [];
    // every article a profile taken out or put in names has its quotes attributed again
    const quoted = new Set(changed);
    for (const group of groups) {
      const before = this.byGroup.get(group);
      const after = this.merged(group, store, dateOf, cache);
      if (before) removed.push(before);
      if (after) added.push(after);
      for (const id of [...(before?.articleIds ?? []), ...(after?.articleIds ?? [])]) quoted.add(id);
      if (after) this.byGroup.set(group, after);
      else this.byGroup.delete(group);
    }
    for (const id of quoted) this.kept.dropQuotesOf(id);
    this.kept.replaceProfiles(removed, added);
    for (const key of entityKeys) this.collectEntity(key, store, changed, factsOf);
    for (const id of quoted) this.kept.attributeQuotes(id, factsOf(id)?.quotes ?? []);
  }

  /** The profile of a group as mergeProfiles merges it (undefined when nobody is in it). */
  private merged(group: string, store: DirectoryFacts, dateOf: (id: string) => string, cache: Map<string, ArticleFacts | undefined>): MergedProfile | undefined {
    const { full, bare } = this.groups.membersOf(group);
    const entries: ProfileEntry[] = [];
    // the full names in article order, then the bare names that join them, in article order
    for (const keys of [full, bare]) {
      const ids = new Set(keys.flatMap((key) => [...this.groups.articlesWith(key)]));
      for (const articleId of [...ids].sort(inOrder(store))) {
        const facts = cache.has(articleId) ? cache.get(articleId) : cache.set(articleId, store.get(articleId)).get(articleId);
        const people = facts?.people.people ?? [];
        const input = { articleId, articleDate: dateOf(articleId), people };
        for (const person of people) if (keys.includes(personKey(person.name))) entries.push({ input, person });
      }
    }
    return entries.length > 0 ? mergeGroup(group, entries) : undefined;
  }

  /** Collect one place or organisation again: its articles in store order, named as the first of them names it. */
  private collectEntity(key: string, store: DirectoryFacts, changed: ReadonlySet<string>, factsOf: (id: string) => ArticleFacts | undefined): void {
    const entities = this.kept.entities;
    const before = entities.get(key);
    const ids = (before?.articleIds ?? []).filter((id) => !changed.has(id));
    for (const id of changed) if (this.seen.get(id)?.entities.includes(key)) ids.push(id);
    ids.sort(inOrder(store));
    const named = ids.length > 0 ? factsOf(ids[0]!)?.people.entities.find((entity) => personKey(entity.name) === key) : undefined;
    if (ids.length === 0) entities.delete(key);
    else entities.set(key, { name: named?.name ?? before?.name ?? key, kind: named?.kind ?? before?.kind ?? 'place', articleIds: ids });
  }
}

/** An article's person keys and entity keys. */
function keysOf(facts: ArticleFacts): SeenKeys {
  return { people: facts.people.people.map((p) => personKey(p.name)), entities: facts.people.entities.map((e) => personKey(e.name)) };
}

/** Article ids by their place in the store (an id no longer there last). */
function inOrder(store: DirectoryFacts): (a: string, b: string) => number {
  return (a, b) => (store.orderOf(a) ?? Number.MAX_SAFE_INTEGER) - (store.orderOf(b) ?? Number.MAX_SAFE_INTEGER);
}
