/**
 * What the quote finders share about one article: tokens, which tokens name which person, the cue
 * table and the lexicon.
 */
import { type CueTable, type Gender, type Sentence, type Lexicon, roleWord, startsUpper, tokenize, type Token } from '../lexicon/index.ts';
import { isOrgNoun } from './org-nouns.ts';
import { bareSpokesperson, isSpokesperson, spokespersonByName } from './spokesperson.ts';
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
  /** Full name -> gender, as far as people/ knows it. */
  genders: ReadonlyMap<string, Gender>;
  /** Full name -> the roles people/ found for the person ("Außenministerin"). */
  roles: ReadonlyMap<string, readonly string[]>;
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
  const orgWords = new Set<string>();
  for (const e of people.entities) if (e.kind === 'org') for (const w of e.name.split(/\s+/)) if (w.length > 2) orgWords.add(w);
  const named = namedTokens(people, tokens, byStart);
  const spokesman = new Set(people.people.filter((p) => spokespersonByName(tokens, nameStarts(named, p.name))).map((p) => p.name));
  for (const p of people.people) {
    for (const m of p.mentions) {
      const first = byStart.get(m.start);
      if (first === undefined) continue;
      if (PRONOUNS.has(tokens[first]!.text) && rivalBefore(body, tokens, named, first, p.name, orgWords)) continue;
      let last = first;
      while (tokens[last + 1] && tokens[last + 1]!.end <= m.end) last++;
      // "Max Weber wurde festgenommen. Der Polizeisprecher sagte: …" -> somebody else speaks for him
      if (!spokesman.has(p.name) && bareSpokesperson(tokens, first, last)) continue;
      personStart.set(first, p.name);
      mentionEnd.set(first, last + 1);
      for (let k = first; k <= last; k++) personAt.set(k, p.name);
    }
  }
  const genders = new Map(people.people.map((p) => [p.name, p.gender ?? 'unknown'] as const));
  // (a spokesperson title the text never gives the name is not the person's: spokesperson.ts)
  const roles = new Map(people.people.map((p) => [p.name, spokesman.has(p.name) ? p.roles : p.roles.filter((r) => !r.split(/\s+/).some(isSpokesperson))] as const));
  return { body, tokens, tokenAt: byStart, personStart, personAt, mentionEnd, lex, cues, orgWords, genders, roles };
}

const PRONOUNS = new Set(['er', 'Er', 'sie', 'Sie']);
/** Tokens a pronoun may stand after the last mention of its person and still speak for them. */
const MAX_PRONOUN_REACH = 80;

/** Token index -> the person named there, for names (not pronouns) of the article. */
function namedTokens(people: ArticlePeople, tokens: readonly Token[], byStart: ReadonlyMap<number, number>): Map<number, string> {
  const named = new Map<number, string>();
  for (const p of people.people) {
    for (const m of p.mentions) {
      const first = byStart.get(m.start);
      if (first !== undefined && !PRONOUNS.has(tokens[first]!.text)) named.set(first, p.name);
    }
  }
  return named;
}

/** The first tokens of the mentions of `name` that hold a name (no pronoun), in text order. */
function nameStarts(named: ReadonlyMap<number, string>, name: string): number[] {
  return [...named].filter(([, n]) => n === name).map(([k]) => k);
}

/**
 * Whether something else the pronoun at `k` could stand for opens a sentence between it and the last
 * mention of `name`: an organisation or a title holder without a name as the subject ("Die Regierung
 * lehnte ab. Sie erklärte: …", "Der Sprecher widersprach. Er sagte: …"), or the person is not named in
 * the `MAX_PRONOUN_REACH` tokens before, or only before a paragraph break (a new paragraph ends what
 * the text was speaking of, as for a quote's speaker in previous.ts). Such a pronoun speaks for nobody
 * in a quote: no speaker rather than a guess.
 * @example rivalBefore(body, tokens, named, indexOf("Sie"), "Anna Beispiel", orgWords) // true after "Die Regierung lehnte ab."
 */
function rivalBefore(body: string, tokens: readonly Token[], named: ReadonlyMap<number, string>, k: number, name: string, orgWords: ReadonlySet<string>): boolean {
  let quoted = false;
  for (let j = k - 1; j >= 0 && j >= k - MAX_PRONOUN_REACH; j--) {
    const t = tokens[j]!;
    // "Max Weber sprach. ¶ Er sagte: …" -> named only in the paragraph before
    if (named.get(j) === name && !quoted) return body.slice(t.end, tokens[k]!.start).includes('\n');
    if (/^[„“”«»"]$/.test(t.text)) quoted = !quoted;
    if (quoted || !SUBJECT_ARTICLES.has(t.text) || (j > 0 && tokens[j - 1]!.sentence === t.sentence)) continue;
    // "Die Regierung", "Der neue Sprecher", "Ein Polizist" opening a sentence
    for (let h = j + 1; h < j + 4 && tokens[h]?.sentence === t.sentence; h++) {
      const w = tokens[h]!;
      if (named.has(h) || !w.word) break;
      if (!startsUpper(w.text)) continue;
      if (isOrgNoun({ orgWords }, w.text) || roleWord(w.text)) return true;
      break;
    }
  }
  return true;
}

// "Der", "Die", "Ein" -> articles opening a sentence's subject
const SUBJECT_ARTICLES = new Set(['Der', 'Die', 'Das', 'Ein', 'Eine']);
