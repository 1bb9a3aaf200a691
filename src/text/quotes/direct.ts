/**
 * Direct quotes in quotation marks and who said them: a cue right after ("«…», sagte Blinken"), a cue
 * before ("Sie sagte: „…“", "Blinken nannte X «…»") or a subject in reported speech ("Er habe „…“").
 * Quotes left without a speaker may inherit one (inherit.ts).
 */
import { type Cue, findCues, speakerOfCue } from './attribution.ts';
import { claimOwner } from './claim-owner.ts';
import { cueOf } from './cues.ts';
import { passive, passiveAgent } from './voice.ts';
import type { QuoteContext } from './context.ts';
import { findMarked, isLabel, type Marked } from './marks.ts';
import { genitiveAttribute, speakerFrom, subjectBefore } from './speaker.ts';
import { subjectAtStart } from './subject.ts';
import { roleWord, isNoun, startsLower, startsUpper } from '../lexicon/index.ts';
import type { FoundQuote } from './types.ts';
import { introducedBy, speechOwner } from './introduced.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';
import { sourceOfQuote } from './source.ts';
import { describedPerson } from './description.ts';
import { isAuxiliary } from './auxiliaries.ts';
import { ADJECTIVE, DETERMINERS, titleWord, WORD_QUOTERS } from './phrase-words.ts';
import { spokenUtterance } from './utterance.ts';
import { runsOnAfter } from './running-name.ts';

// „Hartz IV“, „2010“ -> capitalised or numeric words
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
// the word before a quotation mark
const LAST_WORD = /(\S+)\s*$/u;

/**
 * Direct quotes in marks, with speakers where the text says who it is.
 * @example directQuotes(ctx) // [{ speaker: "Steven Mnuchin", text: "Wir machen ...", type: "direct", ... }]
 */
export function directQuotes(ctx: QuoteContext): FoundQuote[] {
  const all = findMarked(ctx.body);
  const allInside = insideMarks(ctx, all);
  // „Nein.“ after "antwortete X:" looks like a label but is an answer (utterance.ts)
  const spoken = new Set(all.filter((m) => spokenUtterance(ctx, m, allInside)));
  // „Spiegel“ in "empfahl: „Spiegel“ und „Stern“ lesen" is a name the sentence goes on about (running-name.ts)
  const marked = all.filter((m) => spoken.has(m) || !(isLabel(ctx.body, m) || runsOnAfter(ctx, m)));
  const inside = insideMarks(ctx, marked);
  const out: FoundQuote[] = [];
  for (const m of marked) {
    // (token starts are distinct: the token at an offset is the first one there)
    const first = ctx.tokenAt.get(m.open) ?? -1;
    const last = ctx.tokenAt.get(m.close) ?? -1;
    if (first < 0 || last < 0) continue;
    const named = !spoken.has(m) && (namedThing(ctx, m) || citedName(ctx, first, last));
    const speaker = named ? null : attribute(ctx, first, last, inside);
    // "„…“, sagte ein Sprecher des Ministeriums" -> an organisation or description, not a person
    let source = named || speaker ? undefined : sourceOfQuote(ctx, first, last, inside);
    // "„…“, sagte die Ministerin" -> the one person of the article holding that title
    const described = source ? describedPerson(ctx, source, first) : undefined;
    if (described) source = undefined;
    const start = m.open + 1;
    const end = m.close;
    out.push({
      speaker: speaker ?? described ?? null,
      text: ctx.body.slice(start, end),
      type: 'direct',
      start,
      end,
      firstToken: first,
      lastToken: last,
      open: !named && speaker === undefined && !source && !described,
      ...(source ? { source } : {}),
      ...(named ? { cited: true } : {}),
    });
  }
  return out;
}

/**
 * Token indices inside quotation marks (marks included), where cues do not count.
 * @example insideMarks(ctx, findMarked(body)).has(indexOf("sagte")) // false outside quotes
 */
export function insideMarks(ctx: QuoteContext, marked: readonly Marked[]): Set<number> {
  const inside = new Set<number>();
  // (tokens and marks both run left to right and marks do not overlap: one sweep over both)
  let k = 0;
  ctx.tokens.forEach((t, i) => {
    while (k < marked.length && marked[k]!.close < t.start) k++;
    const m = marked[k];
    if (m && t.start >= m.open) inside.add(i);
  });
  return inside;
}

