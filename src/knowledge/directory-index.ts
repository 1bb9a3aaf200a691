/**
 * The people directory's lookups beside its profiles: by spelling, by name word, by article, and
 * each profile's spellings. Filled at once for a whole directory, or kept up to date as profiles
 * are taken out and put in; either way it finds what a directory built whole in directory order
 * finds. Private to the directory.
 */
import { compareProfiles, type MergedPerson as MergedProfile, personKey } from '../text/people/index.ts';
import { firstPosition } from '../common/sorted.ts';

/**
 * Lookups over a directory's profiles.
 * @example const index = new ProfileIndex(); for (const p of profiles) index.add(p); index.byKey.get("kim jong un")
 */
export class ProfileIndex {
  /** spelling key -> the profile an exact spelling finds. */
  readonly byKey = new Map<string, MergedProfile>();
  /** name word -> the profiles with a spelling containing it. */
  readonly byWord = new Map<string, Set<MergedProfile>>();
  /** profile -> the keys of all its spellings, to attribute quotes. */
  readonly formKeys = new Map<MergedProfile, Set<string>>();
  /** articleId -> profiles named in it, in directory order. */
  readonly byArticle = new Map<string, MergedProfile[]>();

  /**
   * Index a profile. Profiles added in directory order (a whole directory) take the fast path;
   * `inPlace` puts a profile among those indexed already (`choose` then settles its spellings).
   * @example index.add(profile, true); index.choose(index.formKeys.get(profile)!)
   */
  add(profile: MergedProfile, inPlace = false): void {
    const keys = new Set<string>();
    for (const form of [profile.name, ...profile.aliases]) {
      const key = personKey(form);
      keys.add(key);
      if (!inPlace && (!this.byKey.has(key) || profile.name === form)) this.byKey.set(key, profile);
      for (const word of key.split(' ')) this.byWord.set(word, (this.byWord.get(word) ?? new Set()).add(profile));
    }
    this.formKeys.set(profile, keys);
    for (const articleId of profile.articleIds) {
      const named = this.byArticle.get(articleId);
      if (!named) this.byArticle.set(articleId, [profile]);
      else if (inPlace) named.splice(placeAfter(named, profile), 0, profile);
      else named.push(profile);
    }
  }

  /**
   * Take a profile out; returns its spelling keys (whose choice `choose` must settle).
   * @example index.choose(index.remove(profile))
   */
  remove(profile: MergedProfile): Set<string> {
    const keys = this.formKeys.get(profile) ?? new Set<string>();
    for (const key of keys) {
      for (const word of key.split(' ')) {
        const owners = this.byWord.get(word);
        owners?.delete(profile);
        if (owners?.size === 0) this.byWord.delete(word);
      }
    }
    this.formKeys.delete(profile);
    for (const articleId of profile.articleIds) {
      const named = this.byArticle.get(articleId);
      named?.splice(named.indexOf(profile), 1);
      if (named?.length === 0) this.byArticle.delete(articleId);
    }
    return keys;
  }

  /**
   * Settle which profile each spelling finds, as indexing every profile in directory order does:
   * the one named so, else the first (most articles) with it as an alias.
   * @example index.choose(["kim jong un"]); index.byKey.get("kim jong un")?.name // "Kim Jong Un"
   */
  choose(keys: Iterable<string>): void {
    for (const key of keys) {
      let named: MergedProfile | undefined;
      let first: MergedProfile | undefined;
      for (const profile of this.byWord.get(key.split(' ')[0]!) ?? []) {
        if (!this.formKeys.get(profile)!.has(key)) continue;
        if (personKey(profile.name) === key && (!named || compareProfiles(named, profile) <= 0)) named = profile;
        if (!first || compareProfiles(profile, first) < 0) first = profile;
      }
      const chosen = named ?? first;
      if (chosen) this.byKey.set(key, chosen);
      else this.byKey.delete(key);
    }
  }

  /**
   * The profile a speaker name in an article belongs to (of several, the last in directory order).
   * @example index.speakerProfile("a1", "Biegun")?.name // "Stephen Biegun"
   */
  speakerProfile(articleId: string, speaker: string): MergedProfile | undefined {
    const key = personKey(speaker);
    return this.byArticle.get(articleId)?.findLast((profile) => this.formKeys.get(profile)!.has(key));
  }

  /**
   * Profiles every word of the key belongs to ("Kim" -> all Kims; "Jong Un" -> Kim Jong Un), in directory order.
   * @example index.partialMatches("jong un") // [Kim Jong Un]
   */
  partialMatches(key: string): MergedProfile[] {
    const words = key.split(' ');
    let found: MergedProfile[] = [...(this.byWord.get(words[0]!) ?? [])];
    for (const word of words.slice(1)) {
      const owners = this.byWord.get(word);
      found = found.filter((p) => owners?.has(p));
    }
    // a bare one-word profile ("Kim" with no full name) only counts when nobody fuller matches
    const all = found.sort(compareProfiles);
    const full = all.filter((p) => p.key.includes(' '));
    return full.length > 0 ? full : all;
  }
}

/**
 * The first place in a list in directory order whose profile comes after `profile` (where it goes in).
 * @example placeAfter([merkel, ban], biegun) // 2: Biegun (3 articles) after Ban (32)
 */
export function placeAfter(list: readonly MergedProfile[], profile: MergedProfile): number {
  return firstPosition(list.length, (i) => compareProfiles(list[i]!, profile) <= 0);
}

/**
 * Where a profile of a list in directory order is (-1 if absent), found by binary search.
 * @example placeOf(directory.profiles, biegun) // 1412
 */
export function placeOf(list: readonly MergedProfile[], profile: MergedProfile): number {
  const low = firstPosition(list.length, (i) => compareProfiles(list[i]!, profile) < 0);
  const at = list.indexOf(profile, low);
  return at >= 0 ? at : list.indexOf(profile);
}
