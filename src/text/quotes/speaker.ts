/**
 * Who is speaking: the noun phrase after a cue verb ("sagte Blinken", "warnte US-Finanzminister
 * Steven Mnuchin"), the subject before it ("Blinken nannte", "Lee Do-hoon, sagte") or the subject
 * opening the sentence ("Stoiber hatte ... betont"). Only people recognised in the article count.
 */
import { isCountry, isNoun, roleWord, startsLower, startsUpper } from '../lexicon/index.ts';
import type { QuoteContext } from './context.ts';
import { isOrgNoun } from './org-nouns.ts';
import { ACADEMIC, ADJECTIVE, DETERMINERS, PARTICIPLE_ADJECTIVE } from './phrase-words.ts';
import { jointSpeaker } from './types.ts';

/** A person, someone who is not a recognised person ("ein Sprecher"), or no noun phrase at all. */
export type Found = { kind: 'person'; name: string } | { kind: 'other' } | { kind: 'none' };

const ADVERBS = new Set([
  'sich',
  'zwar',
  'dazu',
  'auch',
  'jedoch',
  'aber',
  'nun',
  'bereits',
  'zudem',
  'außerdem',
  'weiter',
  'ebenfalls',
  'daraufhin',
  'damals',
  'gestern',
  'heute',
  'jetzt',
  'noch',
  'dann',
  'später',
  'erneut',
  'wiederum',
  'allerdings',
  'zugleich',
  'gleichzeitig',
  'demnach',
  'daher',
  'deshalb',
  'offenbar',
  'bereits',
  'schon',
  'ferner',
  'etwa',
]);
/**
 * The speaker noun phrase starting at token `k` (after a cue verb).
 * @example speakerFrom(ctx, indexAfter("sagte")) // { kind: "person", name: "Antony Blinken" }
 */
export function speakerFrom(ctx: QuoteContext, k: number): Found {
  const sentence = ctx.tokens[k]?.sentence;
  // (a cue as the very last word of the text: "…, sagte" at the end of a file)
  if (sentence === undefined) return { kind: 'none' };
  let inPhrase = false;
  for (let i = k; i < k + 8 && ctx.tokens[i]?.sentence === sentence; i++) {
    const t = ctx.tokens[i]!;
    const name = ctx.personStart.get(i);
    // "nannte die Absage Hartmanns einen „…“" -> a genitive belongs to the noun before it
    if (name && genitiveAttribute(ctx, i)) return { kind: 'other' };
    // "schrieb Paul Lehmanns Tochter Anna Roth" -> a possessor in the genitive before a noun: whoever the
    // noun names speaks (the person after it, else somebody unnamed)
    if (name && possessor(ctx, i, name)) return possessed(ctx, (ctx.mentionEnd.get(i) ?? i + 1) + 1);
    if (name) return { kind: 'person', name };
    if (!inPhrase && ADVERBS.has(t.text)) continue;
    const lower = t.text.toLowerCase();
    if (DETERMINERS.has(lower) || ADJECTIVE.test(t.text) || roleWord(t.text) || isCountry(ctx.lex, t.text) || ACADEMIC.test(t.text)) {
      inPhrase = true;
      continue;
    }
    // "sagte die kroatische Meteorologin Zoran Vakula" -> an unknown title noun right before the name
    // (not when an organisation heads the phrase: "hätte der Sender Roßmüller „…“ gegeben" names the
    // sender and its object; but "so der Chef des Verwaltungsrats Ulrich Müller")
    if (inPhrase && t.word && startsUpper(t.text) && ctx.personStart.has(i + 1) && !orgHeaded(ctx, k, i + 1)) continue;
    // "sagte der Oberrabbiner Israels, Yona Metzger" -> the title phrase ends at the comma
    if (inPhrase && t.text === ',' && ctx.personStart.has(i + 1) && !orgHeaded(ctx, k, i)) return { kind: 'person', name: ctx.personStart.get(i + 1)! };
    // "schrieb die in New York geborene Lopez" -> an extended participle attribute before the name
    if (inPhrase && t.word && startsLower(t.text) && !ctx.lex.verbs.has(t.text)) {
      const name = nameAfterParticiple(ctx, i);
      if (name) return { kind: 'person', name };
    }
    // "meinte der Trainer der Frankfurter, Michael Skibbe" -> the name in apposition; "beschrieb die
    // Nachrichtenagentur unter Berufung auf den Gouverneur, Max Muster, …" -> the agency speaks, not Max Muster
    if (inPhrase && t.word) {
      const name = orgHeaded(ctx, k, i + 1) ? undefined : appositionName(ctx, i);
      return name ? { kind: 'person', name } : { kind: 'other' };
    }
    // "sagte ein Sprecher des Ministeriums" -> somebody, not a recognised person
    if (inPhrase || (t.word && startsUpper(t.text))) return { kind: 'other' };
    return { kind: 'none' };
  }
  return inPhrase ? { kind: 'other' } : { kind: 'none' };
}

