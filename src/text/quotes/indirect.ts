/**
 * Indirect speech: a clause a cue introduces ("sagte, dass …", "sagte der US-Diplomat, er bekomme …"),
 * a subjunctive clause a cue closes ("China habe …, sagte Blinken"), "X zufolge …" / "laut X …"
 * with a subjunctive, and a sentence in the subjunctive whose subject is a known person ("Er sei …").
 */
import { findCues, type Cue } from './find-cues.ts';
import { speakerOfCue } from './attribution.ts';
import type { QuoteContext } from './context.ts';
import type { FoundQuote } from './types.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';
import { subjectAtStart } from './subject.ts';
import { isNoun, startsLower, startsUpper } from '../lexicon/index.ts';
import { describedPerson } from './description.ts';
import { sourceOfCue } from './source.ts';
import { announcedSpeaker } from './announced.ts';
import { claimOwner } from './claim-owner.ts';

const OPENERS = new Set(['dass', 'ob', 'wonach']);
/** Subjunctive forms that are never adjectives. */
const CORE = new Set([
  'sei',
  'seien',
  'habe',
  'werde',
  'könne',
  'müsse',
  'solle',
  'wolle',
  'dürfe',
  'möge',
  'gebe',
  'gehe',
  'bleibe',
  'komme',
  'stehe',
  'liege',
  'wisse',
  'lasse',
  'hätte',
  'hätten',
  'wäre',
  'wären',
  'würde',
  'würden',
  'könnte',
  'könnten',
  'müsste',
  'müssten',
  'dürfte',
  'dürften',
  'gäbe',
  'käme',
  'ginge',
  'stünde',
  'läge',
  'brauche',
  'sehe',
  'plane',
]);
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'im', 'am', 'zum', 'zur', 'vom', 'beim']);

/**
 * Indirect quotes with their speakers (only those with a recognised speaker are returned).
 * @example indirectQuotes(ctx, inside) // [{ speaker: "Stephen Biegun", text: "er bekomme seine Anweisungen …", ... }]
 */
export function indirectQuotes(ctx: QuoteContext, inside: ReadonlySet<number>): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (let s = 0; s < ctx.tokens.length; s = sentenceEnd(ctx, s)) {
    const e = sentenceEnd(ctx, s);
    const cues = findCues(ctx, s, e, inside);
    for (const cue of cues) {
      // "Der grüne Staatssekretär sagte, dass …" -> the one person holding that title
      const person = speakerOfCue(ctx, cue);
      const source = person === null ? sourceOfCue(ctx, cue) : undefined;
      const speaker = person ?? (source ? describedPerson(ctx, source, cue.index) : undefined);
      if (!speaker) continue;
      const after = clauseAfter(ctx, cue, e, inside);
      // "X lehnte den Vorschlag von Y ab, …", "X hat Berichte von Y zurückgewiesen, …" -> the words of the noun's owner
      const owner = after ? claimOwner(ctx, cue, after[0] - 1) : undefined;
      if (owner === null) continue;
      const range = after ?? clauseBefore(ctx, cue, s, inside) ?? cueSentence(ctx, cue, s, e);
      if (range) out.push(make(ctx, owner ?? speaker, range[0], range[1]));
    }
    if (cues.length === 0) {
      const subject = reportedSubject(ctx, s, e, inside);
      if (subject) out.push(make(ctx, subject, s, e - 1));
    }
  }
  return out;
}

