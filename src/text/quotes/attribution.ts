/**
 * The speaker each reporting cue names (the cues themselves: find-cues.ts; clues to a subject away
 * from the cue: cue-subject.ts).
 */
import type { QuoteContext } from './context.ts';
import { cueOf } from './cues.ts';
import { type Cue, findCues } from './find-cues.ts';
import { nounSubjectBefore, relativeSubject, reportedClauseSubject, subordinateSubject, unknownNameBefore, wieClause } from './cue-subject.ts';
import { startsLower, type Token } from '../lexicon/index.ts';
import { speakerFrom, subjectBefore } from './speaker.ts';
import { demonstrative, demonstrativeAfter } from './demonstrative.ts';
import { speechOwner } from './introduced.ts';
import { subjectAtStart } from './subject.ts';
import { isQuoting, passive, passiveAgent, quotedPerson } from './voice.ts';
import { jointSpeaker, speakersOf } from './types.ts';
import { isAuxiliary } from './auxiliaries.ts';
import { clauseStart } from './sentence-bounds.ts';
import { isPossessive, possessorBefore } from './possessor.ts';

// "er", "Sie", "man" -> personal pronouns as subjects
const SUBJECT_PRONOUNS = new Set(['er', 'Er', 'sie', 'Sie', 'ich', 'Ich', 'wir', 'Wir', 'man', 'Man', 'es', 'Es']);
const OBJECT_PRONOUNS = new Set(['ihn', 'sie', 'es', 'ihm', 'ihr', 'das', 'dies']);
const COORDINATORS = new Set(['und', 'aber', 'sondern', 'doch']);

/**
 * The person a cue attributes speech to, `null` when it names somebody else or nobody recognisable.
 * Subject-first ("Blinken nannte") wins over inversion ("sagte Blinken"); "X zufolge", "laut X",
 * ", so X" and "nach Angaben von X" name X.
 * @example speakerOfCue(ctx, cue) // "Antony Blinken"
 */
export function speakerOfCue(ctx: QuoteContext, cue: Cue): string | null {
  const speaker = cueSpeaker(ctx, cue);
  // "Kritiker werfen Obama vor, …", "Stimmen, die dem Kardinal X vorwerfen, …" -> a verb in the plural
  // has no single person for its subject: that person is an object (two people joined by "und" agree)
  // (but "„…“, sagten Anna Roth und Paul Kern" names both, and "zitierten Zeitungen X" names its object)
  if (speaker && cue.kind === 'finite' && speakersOf(speaker).length === 1 && pluralVerb(ctx, cue.index) && !isQuoting(ctx, cue.index)) return pairAfter(ctx, cue.index, speaker) ?? null;
  // "Einige Politiker haben dem Minister X geschrieben, dass …" -> so does a plural auxiliary of a participle cue
  if (speaker && cue.kind === 'participle' && speakersOf(speaker).length === 1 && pluralAuxiliary(ctx, cue.index)) return pairAfter(ctx, cue.index, speaker) ?? null;
  return speaker;
}

/**
 * The participle at `k` has a plural auxiliary for its finite verb: the last auxiliary before it in its
 * clause is a plural form ("haben … geschrieben", "hatten … erklärt"; "soll … gesagt haben" is singular).
 */
function pluralAuxiliary(ctx: QuoteContext, k: number): boolean {
  for (let i = k - 1, start = clauseStart(ctx, k); i >= start; i--) {
    const t = ctx.tokens[i]!;
    if (t.word && startsLower(t.text) && isAuxiliary(t.text)) return ctx.lex.verbNumber.get(t.text) === 'pl';
  }
  return false;
}

/**
 * The grammatical number of a finite cue form; a separable verb joined with its particle in a
 * subordinate clause ("…, die ihm vorwerfen") takes the number of the form without it ("werfen").
 */
function numberOf(ctx: QuoteContext, t: Token): 'sg' | 'pl' | undefined {
  const own = ctx.lex.verbNumber.get(t.text);
  if (own) return own;
  const lemmas = cueOf(ctx.lex, ctx.cues, t).finite ?? [];
  for (let cut = 2; cut <= 6 && cut < t.text.length - 2; cut++) {
    const particle = t.text.slice(0, cut);
    if (lemmas.some((v) => v.lemma.startsWith(particle))) {
      const rest = ctx.lex.verbNumber.get(t.text.slice(cut));
      if (rest) return rest;
    }
  }
  return undefined;
}

// "zitierte", "zitiert" -> finite forms of "zitieren"
const ZITIEREN = /^zitier(t|te|ten|en)$/;

