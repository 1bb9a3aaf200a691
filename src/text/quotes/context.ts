/**
 * What the quote finders share about one article: tokens, which tokens name which person, the cue
 * table and the lexicon.
 */
import { type CueTable, type Sentence, type Lexicon, tokenize, type Token } from '../lexicon/index.ts';
import type { ArticlePeople } from '../people/index.ts';

/** The shared view of an article. */
export interface QuoteContext {
  body: string;
  tokens: Token[];
  /** Text offset -> the index of the token starting there. */
  tokenAt: ReadonlyMap<number, number>;
  /** Token index -> the full name of the person a mention starting there refers to. */
  personStart: Map<number, string>;
  /** Token index -> the full name, for every token inside a mention. */
  personAt: Map<number, string>;
  /** Token index just after each mention that starts at the key. */
  mentionEnd: Map<number, number>;
  lex: Lexicon;
  cues: CueTable;
  /** Words of the organisations the article names ("Friedrich-Ebert-Stiftung", "Amnesty"). */
  orgWords: ReadonlySet<string>;
}

/**
 * Build the context; mentions are mapped onto tokens by their offsets.
 * @example quoteContext(body, sentences, findPeople(body, sentences), lex, cueTable())
 */
export function quoteContext(body: string, sentences: readonly Sentence[], people: ArticlePeople, lex: Lexicon, cues: CueTable): QuoteContext {
  const tokens = tokenize(sentences);
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  const personStart = new Map<number, string>();
  const personAt = new Map<number, string>();
  const mentionEnd = new Map<number, number>();
  for (const p of people.people) {
    for (const m of p.mentions) {
      const first = byStart.get(m.start);
      if (first === undefined) continue;
      let last = first;
      while (tokens[last + 1] && tokens[last + 1]!.end <= m.end) last++;
      personStart.set(first, p.name);
      mentionEnd.set(first, last + 1);
      for (let k = first; k <= last; k++) personAt.set(k, p.name);
    }
  }
  const orgWords = new Set<string>();
  for (const e of people.entities) if (e.kind === 'org') for (const w of e.name.split(/\s+/)) if (w.length > 2) orgWords.add(w);
  return { body, tokens, tokenAt: byStart, personStart, personAt, mentionEnd, lex, cues, orgWords };
}