/** "…, sagte X, er bekomme …" / "kündigte an, dass …": the clause after the comma that follows the cue. */
function clauseAfter(ctx: QuoteContext, cue: Cue, end: number, inside: ReadonlySet<number>): [number, number] | undefined {
  if (cue.kind !== 'finite' && cue.kind !== 'participle') return undefined;
  let k = cue.last + 1;
  while (k < end && ctx.tokens[k]!.text !== ',' && ctx.tokens[k]!.text !== ':' && k - cue.last < 12) k++;
  if (ctx.tokens[k]?.text !== ',' && ctx.tokens[k]?.text !== ':') return undefined;
  const from = k + 1;
  // the reported clause ends before a later cue of its own (", räumte Jennifer Lopez ein")
  const next = findCues(ctx, from, end, inside).find((c) => c.kind === 'finite' || c.kind === 'participle');
  const stop = next && ctx.tokens[next.index - 1]?.text === ',' ? next.index - 1 : end;
  const to = lastWordBefore(ctx, stop);
  if (from > to || (inside.has(from) && inside.has(to))) return undefined;
  // "Spekulationen, wonach …" -> the speculation's content, not the speaker's
  if (ctx.tokens[from]!.text === 'wonach' && isNoun(ctx.lex, ctx.tokens[k - 1]?.text ?? '')) return undefined;
  // "dass …", "ob …", a clause with a subjunctive verb, an infinitive clause ("…, vorzugehen"), or
  // anything after "Wie X mitteilte,"
  const opener = OPENERS.has(ctx.tokens[from]!.text);
  const opensWie = /^(Wie|wie)$/.test(ctx.tokens[sentenceStart(ctx, cue.index)]!.text);
  // "John McCain hatte nichts bekanntgegeben, fiel jedoch auf, dass …", "„Uncle Ted“, wie der Senator genannt
  // wurde, war bekannt für …" -> a verb opening the clause continues the main clause (only a fronted
  // "Wie X mitteilte, war …" puts the finite verb first in the words reported)
  if (!opensWie && indicativeVerb(ctx, from)) return undefined;
  const wie = opensWie || ctx.tokens[cue.index - 1]?.text === 'wie';
  return opener || wie || subjunctive(ctx, from, to + 1) || infinitive(ctx, to) ? [from, to] : undefined;
}

/**
 * Whether token `k` is a lower-case finite verb of known number that is not a subjunctive: "fiel",
 * "war", "hat" (not "sei", "hätte").
 * @example indicativeVerb(ctx, indexOf("fiel")) // true for "…, fiel jedoch auf"
 */
function indicativeVerb(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.word && startsLower(t.text) && ctx.lex.verbNumber.has(t.text) && !ctx.lex.konjunktiv.has(t.text);
}

// "zu haben", "vorzugehen", "anzuwenden" -> an infinitive clause closes the reported content
const ZU_INFIX = /^(ab|an|auf|aus|bei|durch|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen|frei|los|statt|dar|fort|hervor|hinzu|weiter|wieder|bereit|fern|gegen|zu)zu\p{Ll}+n$/u;

// "haben", "vorgehen" -> a lower-case word ending in -n
const LOWER_N = /^\p{Ll}+n$/u;

function infinitive(ctx: QuoteContext, last: number): boolean {
  const t = ctx.tokens[last]!.text;
  return LOWER_N.test(t) && (ctx.tokens[last - 1]?.text === 'zu' || ZU_INFIX.test(t));
}

/** "China habe …, sagte Blinken": the subjunctive clause before ", cue". */
function clauseBefore(ctx: QuoteContext, cue: Cue, start: number, inside: ReadonlySet<number>): [number, number] | undefined {
  if (ctx.tokens[cue.index - 1]?.text !== ',' || cue.kind === 'zufolge' || cue.kind === 'nach') return undefined;
  const to = cue.index - 2;
  if (to < start || (inside.has(start) && inside.has(to))) return undefined;
  if (!subjunctive(ctx, start, to + 1)) return undefined;
  // "Das Problem sei vielmehr, so Chávez, dass …" -> the cue sits inside the quote: take the sentence
  const end = sentenceEnd(ctx, cue.index);
  const comma = ctx.tokens.slice(cue.last + 1, end).findIndex((t) => t.text === ',');
  const rest = comma >= 0 ? cue.last + 1 + comma : -1;
  if (rest >= 0 && ctx.tokens.slice(rest + 1, end).filter((t) => t.word).length >= 3) return [start, lastWordBefore(ctx, end)];
  return [start, to];
}

