/**
 * Everyone the archive names, merged across articles into one profile per person, with the
 * lookups `who` needs: by any spelling, by surname, with a small typo, and places/organisations.
 */
import type { ArticleFacts } from './facts/extract.ts';
import type { Quote } from '../text/quotes/index.ts';
import { mergeProfiles, type MergedPerson as MergedProfile, personKey } from '../text/people/index.ts';
import { editDistance } from '../search/typo.ts';

/** Shortest name the lookup corrects by itself; shorter or several-word typos only get suggestions. */
export const MIN_CORRECTED_LENGTH = 5;

/** A place or organisation across the archive. */
export interface EntityEntry {
  name: string;
  kind: 'place' | 'org';
  articleIds: string[];
}

/** What a name refers to. */
export type Lookup =
  | { kind: 'person'; profile: MergedProfile; corrected?: string }
  | { kind: 'ambiguous'; candidates: MergedProfile[] }
  | { kind: 'entity'; entity: EntityEntry }
  | { kind: 'none'; suggestions: string[] };

/** A quote attributed to a profile: its place among the article's quotes, and whether it is direct. */
export interface QuoteRef {
  index: number;
  direct: boolean;
}

/** Input per article. */
export interface DirectoryInput {
  articleId: string;
  articleDate: string;
  facts: ArticleFacts;
}

/**
 * The directory of people and entities.
 * @example PeopleDirectory.build(inputs).lookup("Kim Jong-un") // { kind: "person", profile: { name: "Kim Jong Un", … } }
 */
export class PeopleDirectory {
  readonly profiles: MergedProfile[];
  private order: Map<MergedProfile, number> | undefined;
  /** Places and organisations by key. */
  readonly entities: ReadonlyMap<string, EntityEntry>;
  private readonly byKey = new Map<string, MergedProfile>();
  private readonly byWord = new Map<string, Set<MergedProfile>>();
  /** profile -> the keys of all its spellings, to attribute quotes. */
  private readonly formKeys = new Map<MergedProfile, Set<string>>();
  /** articleId -> profiles named in it. */
  readonly byArticle = new Map<string, MergedProfile[]>();
  /** profile -> articleId -> the quotes in that article attributed to the profile. */
  readonly quotes = new Map<MergedProfile, Map<string, QuoteRef[]>>();

  /**
   * Merge the people of every article into profiles, attribute the quotes to them and collect
   * places and organisations. `quotesOf` reads an article's quotes (by default from its facts).
   * @example PeopleDirectory.build([{ articleId: "a1", articleDate: "2019-07-01", facts }])
   */
  static build(inputs: readonly DirectoryInput[], quotesOf: (input: DirectoryInput) => readonly Quote[] = (input) => input.facts.quotes): PeopleDirectory {
    const profiles = mergeProfiles(inputs.map((i) => ({ articleId: i.articleId, articleDate: i.articleDate, people: i.facts.people.people })));
    const entities = new Map<string, EntityEntry>();
    const entityArticles = new Map<string, Set<string>>();
    for (const input of inputs) collectEntities(input, entities, entityArticles);
    const directory = new PeopleDirectory(profiles, entities);
    for (const input of inputs) {
      quotesOf(input).forEach((quote, index) => {
        const profile = quote.speaker ? directory.speakerProfile(input.articleId, quote.speaker) : undefined;
        if (profile) directory.addQuote(profile, input.articleId, { index, direct: quote.type === 'direct' });
      });
    }
    return directory;
  }

  /** A directory of merged profiles (most articles first) and entities, e.g. as saved in a snapshot; quotes are added with `addQuote`. */
  constructor(profiles: MergedProfile[], entities: ReadonlyMap<string, EntityEntry>) {
    this.profiles = profiles;
    this.entities = entities;
    for (const profile of profiles) this.indexProfile(profile);
  }

  /** Attribute a quote of an article to a profile. */
  addQuote(profile: MergedProfile, articleId: string, quote: QuoteRef): void {
    const byArticle = this.quotes.get(profile) ?? this.quotes.set(profile, new Map()).get(profile)!;
    const refs = byArticle.get(articleId);
    if (refs) refs.push(quote);
    else byArticle.set(articleId, [quote]);
  }

  private indexProfile(profile: MergedProfile): void {
    const keys = new Set<string>();
    for (const form of [profile.name, ...profile.aliases]) {
      const key = personKey(form);
      keys.add(key);
      if (!this.byKey.has(key) || profile.name === form) this.byKey.set(key, profile);
      for (const word of key.split(' ')) this.byWord.set(word, (this.byWord.get(word) ?? new Set()).add(profile));
    }
    this.formKeys.set(profile, keys);
    for (const articleId of profile.articleIds) {
      const named = this.byArticle.get(articleId);
      if (named) named.push(profile);
      else this.byArticle.set(articleId, [profile]);
    }
  }

  /** The profile a speaker name in an article belongs to (of several, the one merged last). */
  speakerProfile(articleId: string, speaker: string): MergedProfile | undefined {
    const key = personKey(speaker);
    return this.byArticle.get(articleId)?.findLast((profile) => this.formKeys.get(profile)!.has(key));
  }