// "der „Sacharow-Preis …“", "im Fachmagazin „Public Library of Science“", "laut „tagesschau.de“",
// "die oben genannten „…“", "(„Hartz IV“, „Rente mit 67“)" -> what stands before a name
// (a scare quote, "so genannten „EVAC-Ambulanz“", is a label already: marks.ts)
// "von", "bei" -> prepositions before an organisation's name in marks
const GROUP_OPENERS = new Set(['von', 'bei']);
const NAME_OPENERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'laut', 'genannte', 'genannten', 'titel', '(', ',']);

/**
 * A short stretch without a verb (six words or fewer) right after an article, a preposition that
 * cites a source, "genannte", a list in brackets or a common noun ("Wochenzeitung „Le Canard
 * enchaîné“", "Grundsatz „in dubio pro reo“") names or cites a thing: a title, not somebody's words.
 */
function citedName(ctx: QuoteContext, first: number, last: number): boolean {
  const words = ctx.tokens.slice(first + 1, last).filter((t) => t.word);
  if (words.length === 0 || words.length > 6 || words.some((t) => startsLower(t.text) && ctx.lex.verbs.has(t.text))) return false;
  const prev = ctx.tokens[first - 1];
  if (!prev || prev.sentence !== ctx.tokens[first]!.sentence) return false;
  // „von unbeschreiblicher Brutalität“ -> a phrase in lower case is somebody's words (but "laut „tagesschau.de“")
  if (startsLower(words[0]!.text) && prev.text !== 'laut') return false;
  if (NAME_OPENERS.has(prev.text.toLowerCase()) && !(prev.text === ',' && ctx.tokens[first - 2]?.text !== '“')) return true;
  // "des Leiters von „Ärzte ohne Grenzen“", "Sprecherin bei „Reporter ohne Grenzen“" -> a title, then "von"/"bei":
  // the marks name the group the title holder works for ("sprach von „Verrat am Volk“" are somebody's words)
  if (GROUP_OPENERS.has(prev.text) && titleBefore(ctx, first - 1)) return true;
  // a common noun right before: "Fachmagazin „…“" (not a name, not a cue: "Merkel „ist …“")
  return prev.word && startsUpper(prev.text) && !prev.initial && !ctx.personAt.has(first - 1) && isNoun(ctx.lex, prev.text) && !roleWord(prev.text);
}

/** Tokens a title may stand before "von" with its complement: "des Leiters der griechischen Sektion von". */
const MAX_TITLE_REACH = 5;

/**
 * A title ("Leiter", "Leiters", "Sprecherin") stands among the few words before the preposition at `k`,
 * with no verb or punctuation between them.
 */
function titleBefore(ctx: QuoteContext, k: number): boolean {
  for (let j = k - 1; j >= k - MAX_TITLE_REACH && ctx.tokens[j]?.sentence === ctx.tokens[k]!.sentence; j--) {
    const t = ctx.tokens[j]!;
    if (!t.word || (startsLower(t.text) && ctx.lex.verbs.has(t.text) && !DETERMINERS.has(t.text))) return false;
    if (roleWord(t.text)) return true;
  }
  return false;
}

// "Trickserei", "Verschwörung", "Feigheit", "Komplizenschaft" -> endings of abstract common nouns
const NOUN_SUFFIX = /\p{Ll}(ei|ung|heit|keit|schaft|ion|tät|nis|tum|ismus)$/u;
// prepositions before a bare noun: "durch „Trickserei“", "wegen „Untreue“"
const BARE_PREPOSITIONS = new Set(['durch', 'wegen', 'aus', 'mit', 'ohne', 'gegen', 'für', 'nach', 'zu', 'über', 'trotz', 'auf']);

/**
 * A short stretch of capitalised words („Hartz IV“, „Algemeen Dagblad“) names a thing unless "als", an
 * indefinite article or a colon introduces it ("nannte dies einen „Militärputsch“", "als „Wortbruch“").
 */