/** "Biegun zufolge richte sich …", "Laut X sei …": the sentence around the cue, if subjunctive. */
function cueSentence(ctx: QuoteContext, cue: Cue, start: number, end: number): [number, number] | undefined {
  if (cue.kind !== 'zufolge' && cue.kind !== 'laut' && cue.kind !== 'nach') return undefined;
  const to = lastWordBefore(ctx, end);
  const opens = cue.index === start || ctx.tokens[cue.index - 1]?.sentence !== ctx.tokens[cue.index]!.sentence;
  const zufolge = zufolgeOpens(ctx, cue, start);
  const from = opens ? afterSource(ctx, cue.last + 1, end) : zufolge ? cue.last + 1 : start;
  // "Laut X ist die Lage ernst", "Nach Einschätzung von X steht …", "X zufolge hat …" -> a source opening
  // the sentence covers its main clause, in the indicative too
  return subjunctive(ctx, start, end) || opens || zufolge ? [from, to] : undefined;
}

/** Tokens the source phrase after "laut"/"nach Angaben von" may take before its name ends. */
const MAX_SOURCE_PHRASE = 8;

/**
 * Where the reported clause starts after an opening "Laut X"/"Nach Angaben von X": past the person's
 * mention and an apposition in commas ("Nach Angaben von Peter Beck, dem Dekan, befanden sich …").
 */
function afterSource(ctx: QuoteContext, from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + MAX_SOURCE_PHRASE); k++) {
    if (!ctx.personStart.has(k)) continue;
    let after = ctx.mentionEnd.get(k) ?? k + 1;
    if (ctx.tokens[after]?.text === ',') {
      let c = after + 1;
      while (c < Math.min(end, after + MAX_SOURCE_PHRASE) && ctx.tokens[c]!.text !== ',') c++;
      // (no second comma: "Nach den Worten des Parteichefs, Max Muster, handelt es sich …" ends at the first)
      after = ctx.tokens[c]?.text === ',' ? c + 1 : after + 1;
    }
    return after < end ? after : from;
  }
  return from;
}

/** "Max Muster zufolge hat …": the person before "zufolge" opens the sentence. */
function zufolgeOpens(ctx: QuoteContext, cue: Cue, start: number): boolean {
  if (cue.kind !== 'zufolge') return false;
  const name = ctx.personAt.get(cue.index - 1);
  let k = cue.index - 1;
  while (name && ctx.personAt.get(k - 1) === name) k--;
  return !!name && ctx.personStart.get(k) === name && title(ctx, start, k);
}

/** Only title words (capitalised, or an article) between `from` and `to`: "Dem Minister Max Muster zufolge". */
function title(ctx: QuoteContext, from: number, to: number): boolean {
  return to - from <= 4 && ctx.tokens.slice(from, to).every((t) => t.word && (startsUpper(t.text) || ARTICLES.has(t.text)));
}

/**
 * "Er sei zuversichtlich, dass …": a pronoun standing for a known person opens the sentence, and a
 * Konjunktiv I verb follows, with no cue. A name there ("Obama habe …") is talked about, not talking.
 */
function reportedSubject(ctx: QuoteContext, start: number, end: number, inside: ReadonlySet<number>): string | undefined {
  if (inside.has(start) || !/^(Er|Sie)$/.test(ctx.tokens[start]!.text)) return undefined;
  const verb = ctx.tokens.slice(start, Math.min(end, start + 8)).findIndex((_, k) => isSubjunctive(ctx, start + k, ctx.lex.konjunktiv1));
  if (verb < 0) return undefined;
  return subjectAtStart(ctx, start + verb);
}

function subjunctive(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSubjunctive(ctx, i, ctx.lex.konjunktiv)) return true;
  return false;
}

/**
 * Whether token `i` is a subjunctive verb. Forms that double as adjectives ("billige Tricks",
 * "die freie Wahl") count only when no noun or number follows and no article precedes them.
 * @example isSubjunctive(ctx, indexOf("sei"), lex.konjunktiv) // true
 */
