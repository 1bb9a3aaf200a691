/**
 * A direct quote with no speaker in its own sentence takes the person the text was just speaking of:
 * "Die Ministerin Anna Beispiel warnte vor Panik. Die Lage sei „ernst, aber beherrschbar“." or
 * "Max Muster lehnte den Plan ab. Seine Begründung: „…“". Only when that is unambiguous: the
 * sentence before (same paragraph) names exactly one person, and the quote's sentence names nobody
 * and is either the quote alone (a short introduction with a colon allowed) or reported speech
 * (a Konjunktiv I verb: "Es drohe „…“").
 */
import type { QuoteContext } from './context.ts';
import type { FoundQuote } from './types.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';
import { findCues } from './find-cues.ts';
import { speakerOfCue } from './attribution.ts';
import { subjectBefore } from './speaker.ts';
import { titleWord } from './phrase-words.ts';

/** Words an introduction before a colon may have: "Seine Begründung:", "Und:", "Ihr Fazit:". */
const MAX_INTRO_WORDS = 4;

/**
 * The one person named in the sentence before the quote's, when the quote's sentence continues
 * speaking of them; undefined otherwise.
 * Names in `quoted` (tokens inside quotes) do not count.
 * @example previousSpeaker(ctx, quote) // "Anna Beispiel" for "Anna Beispiel warnte. Die Lage sei „ernst“."
 */
export function previousSpeaker(ctx: QuoteContext, q: FoundQuote, quoted: ReadonlySet<number> = new Set()): string | undefined {
  const start = sentenceStart(ctx, q.firstToken);
  const end = sentenceEnd(ctx, q.firstToken);
  if (start === 0) return undefined;
  // "Obwohl Steinbrück … rechnet, sei man von einer „…“ entfernt" -> the quote's sentence may name the
  // person of the sentence before again, in reported speech, but nobody else
  const own = new Set<string>();
  for (let k = start; k < end; k++) if (ctx.personAt.has(k) && !quoted.has(k)) own.add(ctx.personAt.get(k)!);
  if (own.size > 1 || (own.size === 1 && !reported(ctx, q, start, end))) return undefined;
  if (own.size === 0 && !standalone(ctx, q, start, end) && !reported(ctx, q, start, end)) return undefined;
  const prevStart = sentenceStart(ctx, start - 1);
  // "Paul Lehmann wurde festgenommen. „…“" -> the subject of a passive is acted on, not the one who speaks next;
  // "Paul Lehmann starb am Montag. „Wir trauern …“" -> nor does the dead
  if (passiveSentence(ctx, prevStart, start) || ctx.tokens.slice(prevStart, start).some((t) => DEATH.test(t.text))) return undefined;
  // (a paragraph break ends what the text was speaking of)
  if (ctx.body.slice(ctx.tokens[start - 1]!.end, ctx.tokens[start]!.start).includes('\n')) return undefined;
  const named = new Set<string>();
  let first = -1;
  let speaking: string | undefined;
  for (let k = prevStart; k < start; k++) {
    const name = ctx.personAt.get(k);
    if (!name || quoted.has(k)) continue;
    if (first < 0) {
      first = k;
      speaking = speakingSubject(ctx, k, start);
    }
    named.add(name);
    // "Anna Roth kritisierte Paul Lehmann scharf. „…“" -> the subject of a verb of saying speaks; the
    // people after the verb are its objects
    if (named.size > 1 && !speaking) return undefined;
  }
  if (speaking && opensSentence(ctx, prevStart, first)) return own.size === 0 || own.has(speaking) ? speaking : undefined;
  const name = named.size === 1 && (opensSentence(ctx, prevStart, first) || afterVerb(ctx, first)) ? [...named][0] : undefined;
  // "Paul Lehmann starb am Montag. „Er war ein großer Mensch.“" -> words about the person, by somebody else
  if (name && aboutThem(ctx, q, name)) return undefined;
  // "Paul Lehmann sei festgenommen worden, teilte die Polizei mit. „…“" -> the sentence before reports what
  // somebody else said about the person: the words may go on being theirs
  if (name && reportedByAnother(ctx, prevStart, start, name, quoted)) return undefined;
  return own.size === 0 || (name !== undefined && own.has(name)) ? name : undefined;
}

// "er", "ihn", "seine" / "sie", "ihr", "ihre" -> third-person pronouns of either gender
const HE = /^(er|ihn|ihm|sein|seine|seinen|seinem|seiner|seines)$/i;
const SHE = /^(sie|ihr|ihre|ihren|ihrem|ihrer|ihres)$/i;
// "ich", "wir", "mein", "uns" -> the speaker's own pronouns
const FIRST_PERSON = /^(ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|unserem|unserer)$/i;

/**
 * The quote speaks of the person in the third person (a pronoun of their gender) and never in the
 * first: it is about them, not by them.
 */
function aboutThem(ctx: QuoteContext, q: FoundQuote, name: string): boolean {
  const gender = ctx.genders.get(name);
  const third = gender === 'male' ? HE : gender === 'female' ? SHE : undefined;
  if (!third) return false;
  const words = ctx.tokens.slice(q.firstToken + 1, q.lastToken).map((t) => t.text);
  return words.some((w) => third.test(w)) && !words.some((w) => FIRST_PERSON.test(w));
}

