/**
 * A rough grammatical tense of a German sentence, used to decide whether "im September" or
 * "am Mittwoch" points back or ahead of the article date. Heuristic, no tagger: auxiliaries,
 * a list of strong past forms, weak past forms in "-te(n)", and participles.
 */

import { FUTURE_AUX, FUTURE_WORD, INTENT_WORD, MODAL, PERFECT_AUX, PLUPERFECT_AUX, STRONG_PAST, startsLower, wordClass, wordsOf } from './tense-words.ts';

/** `pluperfect` ("hatte ... eröffnet") is a past that looks back from another past. */
export type Tense = 'past' | 'pluperfect' | 'present' | 'future';

/** Lower-case words ending in "-te(n)" that are not past verbs (ordinals, adjectives, nouns). */
const NOT_PAST =
  /^(erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|elfte|zwölfte|letzte|nächste|beste|meiste|weitere|gute|halbe|rechte|linke|große|späte|frühe|breite|weite|harte|leichte|echte|schlechte|heute|bitte|mitte|konkrete|absolute|private|komplette|extreme|direkte|gesamte|genannte|bekannte|ehemalige)n?$/;

/** Words that look like participles ("ge...t/en") but are not. */
const NOT_PARTICIPLE = /^(geplant|gegen|geben|gehen|gelten|genau|gern|gerne|gerade|generell|genug|gemeinsam|gestern|gesamt|gewesen|gelegen|geschehen|gewinnen|gefallen)$/;

const DETERMINER = /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|seine[nmrs]?|ihre[nmrs]?|diese[nmrs]?|im|am|vom|zum|zur|beim|kein|keine[nmrs]?|sehr|so|zu)$/;

/** Whether a lower-case word reads as a past participle ("gekontert", "abgezogen", "informiert"). */
function isParticiple(word: string): boolean {
  // every participle form below ends in "t" or "en"
  if (!word.endsWith('t') && !word.endsWith('en')) return false;
  if (NOT_PARTICIPLE.test(word)) return false;
  return /^[a-zäöü]{0,6}ge[a-zäöüß]{2,}(t|en)$/.test(word) || /^[a-zäöü]{3,}iert$/.test(word) || /^(be|er|ver|ent|zer|emp|über|unter)[a-zäöüß]{2,}t$/.test(word);
}

/**
 * Whether the word at `i` is a weak past form ("sagte", "eröffneten"), not an adjective
 * ("die ersten"), a participle ("umstritten") or an infinitive after a modal ("will ... ausweiten").
 * `modalBefore(i)` tells whether a modal verb comes before word `i`.
 */
function isWeakPast(words: string[], i: number, modalBefore: (i: number) => boolean): boolean {
  const word = words[i]!;
  if (!word.endsWith('te') && !word.endsWith('ten')) return false;
  if (!/^[a-zäöüß]{3,}(te|ten)$/.test(word) || NOT_PAST.test(word)) return false;
  if (/[^s]sten?$|ßten?$|tten$/.test(word) || ZU_INSIDE.test(word)) return false;
  if (word.endsWith('ten') && modalBefore(i)) return false;
  return !DETERMINER.test(words[i - 1]?.toLowerCase() ?? '') && words[i - 1] !== 'zu';
}

/** The tense markers found among a clause's words (see `tenseCue` for how they rank). */
interface Cues {
  participle: boolean;
  futureWord: boolean;
  futureAux: boolean;
  passiveFuture: boolean;
  pluperfectAux: boolean;
  strongPast: boolean;
  weakPast: boolean;
  perfectAux: boolean;
  intent: boolean;
}

/** `(i) => whether a modal verb comes before word i`, for rising `i`, reading each word at most once. */
function modalFinder(words: string[]): (i: number) => boolean {
  let read = 0;
  let modal = -1;
  return (i) => {
    for (; modal < 0 && read < i; read++) if (wordClass(words[read]!.toLowerCase()) & MODAL) modal = read;
    return modal >= 0 && modal < i;
  };
}