export function isSubjunctive(ctx: QuoteContext, i: number, forms: ReadonlySet<string>): boolean {
  const t = ctx.tokens[i]!;
  if (!forms.has(t.text)) return false;
  if (CORE.has(t.text)) return true;
  const next = ctx.tokens[i + 1];
  const prev = ctx.tokens[i - 1];
  // ("eine 1212 Seiten starke Mappe" -> a number after it is a noun phrase's too)
  return !(next?.word && startsUpper(next.text)) && !/^\d/.test(next?.text ?? '') && !(prev && ARTICLES.has(prev.text.toLowerCase()));
}

function lastWordBefore(ctx: QuoteContext, end: number): number {
  let to = end - 1;
  while (to > 0 && !ctx.tokens[to]!.word && !/[“»«"”]/.test(ctx.tokens[to]!.text)) to--;
  return to;
}

/**
 * The sentence names a source of its own without a verb of saying: "…, hieß es aus Regierungskreisen",
 * "Es heißt, …" (somebody else's words, not a continuation).
 */
// "heißt", "hieß" (any case) -> the verb of "es heißt"
const SAYS = /^(?:heißt|hieß)$/iu;
// "es", "Es" -> its subject
const IT = /^es$/iu;

function ownSource(ctx: QuoteContext, start: number, end: number): boolean {
  for (let k = start; k < end - 1; k++) {
    const [first, second] = [ctx.tokens[k]!.text, ctx.tokens[k + 1]!.text];
    // "hieß es", "Heißt es" and "Es heißt" (either order of the verb and "es")
    if ((SAYS.test(first) && IT.test(second)) || (IT.test(first) && SAYS.test(second))) return true;
  }
  return false;
}

function make(ctx: QuoteContext, speaker: string, first: number, last: number): FoundQuote {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  return { speaker, text: ctx.body.slice(start, end), type: 'indirect', start, end, firstToken: first, lastToken: last };
}

/** The sentence over `start..end` as a stand-in quote of the person it announces (announced.ts), if any. */
function announced(ctx: QuoteContext, start: number, end: number, inside: ReadonlySet<number>): FoundQuote | undefined {
  if (start >= end) return undefined;
  const speaker = announcedSpeaker(ctx, start, end, inside);
  return speaker ? { ...make(ctx, speaker, start, end - 1), text: '' } : undefined;
}

/**
 * Sentences in the subjunctive right after a quote of X, in the same paragraph, continue X's speech;
 * so do those right after a sentence in which a verb of saying names X without a quote.
 * @example continuations(ctx, quotes, inside) // "Die Führung in Washington irre sich, …" -> Choe Son-hui
 */
export function continuations(ctx: QuoteContext, quotes: readonly FoundQuote[], inside: ReadonlySet<number>): FoundQuote[] {
  const out: FoundQuote[] = [];
  const bySentence = new Map<number, FoundQuote>();
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) if (q.speaker) bySentence.set(ctx.tokens[q.lastToken]!.sentence, q);
  let before = 0;
  for (let s = 0; s < ctx.tokens.length; before = s, s = sentenceEnd(ctx, s)) {
    const sentence = ctx.tokens[s]!.sentence;
    // "Anna Roth wies den Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig." -> the
    // sentence before announces her words without quoting them
    const prev = bySentence.get(sentence - 1) ?? announced(ctx, before, s, inside);
    if (!prev || bySentence.has(sentence) || inside.has(s)) continue;
    const e = sentenceEnd(ctx, s);
    const gap = ctx.body.slice(prev.end, ctx.tokens[s]!.start);
    const others = ctx.tokens.slice(s, e).some((_, i) => ctx.personStart.has(s + i) && ctx.personStart.get(s + i) !== prev.speaker);
    const finite = ctx.tokens.slice(s, Math.min(e, s + 10)).some((_, k) => isSubjunctive(ctx, s + k, ctx.lex.konjunktiv1));
    if (gap.includes('\n') || others || !finite || findCues(ctx, s, e, inside).length > 0 || ownSource(ctx, s, e)) continue;
    const q = make(ctx, prev.speaker!, sentenceStart(ctx, s), lastWordBefore(ctx, e));
    out.push(q);
    bySentence.set(sentence, q);
  }
  return out;
}
