/**
 * Cues in a stretch of tokens and the speaker each one names.
 */
import type { QuoteContext } from './context.ts';
import { cueOf } from './cues.ts';
import { startsLower } from '../lexicon/index.ts';
import { speakerFrom, subjectAtStart, subjectBefore } from './speaker.ts';

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
  let i = k - 1;
  while (i >= 0 && ctx.tokens[i]!.sentence === ctx.tokens[k]!.sentence && ![',', ':', ';'].includes(ctx.tokens[i]!.text)) i--;
  const conj = ctx.tokens[i + 1];
  if (!conj || !SUBORDINATORS.has(conj.text)) return undefined;
  for (let j = i + 2; j < k; j++) if (ctx.personStart.has(j)) return ctx.personStart.get(j);
  return undefined;
}

/** Whether the sentence opens with an article-led noun phrase and no verb before the cue at `k`. */
function nounSubjectBefore(ctx: QuoteContext, k: number): boolean {
  let s = k;
  while (s > 0 && ctx.tokens[s - 1]!.sentence === ctx.tokens[k]!.sentence) s--;
  if (!ARTICLES.has(ctx.tokens[s]?.text ?? '') || ctx.personAt.has(k - 1)) return false;
  for (let j = s; j < k; j++) {
    const t = ctx.tokens[j]!;
    if (/[„“"«»:]/.test(t.text) || (t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text))) return false;
  }
  return true;
}

/**
 * For a cue closing a clause that opens with "Wie" ("Wie X mitteilte, …"): the one person named in it,
 * `null` if none or several; `undefined` when the cue is not in such a clause.
 */
function wieClause(ctx: QuoteContext, k: number): string | null | undefined {
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
 * @example findCues(ctx, 0, 12, new Set()) // [{ index: 7, kind: "finite", last: 7 }] for ", sagte Blinken"
 */
export function findCues(ctx: QuoteContext, from: number, to: number, skip: ReadonlySet<number>): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!;
    if (!t.word || skip.has(i)) continue;
    const w = cueOf(ctx.lex, ctx.cues, t);
    const lower = w.lower;
    const verb = w.lowerStart || t.initial ? w.finite : undefined;
    if (verb) {
      const last = particleEnd(
        ctx,
        i,
        verb.map((v) => v.particle),
      );
      if (last !== undefined) cues.push({ index: i, kind: 'finite', last });
    } else if (w.participle || (t.text === 'gemacht' && MAKE_CLEAR.has(ctx.tokens[i - 1]?.text ?? '')) || stance(ctx, i)) {
      // "deutlich gemacht" / "klar gemacht" -> made clear; "überzeugt, dass" -> a stance: participle-like cues
      cues.push({ index: i, kind: 'participle', last: i });
    } else if (SHOW.has(lower) && ctx.tokens[i + 1]?.text === 'sich') {
      // "zeigte sich optimistisch, dass …" / "gab sich zuversichtlich"
      cues.push({ index: i, kind: 'finite', last: i + 1 });
    } else if (lower === 'zufolge') cues.push({ index: i, kind: 'zufolge', last: i });
    else if (lower === 'laut') cues.push({ index: i, kind: 'laut', last: i });
    else if (lower === 'so' && ctx.tokens[i - 1]?.text === ',') cues.push({ index: i, kind: 'so', last: i });
    else if (lower === 'nach' && (NACH_NOUNS.has(ctx.tokens[i + 1]?.text ?? '') || NACH_NOUNS.has(ctx.tokens[i + 2]?.text ?? ''))) {
      // "nach Angaben von X", "Nach den Worten der Sprecherin …, Gisela Piltz,"
      const noun = NACH_NOUNS.has(ctx.tokens[i + 1]!.text) ? i + 1 : i + 2;
      const of = ['von', 'des', 'der'].includes(ctx.tokens[noun + 1]?.text ?? '') && !ctx.personStart.has(noun + 1) ? noun + 1 : noun;
      cues.push({ index: i, kind: 'nach', last: of });
    }
  }
  return cues;
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
  const person = (f: ReturnType<typeof speakerFrom>) => (f.kind === 'person' ? f.name : null);
  switch (cue.kind) {
    case 'finite': {
      // ("begrüßt" is finite and a participle: "X wurde mit den Worten „…“ begrüßt" is a passive)
      if (ctx.cues.participles.has(ctx.tokens[cue.index]!.text) && passive(ctx, cue.index)) return null;
      const before = subjectBefore(ctx, cue.index);
      if (before) return before;
      // "„…“, zitierte man X", "„…“, zitiert die „Computerwoche“ Lynch" -> the one quoted is the object
      const quoted = quotedPerson(ctx, cue.index);
      if (quoted !== undefined) return quoted;
      // "Sie warf dem Minister Max Kern vor, …", "„…“, sagte er" -> a pronoun the article could not tie to a
      // person is the subject: what follows the verb is an object, and nobody is named
      if (SUBJECT_PRONOUNS.has(ctx.tokens[cue.index - 1]?.text ?? '') || (SUBJECT_PRONOUNS.has(ctx.tokens[cue.index + 1]?.text ?? '') && !ctx.personAt.has(cue.index + 1))) return null;
      // "Er halte … für vertretbar und bezeichnete …" -> the subject of the first conjunct
      if (COORDINATORS.has(ctx.tokens[cue.index - 1]?.text ?? '')) return subjectAtStart(ctx, cue.index) ?? null;
      // "Wie der Bevollmächtigte …, Gerald Braun, in Luxemburg mitteilte, …" -> the person of the wie-clause
      const wie = wieClause(ctx, cue.index);
      if (wie !== undefined) return wie;
      // "Die Königin … bat Premierminister Key, …" -> a subject stands before the verb, so what follows is an object
      // ("Die das Unglück überlebende Alice Kakamara, 30, beschrieb …" -> unless that subject is a person)
      // (only a subject opening the sentence: in "Die Nachricht bestätigte Max Muster" he is the object)
      if (nounSubjectBefore(ctx, cue.index)) return subjectAtStart(ctx, cue.index, false, false) ?? null;
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
      // "X wurde von Y mit den Worten „…“ begrüßt" -> a passive: the subject is spoken to, not speaking
      if (passive(ctx, cue.index)) return null;
      return subordinateSubject(ctx, cue.index) ?? subjectAtStart(ctx, cue.index) ?? null;
    }
    case 'zufolge':
      return subjectBefore(ctx, cue.index) ?? null;
    case 'so': {
      // "„…“, so charakterisierte ihn der Funktionär Bernard Aubin" -> past the verb and its pronoun object
      let k = cue.last + 1;
      const t = ctx.tokens[k];
      if (t?.word && startsLower(t.text) && ctx.lex.verbs.has(t.text) && !ctx.lex.stopwords.has(t.text)) k += OBJECT_PRONOUNS.has(ctx.tokens[k + 1]?.text ?? '') ? 2 : 1;
      return person(speakerFrom(ctx, k));
    }
    case 'laut':
    case 'nach':
      return person(speakerFrom(ctx, cue.last + 1));
  }
}

/**
 * A finite "zitieren" names the quoter as subject and the one quoted as object: "„…“, zitiert die
 * Zeitung X" and "Die Agentur zitiert X mit den Worten: „…“" (the verb in second position, after a
 * subject that is not a recognised person).
 * @example isQuoting(ctx, indexOf("zitiert")) // true for "Die Agentur zitiert dazu Max Muster: „…“"
 */
export function isQuoting(ctx: QuoteContext, k: number): boolean {
  if (!/^zitier(t|te|ten)$/i.test(ctx.tokens[k]!.text)) return false;
  if (ctx.tokens[k - 1]?.text === ',' && /[“»«"]/.test(ctx.tokens[k - 2]?.text ?? '')) return true;
  // the subject before the verb opens the sentence and is no person: "Die russische Agentur RIA zitiert"
  let s = k;
  while (s > 0 && ctx.tokens[s - 1]!.sentence === ctx.tokens[k]!.sentence) s--;
  return s < k && k - s <= MAX_QUOTER_TOKENS && /^(Der|Die|Das)$/.test(ctx.tokens[s]!.text) && ctx.tokens.slice(s, k).every((t, j) => t.word && !ctx.personAt.has(s + j));
}

// "wird", "wurde", "worden" -> forms of "werden", the passive auxiliary
const WERDEN = /^(wird|werden|wurde|wurden|würde|würden|werde|worden)$/;

/**
 * A participle cue in the passive ("wurde … begrüßt", "ist … kritisiert worden"): a form of "werden" in
 * its clause, before it or right after it. "zitiert werden" is the exception: whoever is quoted speaks.
 * @example passive(ctx, indexOf("begrüßt")) // true for "Anna Berg wurde mit den Worten „…“ begrüßt"
 */
export function passive(ctx: QuoteContext, k: number): boolean {
  if (/^zitiert$/i.test(ctx.tokens[k]!.text)) return false;
  if (WERDEN.test(ctx.tokens[k + 1]?.text ?? '')) return true;
  for (let i = k - 1; i >= 0 && ctx.tokens[i]!.sentence === ctx.tokens[k]!.sentence && ![',', ':', ';'].includes(ctx.tokens[i]!.text); i--) {
    if (WERDEN.test(ctx.tokens[i]!.text)) return true;
  }
  return false;
}

/** Tokens between "zitiert" and the person quoted ("die „Computerwoche“"). */
const MAX_QUOTER_TOKENS = 8;

/**
 * After a quote, "zitiert" names the medium as subject and the speaker as object: the first person after
 * the verb, with no other verb before it; `undefined` when the cue is no "zitieren" after a quote.
 * @example quotedPerson(ctx, indexOf("zitierte")) // "Yolanda Alvarez" for "„…“, zitierte man Yolanda Alvarez"
 */
function quotedPerson(ctx: QuoteContext, k: number): string | null | undefined {
  if (!isQuoting(ctx, k)) return undefined;
  const sentence = ctx.tokens[k]!.sentence;
  for (let i = k + 1; i < k + MAX_QUOTER_TOKENS && ctx.tokens[i]?.sentence === sentence; i++) {
    const name = ctx.personStart.get(i);
    if (name) return name;
    const t = ctx.tokens[i]!;
    if (t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text) && !ctx.lex.stopwords.has(t.text)) return null;
  }
  return null;
}