/**
 * The person whose mention starts at token `k` when a cue verb follows the mention right away and names
 * them as its subject ("Anna Roth kritisierte …"); undefined otherwise.
 */
function speakingSubject(ctx: QuoteContext, k: number, end: number): string | undefined {
  const after = ctx.mentionEnd.get(k) ?? k + 1;
  if (after >= end) return undefined;
  const cue = findCues(ctx, after, after + 1, new Set())[0];
  return cue?.kind === 'finite' && subjectBefore(ctx, cue.index) === ctx.personStart.get(k) ? ctx.personStart.get(k) : undefined;
}

/**
 * A cue in tokens `start..end` (outside quotes) names somebody other than `name` as its speaker, or
 * nobody the article knows ("teilte die Polizei mit", "sagte ein Sprecher").
 * @example reportedByAnother(ctx, 0, 9, "Paul Lehmann", new Set()) // true for "Paul Lehmann wurde gefasst, teilte die Polizei mit."
 */
function reportedByAnother(ctx: QuoteContext, start: number, end: number, name: string, quoted: ReadonlySet<number>): boolean {
  return findCues(ctx, start, end, quoted).some((c) => (c.kind === 'finite' || c.kind === 'participle') && speakerOfCue(ctx, c) !== name);
}

// "starb", "verstorben", "erlag" -> a sentence reporting a death
const DEATH = /^(starb|starben|verstarb|verstarben|gestorben|verstorben|erlag|erlagen)$/;
// "wurde", "wird", "worden" -> forms of "werden", the passive auxiliary
const WERDEN = /^(wird|werden|wurde|wurden|worden)$/;
// "festgenommen", "gewählt", "verhaftet", "informiert" -> a past participle (with or without "ge")
const PARTICIPLE = /^\p{Ll}*ge\p{Ll}{2,}(t|en)$|^(be|ver|er|ent|zer|über|unter)\p{Ll}+t$|^\p{Ll}+iert$/u;

/**
 * A sentence in the passive: a form of "werden" and a past participle as its last word ("Paul Lehmann
 * wurde am Montag festgenommen.").
 */
function passiveSentence(ctx: QuoteContext, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && !ctx.tokens[last]!.word) last--;
  const words = ctx.tokens.slice(start, last);
  return words.some((t) => WERDEN.test(t.text)) && (PARTICIPLE.test(ctx.tokens[last]!.text) || ctx.cues.participles.has(ctx.tokens[last]!.text));
}

// "Die", "der", "frühere", "Ministerin", "US-Außenminister" -> words of a title phrase before a name
const ARTICLE_OR_ADJECTIVE = /^(der|die|das|des|ein|eine|auch|\p{Ll}+(e|en|er|es))$/u;
/** Tokens a title phrase before the subject may take: "Der ältere Bruder des Papstes, Georg Ratzinger". */
const MAX_TITLE_TOKENS = 8;

/**
 * The person is the sentence's subject, as far as the position tells: named at its start, after at
 * most a title phrase ("Die Ministerin Anna Beispiel warnte …"), not after a preposition or verb
 * ("Nach der Prüfung sei er …", "zum Rücktritt Hartmanns").
 */
function opensSentence(ctx: QuoteContext, start: number, mention: number): boolean {
  if (titleApposition(ctx, start, mention)) return true;
  if (mention - start > MAX_TITLE_TOKENS) return false;
  for (let k = start; k < mention; k++) {
    const t = ctx.tokens[k]!;
    if (!t.word) continue;
    if (/^\p{Lu}/u.test(t.text) ? k > start && ctx.lex.stopwords.has(t.text.toLowerCase()) : !ARTICLE_OR_ADJECTIVE.test(t.text) || ctx.lex.verbs.has(t.text)) return false;
  }
  return true;
}

/** Tokens a title phrase closed by the comma of an apposition may take. */
const MAX_APPOSITION_TOKENS = 14;

/**
 * "Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte …": an article, a title
 * phrase without a verb, a comma, then the person.
 */
