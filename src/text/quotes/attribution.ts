/**
 * Cues in a stretch of tokens and the speaker each one names.
 */
import type { QuoteContext } from './context.ts';
import { cueOf } from './cues.ts';
import { firstNameGender, isNoun, isStopword, RELATIVE_PRONOUNS, startsLower, startsUpper, type Token } from '../lexicon/index.ts';
import { speakerFrom, subjectBefore } from './speaker.ts';
import { demonstrative, demonstrativeAfter } from './demonstrative.ts';
import { speechOwner } from './introduced.ts';
import { subjectAtStart } from './subject.ts';
import { isQuoting, passive, passiveAgent, quotedPerson } from './voice.ts';
import { jointSpeaker, speakersOf } from './types.ts';
import { isAuxiliary } from './auxiliaries.ts';
import { clauseStart, sentenceStart } from './sentence-bounds.ts';
import { isPossessive, possessorBefore } from './possessor.ts';

/** A reporting cue at a token. */
export interface Cue {
  index: number;
  kind: 'finite' | 'participle' | 'zufolge' | 'laut' | 'so' | 'nach';
  /** Last token of the cue (the particle of "kündigte ... an", the noun of "nach Angaben von"). */
  last: number;
}

const MAKE_CLEAR = new Set(['deutlich', 'klar']);
// "er", "Sie", "man" -> personal pronouns as subjects
const SUBJECT_PRONOUNS = new Set(['er', 'Er', 'sie', 'Sie', 'ich', 'Ich', 'wir', 'Wir', 'man', 'Man', 'es', 'Es']);
const OBJECT_PRONOUNS = new Set(['ihn', 'sie', 'es', 'ihm', 'ihr', 'das', 'dies']);
const COORDINATORS = new Set(['und', 'aber', 'sondern', 'doch']);

const SUBORDINATORS = new Set(['zumal', 'weil', 'da', 'nachdem', 'als', 'wenn', 'obwohl', 'dass', 'während', 'bevor', 'seit', 'sobald', 'indem']);
const ARTICLES = new Set(['Der', 'Die', 'Das', 'Ein', 'Eine']);

/**
 * "…, zumal Verteidiger Wolfgang Dingfelder immer wieder betont hatte, …": in a clause opened by a
 * conjunction, the first person named after it is the subject; `undefined` when not in such a clause.
 */
function subordinateSubject(ctx: QuoteContext, k: number): string | undefined {
  const start = clauseStart(ctx, k);
  const conj = ctx.tokens[start];
  if (!conj || !SUBORDINATORS.has(conj.text)) return undefined;
  for (let j = start + 1; j < k; j++) if (ctx.personStart.has(j)) return ctx.personStart.get(j);
  return undefined;
}

/**
 * "…, die Gerhard Schröder … zum Ziel erklärt hatte: „…“", "den Satz, den X gesagt hatte": a cue in a
 * relative clause whose pronoun a person follows right away has that person for its subject;
 * undefined when the cue is in no such clause.
 */
function relativeSubject(ctx: QuoteContext, k: number): string | undefined {
  const start = clauseStart(ctx, k);
  return ctx.tokens[start - 1]?.text === ',' && RELATIVE_PRONOUNS.has(ctx.tokens[start]?.text ?? '') ? ctx.personStart.get(start + 1) : undefined;
}

