/**
 * Which reports are worth comparing when merging a timeline: only two whose dates can be the same
 * (one date value starts the other, in the same decade) and who share a word. Found through an
 * index instead of comparing every report with every other, so a large archive stays fast.
 */
import type { ArticleEvent } from './events.ts';

/**
 * The part of a content word that every word it can match shares: the whole word, or its first
 * five letters ("gipfel" and "gipfeltreff" both give "gipfe"; shorter words match only themselves).
 * @example wordKey("gipfeltreffen") // "gipfe"
 */
export function wordKey(word: string): string {
  return word.length >= 5 ? word.slice(0, 5) : word;
}

/** Date value -> word key -> reports with that date value and word, in report order. */
type Index = Map<string, Map<string, number[]>>;

function buildIndex(events: readonly ArticleEvent[], keys: readonly string[][]): Index {
  const index: Index = new Map();
  events.forEach((e, i) => {
    let byWord = index.get(e.date.value);
    if (!byWord) index.set(e.date.value, (byWord = new Map()));
    for (const key of keys[i]!) {
      const list = byWord.get(key);
      if (list) list.push(i);
      else byWord.set(key, [i]);
    }
  });
  return index;
}

/**
 * Call `visit(i, j)` (i < j) once for every pair of reports from different articles that lie in
 * the same decade, where one date value starts the other ("2019" and "2019-02-28"), and that share
 * a word key. Every pair `compatibleDates` and a shared word can join is among them.
 * @example forCandidatePairs(events, (i, j) => pairs.push([i, j]))
 */
export function forCandidatePairs(events: readonly ArticleEvent[], visit: (i: number, j: number) => void): void {
  const keys = events.map((e) => [...new Set(e.words.map(wordKey))]);
  const index = buildIndex(events, keys);
  const seen = new Int32Array(events.length).fill(-1);
  events.forEach((e, x) => {
    const value = e.date.value;
    // the value itself and its prefixes down to the decade ("2019-02-28", "2019-02", "2019", "201")
    for (let length = Math.min(3, value.length); length <= value.length; length++) {
      const byWord = index.get(value.slice(0, length));
      if (!byWord) continue;
      const same = length === value.length;
      for (const key of keys[x]!) {
        for (const y of byWord.get(key) ?? []) {
          // a pair of equal values is visited from its later report only
          if (same && y >= x) break;
          if (seen[y] === x || events[y]!.articleId === e.articleId) continue;
          seen[y] = x;
          if (y < x) visit(y, x);
          else visit(x, y);
        }
      }
    }
  });
}