/** One pass over the words, collecting every marker. */
function cuesOf(words: string[], lower: string[]): Cues {
  const cues: Cues = {
    participle: false,
    futureWord: false,
    futureAux: false,
    passiveFuture: false,
    pluperfectAux: false,
    strongPast: false,
    weakPast: false,
    perfectAux: false,
    intent: false,
  };
  const modalBefore = modalFinder(words);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const w = lower[i]!;
    const lowerCase = startsLower(word);
    const kind = wordClass(w);
    if (lowerCase && !cues.participle && isParticiple(word)) cues.participle = true;
    if (kind & FUTURE_WORD) cues.futureWord = true;
    if (kind & FUTURE_AUX) cues.futureAux = true;
    // "soll am Mittwoch vorgeführt werden", "wird ... eröffnet werden": a passive or modal future
    if (w === 'werden' && i > 0 && isParticiple(lower[i - 1]!) && !/^(ist|sind|war|waren)$/.test(lower[i - 2] ?? '')) cues.passiveFuture = true;
    if (kind & PLUPERFECT_AUX) cues.pluperfectAux = true;
    if (kind & STRONG_PAST) cues.strongPast = true;
    if (lowerCase && !cues.weakPast && isWeakPast(words, i, modalBefore)) cues.weakPast = true;
    if (kind & PERFECT_AUX) cues.perfectAux = true;
    if ((kind & INTENT_WORD) !== 0 && lower[i - 1] !== 'zu') cues.intent = true;
  }
  return cues;
}

/**
 * The tense a sentence or clause shows, or undefined when nothing marks it.
 * @example tenseCue("die vor März festgelegt wurden") // "past"
 * @example tenseCue("am 18. Januar der nächste Gegner") // undefined
 */
export function tenseCue(text: string): Tense | undefined {
  const words = wordsOf(text);
  const lower = words.map((w) => (startsLower(w) ? w : w.toLowerCase()));
  const cues = cuesOf(words, lower);
  if (cues.futureWord) return 'future';
  if (cues.futureAux && !cues.participle) return 'future';
  if (cues.passiveFuture) return 'future';
  if (cues.pluperfectAux && cues.participle) return 'pluperfect';
  if (cues.strongPast) return 'past';
  if (cues.weakPast) return 'past';
  if (cues.perfectAux && cues.participle) return 'past';
  if (cues.intent) return 'future';
  if (isInfinitiveClause(lower)) return 'future';
  return undefined;
}

/** Separable prefixes that take "zu" inside: "einzuleiten", "aufzunehmen". */
const ZU_INSIDE = /^(an|auf|aus|ein|ab|bei|mit|vor|zurück|weiter|fest|her|hin|los|nach|statt|teil|um|weg|durch|über|zusammen)zu\p{Ll}{2,}en$/u;

/**
 * Whether a clause ends in a "zu" infinitive: an intention, which points ahead of when it was
 * said ("kündigte an, am Dienstag nach Peking zu reisen", "das Verfahren einzuleiten").
 */
function isInfinitiveClause(lower: string[]): boolean {
  const last = lower[lower.length - 1] ?? '';
  const prev = lower[lower.length - 2] ?? '';
  return (prev === 'zu' && /^\p{Ll}{2,}en$/u.test(last)) || ZU_INSIDE.test(last);
}

/** Longest stretch on each side of a date that counts as its clause. */
const CLAUSE_REACH = 250;

/**
 * The clause around `offset` in a sentence: commas, semicolons and dashes delimit clauses, and
 * it reaches at most `CLAUSE_REACH` characters to each side.
 * @example clauseAround("Er sagte, die Vorwahlen im April werden entscheiden.", 25) // " die Vorwahlen im April werden entscheiden."
 */
export function clauseAround(sentence: string, offset: number): string {
  const before = sentence.slice(Math.max(0, offset - CLAUSE_REACH), offset);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' – ')) + 1;
  const after = sentence.slice(offset, offset + CLAUSE_REACH);
  const rest = after.search(/[,;]| – /);
  return before.slice(start) + (rest < 0 ? after : after.slice(0, rest));
}

/**
 * The tense of the clause around `offset` in a sentence (see `clauseAround`), falling back to
 * the whole sentence's tense when the clause shows none.
 * @example tenseAt("Er sagte, die Vorwahlen im April werden entscheiden.", 25) // "future"
 */
export function tenseAt(sentence: string, offset: number, sentenceTense: Tense = tenseOf(sentence)): Tense {
  return tenseCue(clauseAround(sentence, offset)) ?? sentenceTense;
}

/**
 * The tense a sentence is told in.
 * @example tenseOf("Das Büro wurde im September eröffnet.") // "past"
 * @example tenseOf("Biegun wird sich am Donnerstag mit Suh treffen.") // "future"
 * @example tenseOf("Die Gespräche dauern an.") // "present"
 */
export function tenseOf(sentence: string): Tense {
  return tenseCue(sentence) ?? 'present';
}

/**
 * `tenseCue` remembering its answers, for one text whose clauses repeat.
 * @example const cue = memoTenseCue(); cue("er sagte"); cue("er sagte") // "past", computed once
 */
export function memoTenseCue(): (clause: string) => Tense | undefined {
  const known = new Map<string, Tense | undefined>();
  return (clause) => {
    if (known.has(clause)) return known.get(clause);
    const tense = tenseCue(clause);
    known.set(clause, tense);
    return tense;
  };
}