function titleApposition(ctx: QuoteContext, start: number, mention: number): boolean {
  if (mention - start > MAX_APPOSITION_TOKENS || ctx.tokens[mention - 1]?.text !== ',' || !/^(Der|Die|Das)$/.test(ctx.tokens[start]?.text ?? '')) return false;
  return ctx.tokens.slice(start, mention - 1).every((t) => !/[„“"«»:;]/.test(t.text) && !(t.word && /^\p{Ll}/u.test(t.text) && ctx.lex.verbs.has(t.text) && !ctx.lex.stopwords.has(t.text)));
}

/** Title words that may stand between the finite verb and the subject: "musste Bundesfinanzminister X". */
const MAX_TITLE_AFTER_VERB = 3;

/**
 * The person follows the finite verb, so is its subject: "Um Zeit zu gewinnen, will Oettinger …",
 * "Am Freitag sagte Müller …", "Das musste Bundesfinanzminister Peer Steinbrück einräumen" (past
 * title words only: "der", "frühere", "Bundesfinanzminister").
 */
function afterVerb(ctx: QuoteContext, mention: number): boolean {
  let j = mention - 1;
  while (j >= mention - MAX_TITLE_AFTER_VERB && titleWord(ctx, ctx.tokens[j]?.text ?? '')) j--;
  const prev = ctx.tokens[j];
  if (!prev?.word || prev.sentence !== ctx.tokens[mention]!.sentence || !/^\p{Ll}/u.test(prev.text) || !ctx.lex.verbs.has(prev.text) || !ctx.lex.verbNumber.has(prev.text)) return false;
  // "Die Polizei nahm Klaus Weber fest" -> a noun phrase with an article before the verb is its subject,
  // so the person after the verb is an object ("Das musste X einräumen": "Das" alone is no noun phrase)
  const start = sentenceStart(ctx, j);
  return !(NOMINATIVE_ARTICLE.test(ctx.tokens[start]!.text) && ctx.tokens.slice(start + 1, j).some((t) => t.word && /^\p{Lu}/u.test(t.text)));
}

// "Die", "Der", "Ein" -> articles that may open a subject noun phrase
const NOMINATIVE_ARTICLE = /^(Der|Die|Das|Ein|Eine)$/;

// "Seiner Ansicht nach „…“" -> the view of the man just spoken of ("Ihrer" may be a group's: possessor.ts decides who)
const VIEW_OF = /^Seiner (Ansicht|Meinung|Auffassung|Einschätzung|Überzeugung) nach$/;

/** The quote fills its sentence, or follows a short introduction ending in a colon ("Seine Begründung:"). */
function standalone(ctx: QuoteContext, q: FoundQuote, start: number, end: number): boolean {
  const after = ctx.tokens.slice(q.lastToken + 1, end);
  if (after.some((t) => t.word)) return false;
  if (q.firstToken === start) return true;
  const before = ctx.tokens.slice(start, q.firstToken);
  const words = before.filter((t) => t.word);
  // "Seine Begründung: „…“" -> a noun phrase without a verb, closed by the colon
  return before[before.length - 1]?.text === ':' && words.length <= MAX_INTRO_WORDS && !words.some((t) => ctx.lex.verbs.has(t.text) && !/^\p{Lu}/u.test(t.text)) && !namesAnother(words.map((t) => t.text));
}

// "Seine", "Ihr", "Dessen" -> possessives: the words that follow are the person's own
const POSSESSIVE = /^(sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|dessen|deren)$/i;
// "Begründung", "Fazit", "Antwort", "Kommentar" -> nouns for what somebody said
const WORDS_NOUN =
  /^(Antwort|Begründung|Fazit|Kommentar|Worte|Reaktion|Botschaft|Forderung|Urteil|Bilanz|Motto|Devise|Prognose|Einschätzung|Kritik|Warnung|Appell|Erklärung|Versprechen|Rat|Frage|Aussage|Credo|Argument|Vorwurf|Entgegnung|Replik|Meinung|Ansicht|Position|Resümee|Wunsch|Hoffnung|Sorge|Mahnung|Bitte|Empfehlung|Vorschlag|Diagnose|Analyse|Schlussfolgerung|Erkenntnis|Eingeständnis|Bekenntnis|Dementi|Stellungnahme|Ankündigung|Drohung|Vermutung|Tenor|Begrüßung|Zusage|Absage)$/;

/**
 * A colon introduction names somebody else when it holds a noun that is not a noun for the words
 * ("Die Opposition hingegen:", "Darauf die Gewerkschaft:", "Der Verband:"), unless a possessive
 * ties the noun to the person before ("Seine Begründung:", "Ihr Kollege:" is left to the names).
 * @example namesAnother(["Die", "Opposition", "hingegen"]) // true
 * @example namesAnother(["Seine", "Begründung"]) // false
 */
function namesAnother(words: readonly string[]): boolean {
  if (words.some((w) => POSSESSIVE.test(w))) return false;
  return words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !INTRO_WORDS.test(w) && !WORDS_NOUN.test(w));
}

// "Und:", "Darauf die …", "Kurz:" -> words an introduction may open with, capitalised as its first word
const INTRO_WORDS = /^(Und|Dazu|Darauf|Daraufhin|Auch|Weiter|Außerdem|Zudem|Kurz|Knapp|Später|Dann|Die|Der|Das|Sein|Seine|Ihr|Ihre)$/;

/** Reported speech outside the quote: "Es drohe „…“", "Hier seien die Mittel „völlig unrealistisch“"; not a single word. */
function reported(ctx: QuoteContext, q: FoundQuote, start: number, end: number): boolean {
  if (q.text.trim().split(/\s+/).length < 2) return false;
  if (
    q.firstToken - start === 3 &&
    VIEW_OF.test(
      ctx.tokens
        .slice(start, start + 3)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return true;
  for (let k = start; k < end; k++) {
    if (k >= q.firstToken && k <= q.lastToken) continue;
    if (ctx.lex.konjunktiv1.has(ctx.tokens[k]!.text)) return true;
  }
  return false;
}