/**
 * Whether the first noun of the phrase over tokens `from..to` (exclusive) names an organisation
 * ("die Nachrichtenagentur …", "der Sender …"): then it speaks itself, and a name after it is no
 * apposition of a person's title.
 * @example orgHeaded(ctx, indexOf("die"), indexOf(",")) // true for "die Nachrichtenagentur unter Berufung auf …"
 */
function orgHeaded(ctx: QuoteContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = ctx.tokens[j]!;
    if (t.word && startsUpper(t.text) && !DETERMINERS.has(t.text.toLowerCase()) && !ADJECTIVE.test(t.text) && !ACADEMIC.test(t.text) && !isCountry(ctx.lex, t.text)) return isOrgNoun(ctx, t.text);
  }
  return false;
}

/**
 * The mention of `name` starting at `i` is a possessor in the genitive before a capitalised noun:
 * "Paul Lehmanns Tochter", "Merkels Sprecher" (not "Paul Lehmann Kommission"-like compounds in the nominative).
 */
function possessor(ctx: QuoteContext, i: number, name: string): boolean {
  const end = ctx.mentionEnd.get(i) ?? i + 1;
  const last = ctx.tokens[end - 1]!.text;
  const next = ctx.tokens[end];
  return genitiveForm(last, name) && !!next?.word && startsUpper(next.text) && !ctx.personStart.has(end);
}

/** After "Lehmanns Tochter": the person the noun stands before ("Anna Roth"), else somebody unnamed. */
function possessed(ctx: QuoteContext, k: number): Found {
  for (let j = k; j < k + 3 && ctx.tokens[j]?.sentence === ctx.tokens[k - 1]?.sentence; j++) {
    const name = ctx.personStart.get(j);
    if (name) return { kind: 'person', name };
    const t = ctx.tokens[j]!;
    if (!t.word || !startsUpper(t.text)) break;
  }
  return { kind: 'other' };
}

/** Tokens an extended participle attribute may take after the article: "in New York City geborene". */
const MAX_ATTRIBUTE = 8;

/**
 * The person named right after an extended participle attribute that starts at token `i`: "(die) in New
 * York City geborene Lopez", "(der) seit 1991 amtierende Landesvorsitzende Max Kern"; only capitalised
 * title words between the participle and the name, and no comma, verb or quotation mark anywhere.
 * @example nameAfterParticiple(ctx, indexOf("in")) // "Jennifer Lopez"
 */