  /**
   * Resolve a name as typed: exact spelling, then surname or given part, then entity, then a typo.
   * @example directory.lookup("Kim") // { kind: "ambiguous", candidates: [Kim Jong Un, Kim Yo Jong] }
   */
  lookup(name: string): Lookup {
    const key = personKey(name);
    if (!key) return { kind: 'none', suggestions: [] };
    const exact = this.byKey.get(key);
    const partial = this.partialMatches(key);
    // "Kim" names several people: ask which, even though a bare "Kim" was written somewhere
    if (!key.includes(' ') && partial.filter((p) => p.key.includes(' ')).length > 1) return { kind: 'ambiguous', candidates: partial };
    if (exact) return { kind: 'person', profile: exact };
    if (partial.length === 1) return { kind: 'person', profile: partial[0]! };
    if (partial.length > 1) return { kind: 'ambiguous', candidates: partial };
    const entity = this.entities.get(key);
    if (entity) return { kind: 'entity', entity };
    const close = this.closest(key);
    // Only a long single word is corrected on its own ("Beigun" -> Biegun); "Kim Jong Il" is not
    // Kim Jong Un and "Lim" is not Kim: a short or several-word name only gets suggestions.
    if (close.length === 1 && !key.includes(' ') && key.length >= MIN_CORRECTED_LENGTH) return { kind: 'person', profile: close[0]!, corrected: close[0]!.name };
    return { kind: 'none', suggestions: close.length > 0 ? close.map((p) => p.name).slice(0, 5) : this.nearestNames(key, 3) };
  }

  /**
   * The names nearest to a key by edit distance, however far ("Merkel" -> "Mike Pompeo", …), in
   * directory order (most mentioned first) on ties. Distances are worked out once per distinct
   * name word, each stopped as soon as it cannot reach the `count` nearest profiles found so far,
   * and only the owners of the nearest words are ranked: a name nobody in a large archive has must
   * not cost a pass over every profile.
   */
  private nearestNames(key: string, count: number): string[] {
    const cap = Math.max(3, key.length);
    // each full-name profile's distance so far (the nearest of its words), and how many profiles are at each distance
    const distanceOf = new Map<MergedProfile, number>();
    const profilesAt = new Array<number>(cap + 2).fill(0);
    // (distances over the cap count as cap + 1: everyone that far ties, in directory order)
    let bound = cap + 1;
    for (const [word, owners] of this.byWord) {
      const distance = Math.min(editDistance(word, key, Math.min(bound, cap)), cap + 1);
      if (distance > bound) continue;
      for (const profile of owners) {
        const before = distanceOf.get(profile);
        if (!profile.key.includes(' ') || (before !== undefined && before <= distance)) continue;
        if (before !== undefined) profilesAt[before]!--;
        profilesAt[distance]!++;
        distanceOf.set(profile, distance);
      }
      // the smallest distance that `count` profiles already reach: farther words cannot make the list
      for (let d = 0, reached = 0; d <= bound; d++) {
        reached += profilesAt[d]!;
        if (reached >= count) {
          bound = d;
          break;
        }
      }
    }
    const order = this.profileOrder();
    return [...distanceOf]
      .filter(([, distance]) => distance <= bound)
      .sort(([a, da], [b, db]) => da - db || order.get(a)! - order.get(b)!)
      .slice(0, count)
      .map(([profile]) => profile.name);
  }

  /** Each profile's place in the directory (most mentioned first), for ties. */
  private profileOrder(): Map<MergedProfile, number> {
    this.order ??= new Map(this.profiles.map((profile, index) => [profile, index]));
    return this.order;
  }

  /** Profiles every word of the key belongs to ("Kim" -> all Kims; "Jong Un" -> Kim Jong Un). */
  private partialMatches(key: string): MergedProfile[] {
    const words = key.split(' ');
    let found: MergedProfile[] = [...(this.byWord.get(words[0]!) ?? [])];
    for (const word of words.slice(1)) {
      const owners = this.byWord.get(word);
      found = found.filter((p) => owners?.has(p));
    }
    // a bare one-word profile ("Kim" with no full name) only counts when nobody fuller matches
    const all = found.sort((a, b) => b.articleIds.length - a.articleIds.length);
    const full = all.filter((p) => p.key.includes(' '));
    return full.length > 0 ? full : all;
  }

  /** Profiles whose name, or one of its words, is within a small edit distance ("Beigun" -> Biegun, "Kang Sun Nma" -> Kang Sun Nam). */
  private closest(key: string): MergedProfile[] {
    const limit = key.length <= 4 ? 1 : 2;
    const scored: Array<{ profile: MergedProfile; distance: number }> = [];
    const consider = (form: string, owners: Iterable<MergedProfile>) => {
      if (Math.abs(form.length - key.length) > limit) return;
      const distance = editDistance(form, key, limit);
      if (distance <= limit) for (const profile of owners) scored.push({ profile, distance });
    };
    if (key.includes(' ')) for (const [form, profile] of this.byKey) consider(form, [profile]);
    else for (const [word, owners] of this.byWord) consider(word, owners);
    const best = Math.min(...scored.map((s) => s.distance));
    const unique = [...new Set(scored.filter((s) => s.distance === best).map((s) => s.profile))];
    return unique.sort((a, b) => b.articleIds.length - a.articleIds.length);
  }
}

/** Add an article's places and organisations to `entities`; `seen` holds each entity's article ids so far. */
function collectEntities(input: DirectoryInput, entities: Map<string, EntityEntry>, seen: Map<string, Set<string>>): void {
  for (const entity of input.facts.people.entities) {
    const key = personKey(entity.name);
    const entry = entities.get(key) ?? { name: entity.name, kind: entity.kind, articleIds: [] };
    const ids = seen.get(key) ?? new Set<string>();
    if (!ids.has(input.articleId)) {
      ids.add(input.articleId);
      entry.articleIds.push(input.articleId);
    }
    entities.set(key, entry);
    seen.set(key, ids);
  }
}
