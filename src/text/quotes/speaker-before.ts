/**
 * The speaker named before a direct quote: the name right before the marks ("Mohammed ElBaradei („…“)",
 * "Klaus Weber (SPD): „…“") or the cue before it in the sentence ("Stoiber hatte … betont: „…“", "Er
 * habe „…“"); direct.ts weighs it against the cue after.
 */
import { type Cue, findCues } from './find-cues.ts';
import { speakerOfCue } from './attribution.ts';
import { claimOwner } from './claim-owner.ts';
import { cueOf } from './cues.ts';
import type { QuoteContext } from './context.ts';
import { genitiveAttribute, subjectBefore } from './speaker.ts';
import { subjectAtStart } from './subject.ts';
import { roleWord, startsLower, startsUpper } from '../lexicon/index.ts';
import { sentenceStart } from './sentence-bounds.ts';
import { ADJECTIVE, DETERMINERS, titleWord } from './phrase-words.ts';

/**
 * "Mohammed ElBaradei („…“)", "…, und Jens Stoltenberg: „…“" -> the name right before the marks, when
 * it is not the object of a preposition ("sagte über Janukowytsch: „…“").
 */
export function nameRightBefore(ctx: QuoteContext, first: number): string | undefined {
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
export function before(ctx: QuoteContext, first: number, inside: ReadonlySet<number>): string | null | undefined {
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
export function reportedSubject(ctx: QuoteContext, start: number, first: number): string | undefined {
  const reported = ctx.tokens.slice(start, first).some((t) => ctx.lex.konjunktiv1.has(t.text));
  return reported ? subjectAtStart(ctx, first) : undefined;
}