/** "zitierte (den Minister) Paul Lehmann": the person right after the verb, past title words only. */
function objectPerson(ctx: QuoteContext, k: number): string | undefined {
  for (let i = k + 1; i < k + 5 && ctx.tokens[i]?.sentence === ctx.tokens[k]!.sentence; i++) {
    const name = ctx.personStart.get(i);
    if (name) return name;
    const t = ctx.tokens[i]!;
    if (!t.word || (startsLower(t.text) && !/^(der|die|den|dem|des)$/.test(t.text))) return undefined;
  }
  return undefined;
}

/** Tokens between a cue and the first of two people named after it. */
const MAX_PAIR_REACH = 8;

/**
 * "sagten Anna Roth und Paul Kern": the two people joined by "und"/"sowie" after the cue, the first of
 * them `first`, as one joint speaker; `first` alone when somebody unnamed is the second ("sagten Anna
 * Roth und ihr Anwalt"); undefined when nothing is joined to `first`.
 */
function pairAfter(ctx: QuoteContext, k: number, first: string): string | undefined {
  for (let i = k + 1; i < k + MAX_PAIR_REACH && ctx.tokens[i]?.sentence === ctx.tokens[k]!.sentence; i++) {
    if (ctx.personStart.get(i) !== first) continue;
    const end = ctx.mentionEnd.get(i) ?? i + 1;
    if (!/^(und|sowie)$/.test(ctx.tokens[end]?.text ?? '')) return undefined;
    // "sagten Anna Roth und ihr Anwalt" -> she is one of those who spoke
    const second = ctx.personStart.get(end + 1);
    return second && second !== first ? jointSpeaker(first, second) : first;
  }
  return undefined;
}

/**
 * The cue at `k` is a finite verb in the plural: a plural form with no singular finite verb before it
 * in its clause ("musste er betonen" has an infinitive, not a plural).
 */
function pluralVerb(ctx: QuoteContext, k: number): boolean {
  if (numberOf(ctx, ctx.tokens[k]!) !== 'pl') return false;
  for (let i = k - 1, start = clauseStart(ctx, k); i >= start; i--) {
    const t = ctx.tokens[i]!;
    if (t.word && startsLower(t.text) && (ctx.lex.verbNumber.get(t.text) === 'sg' || isAuxiliary(t.text))) return false;
  }
  return true;
}

/** Tokens a first conjunct may take between its cue and the coordinator: ", sagte Anna Roth am Montag und". */
const MAX_CONJUNCT = 8;

/**
 * "„…“, sagte Anna Roth (am Montag) und fügte hinzu: „…“": for the coordinator at `k`, the person right
 * after the finite cue of the conjunct before, when that conjunct names nobody else and has no comma,
 * no other verb and no quotation mark; undefined otherwise.
 * @example conjunctCueSpeaker(ctx, indexOf("und")) // "Anna Roth"
 */
function conjunctCueSpeaker(ctx: QuoteContext, k: number): string | undefined {
  for (let j = k - 1; j >= k - MAX_CONJUNCT && ctx.tokens[j]?.sentence === ctx.tokens[k]!.sentence; j--) {
    const t = ctx.tokens[j]!;
    if (!t.word) return undefined;
    const cue = findCues(ctx, j, j + 1, new Set())[0];
    if (cue?.kind === 'finite') {
      const found = speakerFrom(ctx, j + 1);
      if (found.kind !== 'person') return undefined;
      // ("sagte Anna Roth über Paul Kern und fügte hinzu" -> another person in the conjunct: unclear)
      for (let m = j + 1; m < k; m++) if (ctx.personAt.has(m) && ctx.personAt.get(m) !== found.name) return undefined;
      return found.name;
    }
    if (startsLower(t.text) && ctx.lex.verbs.has(t.text) && !ctx.personAt.has(j)) return undefined;
  }
  return undefined;
}

