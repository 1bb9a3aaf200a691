/**
 * Where each mention of a person lies in an article's tokens, looked up by its first or its last
 * token: the rules that read titles, relations and stated roles ask "does a name start or end
 * here, and whose is it?".
 */
import type { Token } from '../lexicon/index.ts';
import type { WorkingPerson } from './working.ts';

/** The mentions of the people of an article, by their first and last token. */
export interface MentionSpans {
  /** The person whose mention starts at a token. */
  firstOf: Map<number, WorkingPerson>;
  /** The person whose mention ends at a token. */
  lastOf: Map<number, WorkingPerson>;
  /** A mention's last token, by its first. */
  endOf: Map<number, number>;
  /** A mention's first token, by its last. */
  startOf: Map<number, number>;
}

/**
 * The spans of every mention of `people` in `tokens` (a mention covers the tokens up to its end offset).
 * @example mentionSpans(tokens("Trumps Tochter Ivanka Trump sprach."), [ivanka]).firstOf.get(2) // ivanka
 */
export function mentionSpans(tokens: readonly Token[], people: readonly WorkingPerson[]): MentionSpans {
  const spans: MentionSpans = { firstOf: new Map(), lastOf: new Map(), endOf: new Map(), startOf: new Map() };
  for (const p of people) {
    for (const m of p.mentions) {
      let last = m.token;
      while (tokens[last + 1] && tokens[last + 1]!.end <= m.end) last++;
      spans.firstOf.set(m.token, p);
      spans.lastOf.set(last, p);
      spans.endOf.set(m.token, last);
      spans.startOf.set(last, m.token);
    }
  }
  return spans;
}
