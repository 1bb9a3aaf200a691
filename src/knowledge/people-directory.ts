/**
 * Everyone the archive names, merged across articles into one profile per person, with the
 * lookups `who` needs: by any spelling, by surname, with a small typo, and places/organisations.
 */
import type { ArticleFacts } from './facts/extract.ts';
import type { Quote } from '../text/quotes/index.ts';
import { mergeProfiles, type MergedPerson as MergedProfile, personKey } from '../text/people/index.ts';
import { closestProfiles, nearestNames } from './directory-typos.ts';
import { placeAfter, placeOf, ProfileIndex } from './directory-index.ts';

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
  /** Merged profiles, most articles first. */
  readonly profiles: MergedProfile[];
  /** Places and organisations by key. */
  readonly entities: Map<string, EntityEntry>;
  private readonly index = new ProfileIndex();
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
    for (const input of inputs) directory.attributeQuotes(input.articleId, quotesOf(input));
    return directory;
  }

  /** A directory of merged profiles (most articles first) and entities, e.g. as saved in a snapshot; quotes are added with `addQuote`. */
  constructor(profiles: MergedProfile[], entities: Map<string, EntityEntry>) {
    this.profiles = profiles;
    this.entities = entities;
    for (const profile of profiles) this.index.add(profile);
  }

  /** articleId -> profiles named in it, in directory order. */
  get byArticle(): ReadonlyMap<string, readonly MergedProfile[]> {
    return this.index.byArticle;
  }

  /** Attribute a quote of an article to a profile. */
  addQuote(profile: MergedProfile, articleId: string, quote: QuoteRef): void {
    const byArticle = this.quotes.get(profile) ?? this.quotes.set(profile, new Map()).get(profile)!;
    const refs = byArticle.get(articleId);
    if (refs) refs.push(quote);
    else byArticle.set(articleId, [quote]);
  }

  /**
   * Attribute an article's quotes to the profiles named in it (each quote whose speaker one of them is).
   * @example directory.attributeQuotes("a1", facts.quotes); directory.quotes.get(biegun)?.get("a1") // [{ index: 0, direct: true }]
   */
  attributeQuotes(articleId: string, quotes: readonly Quote[]): void {
    quotes.forEach((quote, index) => {
      const profile = quote.speaker ? this.speakerProfile(articleId, quote.speaker) : undefined;
      if (profile) this.addQuote(profile, articleId, { index, direct: quote.type === 'direct' });
    });
  }

  /**
   * Forget the quotes attributed in an article (before they are attributed again).
   * @example directory.dropQuotesOf("a1"); directory.attributeQuotes("a1", facts.quotes)
   */
  dropQuotesOf(articleId: string): void {
    for (const profile of this.byArticle.get(articleId) ?? []) {
      const byArticle = this.quotes.get(profile);
      byArticle?.delete(articleId);
      if (byArticle?.size === 0) this.quotes.delete(profile);
    }
  }

  /**
   * Take profiles out and put others in, each in its place in directory order, every lookup then
   * finding what a directory built with them finds (the quotes of a profile taken out go with it).
   * @example directory.replaceProfiles([oldBiegun], [newBiegun])
   */
  replaceProfiles(removed: readonly MergedProfile[], added: readonly MergedProfile[]): void {
    const touched = new Set<string>();
    for (const profile of removed) {
      const at = placeOf(this.profiles, profile);
      if (at >= 0) this.profiles.splice(at, 1);
      for (const key of this.index.remove(profile)) touched.add(key);
      this.quotes.delete(profile);
    }
    for (const profile of added) {
      this.profiles.splice(placeAfter(this.profiles, profile), 0, profile);
      this.index.add(profile, true);
      for (const key of this.index.formKeys.get(profile)!) touched.add(key);
    }
    this.index.choose(touched);
  }

  /** The profile a speaker name in an article belongs to (of several, the one merged last). */
  speakerProfile(articleId: string, speaker: string): MergedProfile | undefined {
    return this.index.speakerProfile(articleId, speaker);
  }

  /**
   * Resolve a name as typed: exact spelling, then surname or given part, then entity, then a typo.
   * @example directory.lookup("Kim") // { kind: "ambiguous", candidates: [Kim Jong Un, Kim Yo Jong] }
   */
  lookup(name: string): Lookup {
    const key = personKey(name);
    if (!key) return { kind: 'none', suggestions: [] };
    const exact = this.index.byKey.get(key);
    const partial = this.index.partialMatches(key);
    // "Kim" names several people: ask which, even though a bare "Kim" was written somewhere
    if (!key.includes(' ') && partial.filter((p) => p.key.includes(' ')).length > 1) return { kind: 'ambiguous', candidates: partial };
    if (exact) return { kind: 'person', profile: exact };
    if (partial.length === 1) return { kind: 'person', profile: partial[0]! };
    if (partial.length > 1) return { kind: 'ambiguous', candidates: partial };
    const entity = this.entities.get(key);
    if (entity) return { kind: 'entity', entity };
    const close = closestProfiles(this.index, key);
    // Only a long single word is corrected on its own ("Beigun" -> Biegun); "Kim Jong Il" is not
    // Kim Jong Un and "Lim" is not Kim: a short or several-word name only gets suggestions.
    if (close.length === 1 && !key.includes(' ') && key.length >= MIN_CORRECTED_LENGTH) return { kind: 'person', profile: close[0]!, corrected: close[0]!.name };
    if (close.length > 0) return { kind: 'none', suggestions: close.map((p) => p.name).slice(0, 5) };
    // (the nearest names however far are worked out when first read: a timeline's topic never reads them)
    const index = this.index;
    let nearest: string[] | undefined;
    return {
      kind: 'none',
      get suggestions() {
        nearest ??= nearestNames(index, key, 3);
        return nearest;
      },
    };
  }
}

/**
 * Add an article's places and organisations to `entities` (articles in the order they come);
 * `seen` holds each entity's article ids so far.
 * @example for (const input of inputs) collectEntities(input, entities, seen); entities.get("panmunjom")?.articleIds // ["a1", "a7"]
 */
export function collectEntities(input: DirectoryInput, entities: Map<string, EntityEntry>, seen: Map<string, Set<string>>): void {
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