function namedThing(ctx: QuoteContext, m: Marked): boolean {
  const words = ctx.body
    .slice(m.open + 1, m.close)
    .trim()
    .split(/\s+/);
  if (words.length > 3 || !words.every((w) => CAPITAL_OR_DIGIT.test(w))) return false;
  const prev = LAST_WORD.exec(ctx.body.slice(Math.max(0, m.open - 30), m.open))?.[1] ?? '';
  // "nur durch „Trickserei“ zustande" -> an abstract noun right after a preposition is a word quoted, not a
  // name (but "mit „Bild“", "für „Zeit“" may name a paper)
  const word = words[0]!.replace(/[^\p{L}-]/gu, '');
  if (words.length === 1 && BARE_PREPOSITIONS.has(prev) && NOUN_SUFFIX.test(word)) return false;
  return !WORD_QUOTERS.test(prev) && !prev.endsWith(':');
}

/**
 * The speaker of the quote between tokens `first` and `last`: a name right before it, else a cue after
 * it, else a cue before it. `null` when the text names someone we cannot name, or two people compete.
 */
function attribute(ctx: QuoteContext, first: number, last: number, inside: ReadonlySet<number>): string | null | undefined {
  const adjacent = nameRightBefore(ctx, first);
  if (adjacent) return adjacent;
  const a = after(ctx, last, inside);
  const b = before(ctx, first, inside);
  // "Paul Lehmann sei „ein Freund“, hatte Anna Roth gesagt" -> the cue after names the speaker; the subject
  // of the reported clause before is talked about
  if (a && b) {
    const start = sentenceStart(ctx, first);
    if (b === reportedSubject(ctx, start, first) && findCues(ctx, start, first, inside).length === 0) return a;
    // "X kritisierte, dass Y von einer „Lüge“ gesprochen habe" -> the cue right after the quote (no comma)
    // closes the reported clause the quote stands in: its speaker, not the one of the cue before the comma
    if (a !== b && innerCue(ctx, first, last, inside)) return a;
  }
  // "Während Shakira erklärte, …, „…“, räumte Jennifer Lopez ein" -> two candidates, no answer
  // (also when the cue before names somebody not recognised: "Während Shakira erklärte, …" with Shakira unknown)
  if (a && b !== undefined && a !== b) return null;
  if (a !== undefined) return a;
  if (b !== undefined) return b;
  return subjectOfClause(ctx, first, last) ?? introducedBy(ctx, first, last);
}

// "will", "wollte", "möchte" -> modals of the subject's own will: "X will „die Partei erneuern“" states X's intention in X's words
const VOLITION = /^(will|wollte|wollten|wollen|möchte|möchten)$/;

/** "Rumsfeld attackierte den Iran als den „führenden Förderer …“": the clause's subject, if alone. */
function subjectOfClause(ctx: QuoteContext, first: number, last: number): string | undefined {
  // only speech-like stretches (three words or more), not a named thing
  if (ctx.tokens.slice(first + 1, last).filter((t) => t.word).length < 3) return undefined;
  const subject = subjectAtStart(ctx, first);
  if (!subject) return undefined;
  // "Kachelmann war „in dubio pro reo“ freizusprechen" -> an auxiliary says nothing of speaking, unless a colon
  // introduces the quote ("Jede Schuld weist Hartmann von sich: „…“" has its own verb anyway)
  const start = sentenceStart(ctx, first);
  const verb = ctx.tokens.slice(start, first).find((t) => t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text));
  if (verb && isAuxiliary(verb.text) && !VOLITION.test(verb.text) && ctx.tokens[first - 1]?.text !== ':') return undefined;
  for (let k = start; k < first; k++) if (ctx.personAt.has(k) && ctx.personAt.get(k) !== subject) return undefined;
  return subject;
}

/**
 * "Mohammed ElBaradei („…“)", "…, und Jens Stoltenberg: „…“" -> the name right before the marks, when
 * it is not the object of a preposition ("sagte über Janukowytsch: „…“").
 */