function nameAfterParticiple(ctx: QuoteContext, i: number): string | undefined {
  const sentence = ctx.tokens[i]!.sentence;
  for (let j = i; j < i + MAX_ATTRIBUTE && ctx.tokens[j]?.sentence === sentence; j++) {
    const t = ctx.tokens[j]!;
    if (!t.word || ctx.personAt.has(j)) return undefined;
    if (!PARTICIPLE_ADJECTIVE.test(t.text)) continue;
    for (let n = j + 1; n < j + 4 && ctx.tokens[n]?.sentence === sentence; n++) {
      const name = ctx.personStart.get(n);
      if (name) return name;
      if (!ctx.tokens[n]!.word || !startsUpper(ctx.tokens[n]!.text)) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Tokens a title phrase may run before the comma of its apposition. */
const MAX_APPOSITION_TITLE = 10;

/**
 * The person named after the comma that closes the title phrase going on at token `i`: "der Trainer der
 * Frankfurter, Michael Skibbe", "der aschkenasische Oberrabbiner Israels, Yona Metzger", "der
 * Oberkommandierende General der US-Streitkräfte im Irak, General George Casey". The phrase has no verb
 * and no quotation mark.
 * @example appositionName(ctx, indexOf("Trainer")) // "Michael Skibbe"
 */
function appositionName(ctx: QuoteContext, i: number): string | undefined {
  const sentence = ctx.tokens[i]!.sentence;
  for (let n = i + 1; n < i + MAX_APPOSITION_TITLE && ctx.tokens[n]?.sentence === sentence; n++) {
    const t = ctx.tokens[n]!;
    // (past a title before the name: "…, General George Casey")
    if (t.text === ',') return ctx.personStart.get(n + 1) ?? (roleWord(ctx.tokens[n + 1]?.text ?? '') ? ctx.personStart.get(n + 2) : undefined);
    if (/[„“"«»:;()]/.test(t.text) || ctx.personAt.has(n) || (t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text) && !ctx.lex.stopwords.has(t.text))) return undefined;
  }
  return undefined;
}

/**
 * The person whose mention ends right before token `k` ("Blinken nannte", "Lee Do-hoon, sagte",
 * "Renate Schmidt (SPD) äußerte").
 * @example subjectBefore(ctx, indexOf("nannte")) // "Antony Blinken"
 */
export function subjectBefore(ctx: QuoteContext, k: number): string | undefined {
  let j = k - 1;
  // "Lee Do-hoon, sagte" / "Henning Scherf (SPD), warnte" / "Renate Schmidt (SPD) äußerte"
  if (ctx.tokens[j]?.text === ',') j--;
  if (ctx.tokens[j]?.text === ')') {
    while (j > 0 && ctx.tokens[j]?.text !== '(' && k - j < 8) j--;
    j--;
  }
  if (ctx.tokens[j]?.sentence !== ctx.tokens[k]?.sentence) return undefined;
  const name = ctx.personAt.get(j);
  if (!name) return undefined;
  let start = j;
  while (ctx.personAt.get(start - 1) === name) start--;
  // "mit … Spuren an DNA Kachelmanns, wies das Gericht darauf hin" -> a name in the genitive is no subject
  if (genitiveForm(ctx.tokens[j]!.text, name)) return undefined;
  // "die Vorwürfe gegen Merkel zurückwies", "in einem Gespräch mit seinem Amtskollegen X bekräftigt" ->
  // the object of a preposition is no subject
  if (afterPreposition(ctx, start)) return undefined;
  // "Anders als Fidel Castro sagte X, …" -> a person compared with is no subject
  if (compared(ctx, start)) return undefined;
  const conjunction = ctx.tokens[start - 1]?.text ?? '';
  if (!['und', 'sowie', 'oder'].includes(conjunction)) return name;
  // "Anna Roth und Paul Kern prangerten an" -> both speak; "Er oder Kessler" -> unclear, none to name
  const other = ctx.personAt.get(start - 2);
  if (!other) return name;
  let first = start - 2;
  while (ctx.personAt.get(first - 1) === other) first--;
  const opens = first === 0 || ctx.tokens[first - 1]!.sentence !== ctx.tokens[first]!.sentence || ctx.tokens[first - 1]!.text === ',';
  return conjunction !== 'oder' && opens && other !== name ? jointSpeaker(other, name) : undefined;
}

/** Title words a prepositional phrase may put between its preposition and the name. */
const MAX_PP_TITLE = 5;

/**
 * The mention starting at `start` is the object of a preposition: right after it ("gegen Merkel") or
 * after title words only ("mit seinem israelischen Amtskollegen Schimon Peres").
 * @example afterPreposition(ctx, indexOf("Schimon")) // true
 */
function afterPreposition(ctx: QuoteContext, start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 1 - MAX_PP_TITLE && ctx.tokens[j]!.sentence === ctx.tokens[start]!.sentence; j--) {
    const t = ctx.tokens[j]!;
    if (PREPOSITIONS.has(t.text.toLowerCase())) return true;
    const title = DETERMINERS.has(t.text.toLowerCase()) || ADJECTIVE.test(t.text) || !!roleWord(t.text) || isCountry(ctx.lex, t.text);
    if (!t.word || !title) return false;
  }
  return false;
}

/**
 * The mention starting at `start` follows a comparison particle ("anders als X", "ähnlich wie X"), past
 * title words; a clause opened by it (", wie X sagte") is no comparison.
 * @example compared(ctx, indexOf("Fidel")) // true for "Anders als Fidel Castro sagte …"
 */
function compared(ctx: QuoteContext, start: number): boolean {
  let j = start - 1;
  while (j >= start - 1 - MAX_PP_TITLE && j > 0 && ctx.tokens[j]!.word && (DETERMINERS.has(ctx.tokens[j]!.text.toLowerCase()) || ADJECTIVE.test(ctx.tokens[j]!.text) || !!roleWord(ctx.tokens[j]!.text))) j--;
  const t = ctx.tokens[j];
  return !!t && t.sentence === ctx.tokens[start]!.sentence && /^(wie|als)$/.test(t.text) && ctx.tokens[j - 1]?.sentence === t.sentence && ctx.tokens[j - 1]!.text !== ',';
}

const PREPOSITIONS = new Set(['über', 'von', 'mit', 'an', 'zu', 'gegenüber', 'für', 'gegen', 'bei', 'nach', 'um', 'auf', 'vor', 'aus', 'durch', 'ohne']);

/**
 * A mention's last word in the genitive: the name's own last word plus "s" ("Kachelmanns" of Jörg
 * Kachelmann), not a name that ends in "s" itself ("Jonas").
 * @example genitiveForm("Kachelmanns", "Jörg Kachelmann") // true
 */
function genitiveForm(word: string, name: string): boolean {
  return /s$/.test(word) && !name.endsWith(word) && name.endsWith(word.slice(0, -1));
}

/**
 * A one-word mention in the genitive after a common noun: "die Worte Anelkas", "die Absage Hartmanns".
 * @example genitiveAttribute(ctx, indexOf("Anelkas")) // true
 */
export function genitiveAttribute(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const prev = ctx.tokens[k - 1];
  const name = ctx.personAt.get(k)!;
  return (
    ctx.personStart.get(k) === name &&
    ctx.personAt.get(k + 1) !== name &&
    /s$/.test(t.text) &&
    !name.endsWith(t.text) &&
    !!prev &&
    prev.word &&
    startsUpper(prev.text) &&
    !ctx.personAt.has(k - 1) &&
    isNoun(ctx.lex, prev.text)
  );
}
