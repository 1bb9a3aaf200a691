/**
 * Conservative pronoun resolution: "er" / "sie" join a person only when exactly one person of a
 * fitting gender was named in the same sentence before it, or else in the last sentence (of the
 * three before) that names anybody: the person the text last spoke of.
 */
import { addMention, type WorkingPerson } from './working.ts';
import { type Lexicon, type Token, roleAt } from '../lexicon/index.ts';

const PRONOUNS = new Map<string, 'male' | 'female'>([
  ['er', 'male'],
  ['Er', 'male'],
  ['sie', 'female'],
  ['Sie', 'female'],
]);

/**
 * Link "er"/"sie" to the person they most plausibly mean, or leave them alone.
 * "sie" next to a plural verb ("sagten sie") is "they" and never linked.
 * @example linkPronouns(tokens, people, lex) // "Biegun sagte, er habe ..." -> "er" = Stephen Biegun
 */
export function linkPronouns(tokens: readonly Token[], people: WorkingPerson[], lex: Lexicon): void {
  const quoted = insideQuotes(tokens);
  // a name inside a quotation is not whom the text speaks of ("„Schumacher ist der Meister“, sagte Todt. Er …")
  const named = mentionsBySentence(tokens, people, quoted);
  // sentences speaking of somebody unnamed ("Die Bodenoffensive wurde von einer Armeesprecherin bestätigt.")
  const unnamed = new Map<number, number>();
  // ("Nach seiner Wahl zum Staatspräsidenten wurde er …": an office one is made, "zum"/"zur" X, is nobody)
  tokens.forEach((t, i) => {
    if (t.word && !unnamed.has(t.sentence) && roleAt(lex, t) && !/^(zum|zur)$/.test(tokens[i - 1]?.text ?? '')) unnamed.set(t.sentence, i);
  });
  tokens.forEach((t, i) => {
    const gender = PRONOUNS.get(t.text);
    // "er" inside a quotation is the speaker's word, not the text's
    if (!gender || quoted.has(i) || (gender === 'female' && plural(tokens, i, lex))) return;
    // a person named earlier in the same sentence decides; only if there is none, the sentence before
    const pool = lastNamed(named, unnamed, t.sentence, i);
    const person = pick(pool, gender) ?? continuedSubject(tokens, named, pool, gender, i, lex);
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
export function mentionsBySentence(tokens: readonly Token[], people: readonly WorkingPerson[], skip?: ReadonlySet<number>): MentionsBySentence {
  const named: MentionsBySentence = new Map();
  for (const p of people) for (const m of p.mentions) if (!skip?.has(m.token)) noteMention(named, p, tokens[m.token]?.sentence ?? -1, m.token);
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

/** How many sentences back a pronoun looks for the person the text last spoke of. */
const LOOK_BACK = 3;

/**
 * The people of the last sentence that names anybody: this one before token `i`, else one of the
 * `LOOK_BACK` before (a sentence naming nobody, "Die Ursache sei unklar.", does not break the chain,
 * but one speaking of an unnamed title holder, "von einer Armeesprecherin bestätigt", ends it).
 * @example lastNamed(named, unnamed, 5, 80) // [blinken] when sentence 4 names nobody and sentence 3 names Blinken
 */
function lastNamed(named: MentionsBySentence, unnamed: ReadonlyMap<number, number>, sentence: number, i: number): WorkingPerson[] {
  for (let s = sentence; s >= 0 && s >= sentence - LOOK_BACK; s--) {
    const pool = namedIn(named, s, i);
    if (pool.length > 0) return pool;
    if ((unnamed.get(s) ?? Infinity) < i) return [];
  }
  return [];
}

const OPEN_MARKS = new Set(['„', '«', '»', '"', '“']);
const CLOSE_MARKS = new Set(['“', '”', '»', '«', '"']);

/**
 * Token indices inside quotation marks (a mark opens when none is open and closes the open one;
 * an unclosed mark stops counting after `LOOK_BACK` sentences).
 * @example insideQuotes(tokens("Er sagte: „Er kommt.“")) // the second "Er" only
 */
function insideQuotes(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  let openedIn = -1;
  tokens.forEach((t, i) => {
    if (openedIn >= 0 && t.sentence - openedIn > LOOK_BACK) openedIn = -1;
    if (openedIn >= 0 && CLOSE_MARKS.has(t.text)) openedIn = -1;
    else if (openedIn < 0 && OPEN_MARKS.has(t.text)) openedIn = t.sentence;
    else if (openedIn >= 0) inside.add(i);
  });
  return inside;
}

/** Whether a neighbouring finite verb is plural: "sagten sie", "sie wollen". */
function plural(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  return [tokens[i - 1], tokens[i + 1]].some((t) => t?.word && lex.verbNumber.get(t.text.toLowerCase()) === 'pl');
}

// before a mention, what makes it no subject: a genitive or dative article, a preposition
const OBLIQUE = /^(des|dem|den|eines|einem|von|vom|mit|bei|beim|zu|zum|zur|für|gegen|über|unter|nach|aus|an|auf|um)$/i;

/**
 * "Er war ein Schüler des Malers Otto Brandt … Er war später Präsident": a pronoun opening its sentence
 * continues the subject of the sentence before when that sentence opens with one of the `pool` and every
 * other person of the gender is there only in a genitive or after a preposition.
 * @example continuedSubject(tokens, named, [lindqvar, brandt], "male", i, lex) // lindqvar
 */
function continuedSubject(tokens: readonly Token[], named: MentionsBySentence, pool: readonly WorkingPerson[], gender: 'male' | 'female', i: number, lex: Lexicon): WorkingPerson | undefined {
  const fitting = pool.filter((p) => p.gender === gender);
  if (fitting.length < 2 || tokens[i - 1]?.sentence === tokens[i]!.sentence) return undefined;
  const sentence = tokens[i - 1]?.sentence;
  const at = named.get(sentence ?? -1);
  if (sentence === undefined || !at) return undefined;
  const opening = fitting.filter((p) => tokens[at.get(p)! - 1]?.sentence !== sentence);
  if (opening.length !== 1) return undefined;
  const others = fitting.filter((p) => p !== opening[0]);
  return others.every((p) => obliqueAt(tokens, at.get(p)!, lex)) ? opening[0] : undefined;
}

/** Whether the mention at token `k` follows a genitive or dative article or a preposition, past its titles. */
function obliqueAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && tokens[j]!.word && roleAt(lex, tokens[j]!)) j--;
  return j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && OBLIQUE.test(tokens[j]!.text);
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