function nameRightBefore(ctx: QuoteContext, first: number): string | undefined {
  let j = first - 1;
  if (ctx.tokens[j]?.text === '(' || ctx.tokens[j]?.text === ':') j--;
  if (j === first - 1 || ctx.tokens[j]?.sentence !== ctx.tokens[first]?.sentence) return undefined;
  // "Koppelin wörtlich: „…“"
  if (ctx.tokens[j]?.text === 'wörtlich') j--;
  // "Klaus Weber (SPD): „…“" -> back over a party or place in brackets after the name
  if (ctx.tokens[j]?.text === ')' && ctx.tokens[first - 1]?.text === ':') j = beforeBrackets(ctx, j) ?? j;
  // "Erkki Tuomioja, Präsident des Rats der Europäischen Union: „…“" -> back over a title apposition
  if (!ctx.personAt.has(j) && ctx.tokens[first - 1]?.text === ':') j = appositionOwner(ctx, j) ?? j;
  const name = ctx.personAt.get(j);
  if (!name) return undefined;
  let start = j;
  while (ctx.personAt.get(start - 1) === name) start--;
  const prev = ctx.tokens[start - 1];
  const open = !prev || prev.sentence !== ctx.tokens[j]!.sentence || [',', 'und', 'sowie'].includes(prev.text) || startsUpper(prev.text);
  return open && !objectBeforeColon(ctx, start) ? name : undefined;
}

/** Title words an object may have between its verb and its name: "den früheren Minister". */
const MAX_OBJECT_TITLE = 4;

/**
 * "Max Weber kritisierte den Minister Paul Kern: „…“" -> the name before the colon follows a finite verb
 * whose subject, a person, stands right before that verb: the name is its object, not the speaker.
 * @example objectBeforeColon(ctx, indexOf("Paul")) // true
 */
function objectBeforeColon(ctx: QuoteContext, start: number): boolean {
  let v = start - 1;
  while (v >= start - MAX_OBJECT_TITLE && ctx.tokens[v]?.word && titleWord(ctx, ctx.tokens[v]!.text)) v--;
  const verb = ctx.tokens[v];
  if (!verb?.word || v === start || verb.sentence !== ctx.tokens[start]!.sentence || !startsLower(verb.text) || !ctx.lex.verbNumber.has(verb.text)) return false;
  return subjectBefore(ctx, v) !== undefined;
}

/** Tokens a bracket after a name may hold inside its marks: "(SPD)" 1, "(Bündnis 90/Die Grünen)" 5. */
const MAX_BRACKET = 6;

