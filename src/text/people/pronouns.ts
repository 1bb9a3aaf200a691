/**
 * Conservative pronoun resolution: "er" / "sie" join a person only when exactly one person of a
 * fitting gender was named in the same sentence before it, or else in the sentence before.
 */
import { addMention, type WorkingPerson } from './working.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';

const PRONOUNS = new Map<string, 'male' | 'female'>([['er', 'male'], ['Er', 'male'], ['sie', 'female'], ['Sie', 'female']]);

/**
 * Link "er"/"sie" to the person they most plausibly mean, or leave them alone.
 * "sie" next to a plural verb ("sagten sie") is "they" and never linked.
 * @example linkPronouns(tokens, people, lex) // "Biegun sagte, er habe ..." -> "er" = Stephen Biegun
 */
export function linkPronouns(tokens: readonly Token[], people: WorkingPerson[], lex: Lexicon): void {
  const named = mentionsBySentence(tokens, people);
  tokens.forEach((t, i) => {
    const gender = PRONOUNS.get(t.text);
    if (!gender || (gender === 'female' && plural(tokens, i, lex))) return;
    // a person named earlier in the same sentence decides; only if there is none, the sentence before
    const here = namedIn(named, t.sentence, i);
    const pool = here.length > 0 ? here : namedIn(named, t.sentence - 1, i);
    const person = pick(pool, gender);
    if (!person) return;
    addMention(person, '', { start: t.start, end: t.end, token: i });
    noteMention(named, person, t.sentence, i);
  });
}

/** Sentence -> the people mentioned in it, each with the first token of a mention there. */
export type MentionsBySentence = Map<number, Map<WorkingPerson, number>>;

/**
 * Who is mentioned in which sentence, so that asking about one sentence costs its people, not
 * every mention of the article.
 * @example namedIn(mentionsBySentence(tokens, people), 3, 40) // people named in sentence 3 before token 40
 */
export function mentionsBySentence(tokens: readonly Token[], people: readonly WorkingPerson[]): MentionsBySentence {
  const named: MentionsBySentence = new Map();
  for (const p of people) for (const m of p.mentions) noteMention(named, p, tokens[m.token]?.sentence ?? -1, m.token);
  return named;
}

/** Record a mention at token `token` of sentence `sentence` in the index. */
export function noteMention(named: MentionsBySentence, p: WorkingPerson, sentence: number, token: number): void {
  let inSentence = named.get(sentence);
  if (!inSentence) named.set(sentence, (inSentence = new Map()));
  const first = inSentence.get(p);
  if (first === undefined || token < first) inSentence.set(p, token);
}

/** The people with a mention in `sentence` before token `limit`. */
export function namedIn(named: MentionsBySentence, sentence: number, limit: number): WorkingPerson[] {
  const out: WorkingPerson[] = [];
  for (const [p, first] of named.get(sentence) ?? []) if (first < limit) out.push(p);
  return out;
}

/** Whether a neighbouring finite verb is plural: "sagten sie", "sie wollen". */
function plural(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  return [tokens[i - 1], tokens[i + 1]].some((t) => t?.word && lex.verbNumber.get(t.text.toLowerCase()) === 'pl');
}

/**
 * The single person of the gender; one of unknown gender only counts for "er" when alone.
 * @example pick([blinken], "male") // blinken
 */
function pick(named: WorkingPerson[], gender: 'male' | 'female'): WorkingPerson | undefined {
  const known = named.filter((p) => p.gender === gender);
  if (known.length === 1) return known[0];
  if (known.length > 1) return undefined;
  const open = named.filter((p) => p.gender === 'unknown');
  if (gender === 'male' && open.length === 1 && named.length === 1) return open[0];
  return undefined;
}
