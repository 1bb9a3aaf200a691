/**
 * Which people `mergeProfiles` puts into one profile, kept up to date article by article: a
 * full name ("kim jong un") is its own group; a bare name ("kim") joins the one full name
 * starting or ending with it, or else is a group of its own. A change to one article tells which
 * groups may merge or split, so only their profiles need merging again. Pure.
 */

/** The keys whose people make up one group: the full-name key (if any), then the bare names that join it. */
export interface GroupMembers {
  full: string[];
  bare: string[];
}

/**
 * Person keys by article, and full names by their outer words.
 * @example const groups = new ProfileGroups(); groups.change("a1", [], ["kim jong un", "kim"]); groups.groupOf("kim") // "kim jong un"
 */
export class ProfileGroups {
  /** person key -> the articles naming a person with that key. */
  private readonly articles = new Map<string, Set<string>>();
  /** word -> the full-name keys (named somewhere) that start or end with it. */
  private readonly outer = new Map<string, Set<string>>();

  /** The articles naming a person with this key (do not modify). */
  articlesWith(key: string): ReadonlySet<string> {
    return this.articles.get(key) ?? new Set();
  }

  /** Every person key named somewhere. */
  keys(): IterableIterator<string> {
    return this.articles.keys();
  }

  /**
   * The group (profile key) a person key belongs to.
   * @example groups.groupOf("biegun") // "stephen biegun" when that is the only full name with that outer word
   */
  groupOf(key: string): string {
    if (key.includes(' ')) return key;
    const owners = this.outer.get(key);
    return owners?.size === 1 ? owners.values().next().value! : key;
  }

  /**
   * The keys whose people form the group `group` (empty when no article names it).
   * @example groups.membersOf("kim jong un") // { full: ["kim jong un"], bare: ["kim"] }
   */
  membersOf(group: string): GroupMembers {
    if (!group.includes(' ')) return { full: [], bare: this.articles.has(group) && this.groupOf(group) === group ? [group] : [] };
    const bare = [...new Set(outerWords(group))].filter((word) => this.articles.has(word) && this.groupOf(word) === group);
    return { full: this.articles.has(group) ? [group] : [], bare };
  }

  /**
   * Record that an article's person keys went from `before` to `after` (an added article has no
   * keys before, a removed one none after); returns the groups whose profiles may change:
   * those of the keys themselves, and those a bare name leaves or joins because a full name
   * with that outer word appeared or disappeared.
   * @example groups.change("a2", [], ["anna kim"]) // Set { "anna kim", "kim jong un", "kim" }: "kim" no longer joins one name
   */
  change(articleId: string, before: readonly string[], after: readonly string[]): Set<string> {
    const keys = new Set([...before, ...after]);
    const words = new Set<string>();
    const groups = new Set<string>();
    for (const key of keys) {
      if (key.includes(' ')) {
        groups.add(key);
        for (const word of outerWords(key)) words.add(word);
      } else words.add(key);
    }
    // a bare name's group before the change; it leaves or joins one only when a full name with that word comes or goes
    const ownerBefore = new Map<string, string>();
    for (const word of words) if (this.articles.has(word)) ownerBefore.set(word, this.groupOf(word));
    const kept = new Set(after);
    for (const key of before) if (!kept.has(key)) this.drop(key, articleId);
    for (const key of kept) this.add(key, articleId);
    for (const word of words) {
      const was = ownerBefore.get(word);
      const now = this.articles.has(word) ? this.groupOf(word) : undefined;
      if (was === now && !keys.has(word)) continue;
      if (was !== undefined) groups.add(was);
      if (now !== undefined) groups.add(now);
    }
    return groups;
  }

  private add(key: string, articleId: string): void {
    const ids = this.articles.get(key);
    if (ids) return void ids.add(articleId);
    this.articles.set(key, new Set([articleId]));
    if (!key.includes(' ')) return;
    for (const word of outerWords(key)) {
      const owners = this.outer.get(word);
      if (owners) owners.add(key);
      else this.outer.set(word, new Set([key]));
    }
  }

  private drop(key: string, articleId: string): void {
    const ids = this.articles.get(key);
    if (!ids?.delete(articleId) || ids.size > 0) return;
    this.articles.delete(key);
    if (!key.includes(' ')) return;
    for (const word of outerWords(key)) {
      const owners = this.outer.get(word);
      owners?.delete(key);
      if (owners?.size === 0) this.outer.delete(word);
    }
  }
}

/** A full-name key's first and last word: "kim jong un" -> ["kim", "un"]. */
function outerWords(key: string): [string, string] {
  return [key.slice(0, key.indexOf(' ')), key.slice(key.lastIndexOf(' ') + 1)];
}