function cueSpeaker(ctx: QuoteContext, cue: Cue): string | null {
  const person = (f: ReturnType<typeof speakerFrom>) => (f.kind === 'person' ? f.name : null);
  switch (cue.kind) {
    case 'finite': {
      // ("begrüßt" is finite and a participle: "X wurde mit den Worten „…“ begrüßt" is a passive)
      if (ctx.cues.participles.has(ctx.tokens[cue.index]!.text) && passive(ctx, cue.index)) return passiveAgent(ctx, cue.index);
      const relative = relativeSubject(ctx, cue.index);
      if (relative) return relative;
      // "Zum Messer, mit … X, wies das Gericht darauf hin" -> after a comma, a noun phrase right after the
      // verb is its subject: the name before the comma ends a fronted phrase
      const fronted = ctx.tokens[cue.index - 1]?.text === ',' && speakerFrom(ctx, cue.index + 1).kind !== 'none';
      const before = fronted ? undefined : (subjectBefore(ctx, cue.index) ?? demonstrative(ctx, cue.index - 1));
      // "Anna Roth zitierte Paul Lehmann: „…“" -> the subject quotes; the one quoted is the object, if any
      if (before && ZITIEREN.test(ctx.tokens[cue.index]!.text)) return objectPerson(ctx, cue.index) ?? null;
      if (before) return before;
      // "„…“, zitierte man X", "„…“, zitiert die „Computerwoche“ Lynch" -> the one quoted is the object
      const quoted = quotedPerson(ctx, cue.index);
      if (quoted !== undefined) return quoted;
      // "Sie warf dem Minister Max Kern vor, …", "„…“, sagte er" -> a pronoun the article could not tie to a
      // person is the subject: what follows the verb is an object, and nobody is named
      if (SUBJECT_PRONOUNS.has(ctx.tokens[cue.index - 1]?.text ?? '') || (SUBJECT_PRONOUNS.has(ctx.tokens[cue.index + 1]?.text ?? '') && !ctx.personAt.has(cue.index + 1))) return null;
      // "Er halte … für vertretbar und bezeichnete …" -> the subject of the first conjunct
      // ("„…“, sagte X und fügte hinzu: „…“" -> the speaker of the cue the first conjunct ends with)
      if (COORDINATORS.has(ctx.tokens[cue.index - 1]?.text ?? '')) return subjectAtStart(ctx, cue.index) ?? conjunctCueSpeaker(ctx, cue.index - 1) ?? null;
      // "Wie der Bevollmächtigte …, Gerald Braun, in Luxemburg mitteilte, …" -> the person of the wie-clause
      const wie = wieClause(ctx, cue.index);
      if (wie !== undefined) return wie;
      // "Die Königin … bat Premierminister Key, …" -> a subject stands before the verb, so what follows is an object
      // ("Die das Unglück überlebende Alice Kakamara, 30, beschrieb …" -> unless that subject is a person)
      // (only a subject opening the sentence: in "Die Nachricht bestätigte Max Muster" he is the object)
      if (nounSubjectBefore(ctx, cue.index)) return subjectAtStart(ctx, cue.index, false, false) ?? null;
      // "Im Gespräch mit dem Sprecher – Holger Brandt – erklärte dieser, …" -> the person named last before
      const latter = demonstrativeAfter(ctx, cue.index);
      if (latter) return latter;
      // "Thaksin beschuldigte General Prem, …" -> a name the article did not recognise opens the sentence
      // right before the verb: it is the subject, the person after the verb an object
      if (unknownNameBefore(ctx, cue.index)) return null;
      const after = speakerFrom(ctx, cue.index + 1);
      // "Miroslav Klose, der …, nannte seinen Platzverweis …" -> what follows is the object, the subject opens the sentence
      if (after.kind === 'other') return subjectAtStart(ctx, cue.index) ?? null;
      if (after.kind !== 'none') return person(after);
      return subordinateSubject(ctx, cue.index) ?? subjectAtStart(ctx, cue.index, true) ?? null;
    }
    case 'participle': {
      // "wie Hoyzer von Spiegel-Online zitiert wird"
      const wie = wieClause(ctx, cue.index);
      if (wie !== undefined) return wie;
      // "X wurde von Y mit den Worten „…“ begrüßt" -> a passive: the subject is spoken to, not speaking;
      // the agent after "von" speaks
      if (passive(ctx, cue.index)) return passiveAgent(ctx, cue.index);
      return subordinateSubject(ctx, cue.index) ?? relativeSubject(ctx, cue.index) ?? reportedClauseSubject(ctx, cue.index) ?? subjectAtStart(ctx, cue.index) ?? null;
    }
    case 'zufolge':
      return subjectBefore(ctx, cue.index) ?? null;
    case 'so': {
      // "„…“, so charakterisierte ihn der Funktionär Bernard Aubin" -> past the verb and its pronoun object
      let k = cue.last + 1;
      const t = ctx.tokens[k];
      if (t?.word && startsLower(t.text) && ctx.lex.verbs.has(t.text) && !ctx.lex.stopwords.has(t.text)) k += OBJECT_PRONOUNS.has(ctx.tokens[k + 1]?.text ?? '') ? 2 : 1;
      // "„…“, so die Einschätzung von X" -> the sayer of the words the noun names
      return person(speakerFrom(ctx, k)) ?? speechOwner(ctx, k) ?? null;
    }
    case 'nach': {
      // "Nach seiner Meinung …", "Seiner Meinung nach …" -> the person the sentence before spoke of
      if (isPossessive(ctx, cue.index) || isPossessive(ctx, cue.index + 1)) return possessorBefore(ctx, isPossessive(ctx, cue.index) ? cue.index : cue.index + 1);
      // "Nach Grupps Meinung" -> the name in the genitive before the noun
      const genitive = cue.last === cue.index + 2 ? ctx.personStart.get(cue.index + 1) : undefined;
      if (genitive) return genitive;
      return person(speakerFrom(ctx, cue.last + 1));
    }
    case 'laut':
      return person(speakerFrom(ctx, cue.last + 1));
  }
}
