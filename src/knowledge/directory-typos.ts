/**
 * The people directory's answers to a misspelt name: the profiles a small edit away, and the
 * nearest names however far. Both depend only on the profiles, never on the order the
 * directory's maps were filled in (a directory updated article by article answers as one built
 * whole). Pure.
 */
import { compareProfiles, type MergedPerson as MergedProfile } from '../text/people/index.ts';
import { editDistance } from '../search/typo.ts';

/** The directory's lookups the typo search reads: spelling key -> profile, name word -> profiles. */
export interface NameIndex {
  byKey: ReadonlyMap<string, MergedProfile>;
  byWord: ReadonlyMap<string, ReadonlySet<MergedProfile>>;
}

/**
 * Profiles whose name, or one of its words, is within a small edit distance of `key`, in directory order.
 * @example closestProfiles(index, "beigun") // [Stephen Biegun]; closestProfiles(index, "kang sun nma") // [Kang Sun Nam]
 */
export function closestProfiles(index: NameIndex, key: string): MergedProfile[] {
  const limit = key.length <= 4 ? 1 : 2;
  const scored: Array<{ profile: MergedProfile; distance: number }> = [];
  const letters = new LetterCounts(key);
  const consider = (form: string, owners: Iterable<MergedProfile>) => {
    if (Math.abs(form.length - key.length) > limit || letters.editsAtLeast(form) > limit) return;
    const distance = editDistance(form, key, limit);
    if (distance <= limit) for (const profile of owners) scored.push({ profile, distance });
  };
  if (key.includes(' ')) for (const [form, profile] of index.byKey) consider(form, [profile]);
  else for (const [word, owners] of index.byWord) consider(word, owners);
  const best = Math.min(...scored.map((s) => s.distance));
  const unique = [...new Set(scored.filter((s) => s.distance === best).map((s) => s.profile))];
  return unique.sort(compareProfiles);
}

/**
 * The names nearest to a key by edit distance, however far ("Merkel" -> "Mike Pompeo", …), in
 * directory order (most mentioned first) on ties. Distances are worked out once per distinct
 * name word, each stopped as soon as it cannot reach the `count` nearest profiles found so far,
 * and only the owners of the nearest words are ranked: a name nobody in a large archive has must
 * not cost a pass over every profile.
 * @example nearestNames(index, "merkel", 3) // ["Mike Pompeo", …]
 */
export function nearestNames(index: NameIndex, key: string, count: number): string[] {
  const cap = Math.max(3, key.length);
  // each full-name profile's distance so far (the nearest of its words), and how many profiles are at each distance
  const distanceOf = new Map<MergedProfile, number>();
  const profilesAt = new Array<number>(cap + 2).fill(0);
  // (distances over the cap count as cap + 1: everyone that far ties, in directory order)
  let bound = cap + 1;
  const letters = new LetterCounts(key);
  for (const [word, owners] of index.byWord) {
    // (a word whose letters alone need more edits than the bound cannot make the list; over the cap, every word counts)
    if (bound <= cap && letters.editsAtLeast(word) > bound) continue;
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
  return [...distanceOf]
    .filter(([, distance]) => distance <= bound)
    .sort(([a, da], [b, db]) => da - db || compareProfiles(a, b))
    .slice(0, count)
    .map(([profile]) => profile.name);
}

/** Counts of each UTF-16 code unit, shared by every LetterCounts (zero between calls). */
const counts = new Int32Array(65536);

/**
 * A cheap lower bound of `editDistance` to one key, from the letters alone: an insertion or
 * deletion changes the letter counts by one, a substitution by two, a swap of neighbours not at
 * all, so a form whose counts differ from the key's by d needs at least ceil(d / 2) edits. Far
 * cheaper than the distance table, it spares most of the forms a typo search looks at.
 * @example new LetterCounts("kim jong un").editsAtLeast("kim jong il") // 2 (u, n against i, l: counts differ by 4)
 */
export class LetterCounts {
  readonly #key: string;

  constructor(key: string) {
    this.#key = key;
  }

  /** At least how many edits turn `form` into the key (never more than `editDistance` gives). */
  editsAtLeast(form: string): number {
    const key = this.#key;
    for (let i = 0; i < key.length; i++) counts[key.charCodeAt(i)]!++;
    let common = 0;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      if (counts[c]! > 0) {
        counts[c]!--;
        common++;
      }
    }
    // (zero again: the key's letters not matched are left, the matched ones are at zero already)
    for (let i = 0; i < key.length; i++) counts[key.charCodeAt(i)] = 0;
    return Math.ceil((key.length + form.length - 2 * common) / 2);
  }
}