/** Whether the sentence opens with an article-led noun phrase and no verb before the cue at `k`. */
function nounSubjectBefore(ctx: QuoteContext, k: number): boolean {
  let s = k;
  while (s > 0 && ctx.tokens[s - 1]!.sentence === ctx.tokens[k]!.sentence) s--;
  if (!ARTICLES.has(ctx.tokens[s]?.text ?? '') || ctx.personAt.has(k - 1)) return false;
  for (let j = s; j < k; j++) {
    const t = ctx.tokens[j]!;
    // "Die „Bild“-Zeitung nannte …" -> a short name in marks belongs to the subject
    const name = markedName(ctx, j, k);
    if (name > j) {
      j = name;
      continue;
    }
    if (/[„“"«»:]/.test(t.text) || (t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text))) return false;
  }
  return true;
}

/** Words an unrecognised name opening a sentence may have: "Thaksin", "Lula da Silva". */
const MAX_UNKNOWN_NAME = 3;

/**
 * The sentence opens with one to three capitalised words right before the verb at `k` that are no
 * person the article recognised, no ordinary noun, no function word and no verb: a name nobody
 * resolved ("Thaksin beschuldigte …", "Pérez stellte klar …"), so the verb's subject is unknown.
 * @example unknownNameBefore(ctx, indexOf("beschuldigte")) // true for "Thaksin beschuldigte General Prem, …"
 * @example unknownNameBefore(ctx, indexOf("sagte")) // false for "Gestern sagte Paul Prem …" ("gestern" is a function word)
 */
function unknownNameBefore(ctx: QuoteContext, k: number): boolean {
  const start = sentenceStart(ctx, k);
  if (k - start < 1 || k - start > MAX_UNKNOWN_NAME) return false;
  if (firstNameBefore(ctx, start, k)) return true;
  for (let j = start; j < k; j++) {
    const t = ctx.tokens[j]!;
    const lower = t.text.toLowerCase();
    if (!t.word || !startsUpper(t.text) || ctx.personAt.has(j) || ctx.lex.stopwords.has(lower) || ctx.lex.verbs.has(lower) || isNoun(ctx.lex, t.text) || ctx.orgWords.has(t.text)) return false;
  }
  // ("Gestern sagte X" -> an adverb: a name is capitalised inside sentences too)
  return nameElsewhere(ctx, ctx.tokens[k - 1]!.text, start);
}

/**
 * Tokens `start..k` (exclusive) are a first name and one or two capitalised words that the article did
 * not recognise as a person: a person's name whose surname is also a noun ("Paul Kern sagte über …",
 * "Hans Brenner beschuldigte …"), so the verb at `k` has a person for its subject that nobody resolved.
 * @example firstNameBefore(ctx, 0, indexOf("sagte")) // true for "Paul Kern sagte über Anna Roth: „…“"
 * @example firstNameBefore(ctx, 0, indexOf("sagte")) // false for "Die Polizei sagte …" (no first name)
 */
function firstNameBefore(ctx: QuoteContext, start: number, k: number): boolean {
  if (k - start < 2 || !firstNameGender(ctx.lex, ctx.tokens[start]!.text)) return false;
  for (let j = start; j < k; j++) {
    const t = ctx.tokens[j]!;
    if (!t.word || !startsUpper(t.text) || ctx.personAt.has(j) || (j > start && isStopword(ctx.lex, t.text))) return false;
  }
  return true;
}

/**
 * Whether `word` is written capitalised somewhere in the article other than at the start of a sentence
 * (token `except` left out): a proper name, not a capitalised adverb ("Gestern", "Damals").
 */
function nameElsewhere(ctx: QuoteContext, word: string, except: number): boolean {
  return ctx.tokens.some((t, i) => i !== except && t.text === word && ctx.tokens[i - 1]?.sentence === t.sentence);
}

/** Words a name in quotation marks inside a subject may have: „Bild“, „Le Monde“. */
const MAX_MARKED_NAME = 3;

/**
 * The index of the closing mark when an opening mark at `j` encloses a short name of capitalised
 * words only, joined to a noun by a hyphen („Bild“-Zeitung), before token `end`; `j` otherwise.
 */
function markedName(ctx: QuoteContext, j: number, end: number): number {
  if (!/^[„»"]$/.test(ctx.tokens[j]!.text)) return j;
  for (let c = j + 1; c < Math.min(end, j + 2 + MAX_MARKED_NAME); c++) {
    const t = ctx.tokens[c]!;
    // ("„Bild“-Zeitung": only a name that is part of a compound; "Der „Zeit“ sagte X" is a dative)
    if (/^[“«"]$/.test(t.text)) return c > j + 1 && ctx.tokens[c + 1]?.text.startsWith('-') ? c : j;
    if (!t.word || !startsUpper(t.text)) return j;
  }
  return j;
}

/**
 * "Anna Roth sagte, Paul Lehmann habe ihr gesagt: „…“": a participle cue in a clause after a comma whose
 * first words are a person followed by an auxiliary is that person's; undefined otherwise.
 */
function reportedClauseSubject(ctx: QuoteContext, k: number): string | undefined {
  let i = k - 1;
  while (i >= 0 && ctx.tokens[i]!.sentence === ctx.tokens[k]!.sentence && ctx.tokens[i]!.text !== ',') i--;
  if (ctx.tokens[i]?.text !== ',' || ctx.tokens[i]!.sentence !== ctx.tokens[k]!.sentence) return undefined;
  const name = ctx.personStart.get(i + 1);
  const after = name ? ctx.tokens[ctx.mentionEnd.get(i + 1) ?? i + 2] : undefined;
  return name && after && isAuxiliary(after.text) ? name : undefined;
}

/**
 * For a cue closing a clause that opens with "Wie" ("Wie X mitteilte, …"): the one person named in it,
 * `null` if none or several; `undefined` when the cue is not in such a clause.
 */
function wieClause(ctx: QuoteContext, k: number): string | null | undefined {
  // "X vertritt wie Y die Ansicht, dass …" -> a stance noun closes no wie-clause: "wie Y" compares
  if (startsUpper(ctx.tokens[k]!.text)) return undefined;
  let i = k - 1;
  while (i >= 0 && ctx.tokens[i]!.sentence === ctx.tokens[k]!.sentence && !/^(Wie|wie)$/.test(ctx.tokens[i]!.text) && k - i < 25) i--;
  let end = k + 1;
  while (ctx.tokens[end]?.word && /^(wird|wurde|werde|hat|hatte|habe)$/.test(ctx.tokens[end]!.text)) end++;
  if (!/^(Wie|wie)$/.test(ctx.tokens[i]?.text ?? '') || ![',', '.'].includes(ctx.tokens[end]?.text ?? '')) return undefined;
  const names = new Set<string>();
  for (let j = i + 1; j < k; j++) if (ctx.personAt.has(j)) names.add(ctx.personAt.get(j)!);
  return names.size === 1 ? [...names][0]! : null;
}
const SHOW = new Set(['zeigte', 'zeigten', 'zeigt', 'zeigen', 'gab', 'gaben', 'gibt']);
const STANCES = new Set(['überzeugt', 'zuversichtlich', 'optimistisch', 'besorgt', 'sicher', 'skeptisch', 'zufrieden', 'enttäuscht', 'Meinung', 'Ansicht', 'Auffassung', 'Überzeugung']);

/** "ist überzeugt, dass …", "zuversichtlich, dass …" -> a stance that reports a view. */
function stance(ctx: QuoteContext, i: number): boolean {
  return STANCES.has(ctx.tokens[i]!.text) && ctx.tokens[i + 1]?.text === ',' && ctx.tokens[i + 2]?.text === 'dass';
}
// "nach Angaben von X", "nach Ansicht des X", "nach Worten X'" -> X said
const NACH_NOUNS = new Set(['Angaben', 'Ansicht', 'Meinung', 'Auffassung', 'Einschätzung', 'Worten', 'Aussage', 'Aussagen', 'Darstellung', 'Informationen', 'Überzeugung']);

/**
 * The cues among tokens `from..to` (exclusive), skipping tokens in `skip` (inside quotation marks).
 * A separable verb counts only with its particle later in the sentence ("teilte ... mit").
 * The same cue objects each time a token is asked about (shared: do not modify).
 * @example findCues(ctx, 0, 12, new Set()) // [{ index: 7, kind: "finite", last: 7 }] for ", sagte Blinken"
 */
export function findCues(ctx: QuoteContext, from: number, to: number, skip: ReadonlySet<number>): Cue[] {
  let known = CUES_AT.get(ctx);
  if (!known) CUES_AT.set(ctx, (known = new Array<Cue | null | undefined>(ctx.tokens.length)));
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!;
    if (!t.word || skip.has(i)) continue;
    let cue = known[i];
    if (cue === undefined) known[i] = cue = cueAt(ctx, i);
    if (cue) cues.push(cue);
  }
  return cues;
}

/**
 * Per quote context, the cue each token gives (null: none; a hole: not asked yet): the quote
 * finders ask about the same tokens several times (a sentence, then the clause after a cue), and
 * what a token gives depends on the context alone.
 */
const CUES_AT = new WeakMap<QuoteContext, (Cue | null | undefined)[]>();

/** The cue the word at `i` gives, or null. */
function cueAt(ctx: QuoteContext, i: number): Cue | null {
  const t = ctx.tokens[i]!;
  const w = cueOf(ctx.lex, ctx.cues, t);
  const lower = w.lower;
  const verb = w.lowerStart || t.initial ? w.finite : undefined;
  // ("gab" is "gab … an" only with its particle; without it "gab sich zuversichtlich" is tried below)
  const last = verb
    ? particleEnd(
        ctx,
        i,
        verb.map((v) => v.particle),
      )
    : undefined;
  if (last !== undefined) return { index: i, kind: 'finite', last };
  if (verb && !SHOW.has(lower)) return null;
  if (w.participle || (t.text === 'gemacht' && MAKE_CLEAR.has(ctx.tokens[i - 1]?.text ?? '')) || stance(ctx, i)) {
    // "deutlich gemacht" / "klar gemacht" -> made clear; "überzeugt, dass" -> a stance: participle-like cues
    return { index: i, kind: 'participle', last: i };
  }
  // "zeigte sich optimistisch, dass …" / "gab sich zuversichtlich"
  if (SHOW.has(lower) && ctx.tokens[i + 1]?.text === 'sich') return { index: i, kind: 'finite', last: i + 1 };
  if (lower === 'zufolge') return { index: i, kind: 'zufolge', last: i };
  if (lower === 'laut') return { index: i, kind: 'laut', last: i };
  if (lower === 'so' && ctx.tokens[i - 1]?.text === ',') return { index: i, kind: 'so', last: i };
  if (lower === 'nach' && (NACH_NOUNS.has(ctx.tokens[i + 1]?.text ?? '') || NACH_NOUNS.has(ctx.tokens[i + 2]?.text ?? ''))) {
    // "nach Angaben von X", "Nach den Worten der Sprecherin …, Gisela Piltz,"
    const noun = NACH_NOUNS.has(ctx.tokens[i + 1]!.text) ? i + 1 : i + 2;
    const of = ['von', 'des', 'der'].includes(ctx.tokens[noun + 1]?.text ?? '') && !ctx.personStart.has(noun + 1) ? noun + 1 : noun;
    return { index: i, kind: 'nach', last: of };
  }
  if (lower === 'nach' && NACH_NOUNS.has(ctx.tokens[i - 1]?.text ?? '') && isPossessive(ctx, i - 2) && ctx.tokens[i - 2]!.sentence === t.sentence) {
    // "Seiner Meinung nach …" -> the cue spans the possessive, the noun and "nach"
    return { index: i - 2, kind: 'nach', last: i };
  }
  return null;
}

/** For "kündigte ... an": the particle's index; for plain verbs the verb's own; undefined if missing. */
function particleEnd(ctx: QuoteContext, i: number, particles: Array<string | undefined>): number | undefined {
  if (particles.some((p) => p === undefined)) return i;
  const sentence = ctx.tokens[i]!.sentence;
  for (let j = i + 1; ctx.tokens[j]?.sentence === sentence; j++) {
    const t = ctx.tokens[j]!;
    if (particles.includes(t.text) && (!ctx.tokens[j + 1]?.word || ctx.tokens[j + 1]!.text === 'dass')) return j;
  }
  return undefined;
}

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
