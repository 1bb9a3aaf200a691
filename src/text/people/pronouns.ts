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
  tokens.forEach((t, i) => {
    const gender = PRONOUNS.get(t.text);
    if (!gender || (gender === 'female' && plural(tokens, i, lex))) return;
    // a person named earlier in the same sentence decides; only if there is none, the sentence before
    const here = namedIn(tokens, people, t.sentence, i);
    const pool = here.length > 0 ? here : namedIn(tokens, people, t.sentence - 1, i);
    const person = pick(pool, gender);
    if (person) addMention(person, '', { start: t.start, end: t.end, token: i });
  });
}

/** Whether a neighbouring finite verb is plural: "sagten sie", "sie wollen". */
function plural(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  return [tokens[i - 1], tokens[i + 1]].some((t) => t?.word && lex.verbNumber.get(t.text.toLowerCase()) === 'pl');
}

function namedIn(tokens: readonly Token[], people: WorkingPerson[], sentence: number, limit: number): WorkingPerson[] {
  return people.filter((p) => p.mentions.some((m) => m.token < limit && tokens[m.token]?.sentence === sentence));
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
