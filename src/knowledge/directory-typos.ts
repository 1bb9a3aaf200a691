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
  const consider = (form: string, owners: Iterable<MergedProfile>) => {
    if (Math.abs(form.length - key.length) > limit) return;
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
  for (const [word, owners] of index.byWord) {
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
