/**
 * Kinship nouns, and people named by a first name alone after one ("seine Tochter Maria", "ihren Sohn
 * Paolo"), with the kinship role for the owner a possessive refers to.
 */
import { infoOf, type Lexicon, startsUpper, type Token } from '../lexicon/index.ts';
import type { NameSpan } from './names.ts';
import { kinAt } from './kin-nouns.ts';
import { mentionSpans } from './mention-spans.ts';
import { mentionsBySentence, namedIn } from './pronouns.ts';
import type { WorkingPerson } from './working.ts';

// "seine", "ihren", "dessen", "deren": a possessive before the kinship noun (a set: asked of every token)
const POSSESSIVE_WORDS = ['sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'dessen', 'deren'];
const POSSESSIVES = new Set([...POSSESSIVE_WORDS, ...POSSESSIVE_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1))]);
const POSSESSIVE = { test: (word: string) => POSSESSIVES.has(word) };
// "seine"/"dessen" -> a man's (or unknown), "ihre"/"deren" -> a woman's
const FEMININE_OWNER = /^(ihr|ihre|ihren|ihrem|ihrer|ihres|deren)$/i;

/**
 * A first name alone after a possessive and a kinship noun: "seine Tochter Maria", "ihren Sohn Paolo".
 * Not when a surname follows (that is a full name, found before) nor for a word that is no first name.
 * @example kinNamed(tokens("Er beauftragte seinen Sohn Paolo."), 3, lex) // { first: 3, last: 3, kind: "full", gender: "male" }
 */
export function kinNamed(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  const t = tokens[i]!;
  if (!t.word || !startsUpper(t.text) || !POSSESSIVE.test(tokens[i - 2]?.text ?? '') || !kinAt(tokens[i - 1])) return undefined;
  const info = infoOf(lex, t);
  if (!info.firstName || !info.nameWord || info.stopword) return undefined;
  const next = tokens[i + 1];
  // ("seine Tochter Rosa Luxemburg": any capitalised word after it may be a surname the lexicon lacks)
  if (next?.word && next.sentence === t.sentence && startsUpper(next.text)) return undefined;
  return { first: i, last: i, kind: 'full', gender: info.firstName, familyFirst: false, needsConfirmation: false };
}

/** The kinship noun `k` with a possessive before it and the person it introduces right after it. */
export interface PossessiveKin {
  /** Token of the kinship noun. */
  k: number;
  word: string;
  holder: WorkingPerson;
  owner: WorkingPerson;
}

/**
 * "Er hatte seinen Sohn Paolo beauftragt": the owner the possessive refers to is the one person of
 * fitting gender named earlier in the sentence ("Er" once pronouns are linked), or, among several,
 * the one whose mention opens the sentence (the subject); nobody otherwise.
 * @example possessiveKin(tokens, people) // [{ word: "Sohn", holder: Paolo, owner: Pino Scaduto }]
 */
export function possessiveKin(tokens: readonly Token[], people: readonly WorkingPerson[]): PossessiveKin[] {
  // (most articles have none: look before building the indexes)
  if (!tokens.some((t, k) => POSSESSIVE.test(t.text) && kinAt(tokens[k + 1]))) return [];
  const { firstOf } = mentionSpans(tokens, people);
  const named = mentionsBySentence(tokens, people);
  const out: PossessiveKin[] = [];
  tokens.forEach((t, k) => {
    const word = kinAt(t);
    const holder = firstOf.get(k + 1);
    const possessive = tokens[k - 1]?.text ?? '';
    if (!word || !holder || !POSSESSIVE.test(possessive)) return;
    const feminine = FEMININE_OWNER.test(possessive);
    const fits = (p: WorkingPerson) => p !== holder && (p.gender === 'unknown' || (p.gender === 'female') === feminine);
    const before = namedIn(named, t.sentence, k - 1).filter(fits);
    const opening = before.find((p) => named.get(t.sentence)?.get(p) === sentenceStart(tokens, k));
    // "Diego Della Valle und dessen Bruder Andrea": "dessen"/"deren" point to the nearest person before
    const nearest = RELATIVE_OWNER.test(possessive) ? nearestBefore(tokens, k - 1, firstOf, fits) : undefined;
    const owner = nearest ?? (before.length === 1 ? before[0] : opening);
    if (owner) out.push({ k, word, holder, owner });
  });
  return out;
}

// "dessen Bruder", "deren Tochter": the possessive of the last person named
const RELATIVE_OWNER = /^(dessen|deren)$/i;

/** The person whose mention starts nearest before token `k` in its sentence, if it fits. */
function nearestBefore(tokens: readonly Token[], k: number, firstOf: ReadonlyMap<number, WorkingPerson>, fits: (p: WorkingPerson) => boolean): WorkingPerson | undefined {
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    const p = firstOf.get(j);
    if (p) return fits(p) ? p : undefined;
  }
  return undefined;
}

/** The first token of the sentence token `k` is in. */
function sentenceStart(tokens: readonly Token[], k: number): number {
  let s = k;
  while (s > 0 && tokens[s - 1]!.sentence === tokens[k]!.sentence) s--;
  return s;
}