/** From the ")" at `j` back to the token before its "(", when the brackets hold a few words only. */
function beforeBrackets(ctx: QuoteContext, j: number): number | undefined {
  // the "(" may stand MAX_BRACKET tokens before the last inner one (j - 1)
  for (let k = j - 1; k >= j - 1 - MAX_BRACKET && k > 0; k--) {
    const t = ctx.tokens[k]!.text;
    if (t === '(') return k - 1;
    // "„", ":", ";", ",", ")" -> a mark no party name holds: not a short bracket after a name
    if (/[„“"«»:;,()]/.test(t)) return undefined;
  }
  return undefined;
}

/** From the end of "Name, Präsident des Rats …" back to the name's last token, if it is one. */
function appositionOwner(ctx: QuoteContext, j: number): number | undefined {
  for (let k = j; k > j - 12 && k > 0; k--) {
    const t = ctx.tokens[k]!;
    if (t.text === ',') return ctx.personAt.has(k - 1) && ctx.tokens.slice(k + 1, j + 1).some((x) => roleWord(x.text)) ? k - 1 : undefined;
    if (!t.word || (startsLower(t.text) && ctx.lex.verbs.has(t.text))) return undefined;
  }
  return undefined;
}

/** The index of the comma or sentence end that closes the clause going on at `k`. */
function clauseEnd(ctx: QuoteContext, k: number): number {
  const end = sentenceEnd(ctx, k);
  let i = k;
  while (i < end && ctx.tokens[i]!.text !== ',') i++;
  return i;
}

/**
 * A cue right after the quote, without a comma ("„Lüge“ gesprochen habe"), and a comma between the last
 * cue before the quote and the quote: the quote sits in a reported clause whose own verb follows it.
 */
function innerCue(ctx: QuoteContext, first: number, last: number, inside: ReadonlySet<number>): boolean {
  if (!findCues(ctx, last + 1, last + 2, inside).length) return false;
  const start = sentenceStart(ctx, first);
  const cues = findCues(ctx, start, first, inside);
  const cue = cues[cues.length - 1];
  return !!cue && ctx.tokens.slice(cue.last + 1, first).some((t) => t.text === ',');
}

/** "«…», sagte Blinken" / "„…“, so der Chef Ulrich Müller" / "„…“, hatte VW-Chef Winterkorn … erklärt". */
function after(ctx: QuoteContext, last: number, inside: ReadonlySet<number>): string | null | undefined {
  let k = last + 1;
  if (ctx.tokens[k]?.text === ',') k++;
  // "„…“ – das sagte Max Kern" -> a dash and a word pointing back at the quote
  if (DASHES.has(ctx.tokens[k]?.text ?? '') && POINTERS.has(ctx.tokens[k + 1]?.text ?? '')) k += 2;
  const t = ctx.tokens[k];
  if (!t || t.sentence !== ctx.tokens[last]!.sentence || !t.word) return undefined;
  // "„…“, heißt es in einer Erklärung von Max Kern" -> the sayer of the words the phrase names
  if (/^(heißt|hieß)$/.test(t.text) && ctx.tokens[k + 1]?.text === 'es') return speechOwner(ctx, k + 2) ?? null;
  // "„…“, lautete das Fazit von Max Kern"
  if (/^(lautet|lautete)$/.test(t.text)) return speechOwner(ctx, k + 1) ?? null;
  // "…„gelogen“, wie Max Kern berichtete" -> the cue that closes the wie-clause
  if (t.text === 'wie' && ctx.tokens[k - 1]?.text === ',') {
    const cue = findCues(ctx, k + 1, clauseEnd(ctx, k + 1), inside).find((c) => c.kind === 'finite' || c.kind === 'participle');
    return cue ? speakerOfCue(ctx, cue) : undefined;
  }
  const cue = findCues(ctx, k, k + 1, inside)[0];
  if (cue) return speakerOfCue(ctx, cue);
  // auxiliary, speaker, participle: "hatte VW-Chef Winterkorn in einem Interview erklärt"
  const end = sentenceEnd(ctx, k);
  // ("zitiert" is also a finite form: any cue spelt like a participle counts)
  const participle = findCues(ctx, k + 1, end, inside).find((c) => ctx.cues.participles.has(ctx.tokens[c.index]!.text));
  if (participle && ctx.lex.verbs.has(t.text)) {
    // "„…“ wurde Max Kern am Tor begrüßt" -> a passive: Max Kern is spoken to
    if (passive(ctx, participle.index)) return passiveAgent(ctx, participle.index);
    const found = speakerFrom(ctx, k + 1);
    return found.kind === 'person' ? found.name : null;
  }
  // "„…“, ließ Max Kern (über seinen Sprecher) mitteilen" -> "lassen" and a verb of saying closing the sentence
  if (LASSEN.test(t.text) && sayingInfinitive(ctx, end, inside)) {
    const found = speakerFrom(ctx, k + 1);
    return found.kind === 'person' ? found.name : null;
  }
  return undefined;
}

// "ließ", "lässt" -> finite forms of "lassen" that have another verb say what the subject had said
const LASSEN = /^(ließ|ließen|lässt|lassen)$/;
// "verlauten", "ausrichten", "wissen" -> infinitives after "lassen" that report words and are no cue of their own
const LASSEN_SAYING = /^(verlauten|ausrichten|wissen)$/;

/**
 * The sentence ending at `end` closes with an infinitive of saying: a cue word ("mitteilen", "erklären")
 * or one "lassen" makes a verb of saying ("verlauten", "ausrichten", "wissen").
 */
function sayingInfinitive(ctx: QuoteContext, end: number, inside: ReadonlySet<number>): boolean {
  let last = end - 1;
  while (last > 0 && !ctx.tokens[last]!.word) last--;
  const word = ctx.tokens[last]!.text;
  return LASSEN_SAYING.test(word) || (startsLower(word) && findCues(ctx, last, last + 1, inside).some((c) => c.kind === 'finite'));
}

// "–", "—" -> dashes between a quote and what points back at it
const DASHES = new Set(['–', '—', '-']);
// "das", "dies", "so" -> words pointing back at the quote before them
const POINTERS = new Set(['das', 'dies', 'so']);

/**
 * The mention at `k` is an object of the verb ending at `verb`: right after it ("nannte Y"), after a
 * title ("widersprach dem Minister Y") or after "über" ("sagte über Y"); not inside a noun phrase
 * ("an einen Satz von Y").
 */
function objectOf(ctx: QuoteContext, verb: number, k: number): boolean {
  for (let j = verb + 1; j < k; j++) {
    const t = ctx.tokens[j]!;
    if (j === verb + 1 && t.text === 'über') continue;
    if (!(DETERMINERS.has(t.text.toLowerCase()) || roleWord(t.text) || ADJECTIVE.test(t.text))) return false;
  }
  return true;
}

/**
 * The cue at `k` is a form of "nennen" ("nannte", "nennt"): its object is named with the quote, so the
 * quote is the subject's verdict on it, whoever the object mentions.
 */
function naming(ctx: QuoteContext, k: number): boolean {
  return cueOf(ctx.lex, ctx.cues, ctx.tokens[k]!).finite?.some((c) => c.lemma === 'nennen') ?? false;
}

/** "Stoiber hatte … betont: „…“", "Sie sagte: „…“", "Er habe „…“". */
function before(ctx: QuoteContext, first: number, inside: ReadonlySet<number>): string | null | undefined {
  const start = sentenceStart(ctx, first);
  // "Es drohe „…“" -> a verb of saying with "es" as its subject says nothing of a speaker
  const cues = findCues(ctx, start, first, inside).filter((c) => !/^(es|Es)$/.test(ctx.tokens[c.index - 1]?.text ?? '') && ctx.tokens[c.index + 1]?.text !== 'es');
  const cue = cues[cues.length - 1];
  if (cue) {
    // "X wies Berichte der Zeitung Y zurück, er sei „…“" -> the quote is in the claim's content: its owner's
    const owner = claimBefore(ctx, cue, first);
    if (owner !== undefined) return owner;
    const speaker = speakerOfCue(ctx, cue);
    // another person named between the cue and the quote makes it unclear whose words these are
    // (a genitive after a noun is no rival: "bezeichnete die Worte Anelkas als „inakzeptabel“"; nor is the
    // subject of the reported clause: "sagte Merkel, Benedikt XVI. „ist …“", "Nacke zufolge soll Mindermann „…“")
    // ("X nannte Y „…“", "X widersprach Y: „…“", "X sagte über Y: „…“" -> with the subject right before the
    // verb, a person after it is its object)
    // (but not inside a noun phrase: "X erinnerte an einen Satz von Y: „…“" may be Y's words)
    const subjectFirst = cue.kind === 'finite' && subjectBefore(ctx, cue.index) === speaker;
    if (cue.kind === 'finite' || cue.kind === 'participle') {
      let clause = false;
      for (let k = cue.last + 1; speaker && k < first; k++) {
        clause ||= ctx.tokens[k]!.text === ',';
        if (clause || !ctx.personStart.has(k) || ctx.personAt.get(k) === speaker || genitiveAttribute(ctx, k)) continue;
        // ("X bezeichnete die Kritik von Y als „…“" -> a predicate with "als" is the subject's own word)
        // ("X nannte den Vorschlag von Y „…“" -> what "nennen" names the quote is the subject's verdict)
        if (!subjectFirst || !(objectOf(ctx, cue.last, k) || ctx.tokens[first - 1]?.text === 'als' || naming(ctx, cue.index))) return null;
      }
    }
    return speaker;
  }
  return reportedSubject(ctx, start, first);
}

/**
 * The owner of a claim noun that the cue takes as its object, when the quote stands in the clause after
 * the comma that spells out the claim (claim-owner.ts); undefined when there is no such noun.
 */
function claimBefore(ctx: QuoteContext, cue: Cue, first: number): string | null | undefined {
  if (cue.kind !== 'finite' && cue.kind !== 'participle') return undefined;
  let comma = cue.last + 1;
  while (comma < first && ctx.tokens[comma]!.text !== ',') comma++;
  if (comma >= first) return undefined;
  return claimOwner(ctx, cue, comma);
}

/** "Er habe „…“": the subject of reported speech before the quote, when no cue names anybody. */
function reportedSubject(ctx: QuoteContext, start: number, first: number): string | undefined {
  const reported = ctx.tokens.slice(start, first).some((t) => ctx.lex.konjunktiv1.has(t.text));
  return reported ? subjectAtStart(ctx, first) : undefined;
}
