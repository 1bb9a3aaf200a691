/**
 * Who is speaking: the noun phrase after a cue verb ("sagte Blinken", "warnte US-Finanzminister
 * Steven Mnuchin"), the subject before it ("Blinken nannte", "Lee Do-hoon, sagte") or the subject
 * opening the sentence ("Stoiber hatte ... betont"). Only people recognised in the article count.
 */
import { isCountry, isNoun, roleWord, startsLower, startsUpper } from '../lexicon/index.ts';
import type { QuoteContext } from './context.ts';
import { isOrgNoun } from './org-nouns.ts';
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
const DETERMINERS = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines']);
// "Prof. Dr." inside a title phrase
const ACADEMIC = /^(Prof|Dr|Sir|\.)$/;
// "südkoreanische", "frühere", "Erste" -> adjectives inside a title phrase
// "Bremer" -> a city adjective
const CITY_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;
// "84-jährige" -> an age
const ADJECTIVE = /^((\p{Lu}+-|\d+-)?\p{Ll}+(e|en|er|em|es)|Erste|Zweite|Stellvertretende)$/u;

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
    if (t.text === ',') return ctx.personStart.get(n + 1);
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
  // "die Vorwürfe gegen Merkel zurückwies" -> the object of a preposition is no subject
  if (PREPOSITIONS.has(ctx.tokens[start - 1]?.text.toLowerCase() ?? '')) return undefined;
  const conjunction = ctx.tokens[start - 1]?.text ?? '';
  if (!['und', 'sowie', 'oder'].includes(conjunction)) return name;
  // "Anna Roth und Paul Kern prangerten an" -> both speak; "Er oder Giesel" -> unclear, none to name
  const other = ctx.personAt.get(start - 2);
  if (!other) return name;
  let first = start - 2;
  while (ctx.personAt.get(first - 1) === other) first--;
  const opens = first === 0 || ctx.tokens[first - 1]!.sentence !== ctx.tokens[first]!.sentence || ctx.tokens[first - 1]!.text === ',';
  return conjunction !== 'oder' && opens && other !== name ? jointSpeaker(other, name) : undefined;
}

const PREPOSITIONS = new Set(['über', 'von', 'mit', 'an', 'zu', 'gegenüber', 'für', 'gegen', 'bei', 'nach', 'um', 'auf', 'vor', 'aus', 'durch', 'ohne']);

const RELATIVE = new Set(['der', 'die', 'das', 'dessen', 'deren', 'welcher', 'welche']);

const ATTRIBUTE = new Set(['von', 'vom', 'aus', 'der', 'des', 'bei', 'beim']);

/** Focus particles that may stand before the subject in first position ("Auch der Minister sagte"). */
const FOCUS = new Set(['Auch', 'Selbst', 'Sogar', 'Nur', 'Gerade']);
/** Conjunctions opening a subordinate clause in first position ("Da …, habe X …"). */
const FRONTED = new Set(['Da', 'Weil', 'Nachdem', 'Obwohl', 'Obgleich', 'Wenn', 'Falls', 'Sobald', 'Bevor', 'Seit', 'Seitdem', 'Um']);

/**
 * The subject of the main clause that token `k` belongs to, if it is a known person: either the
 * sentence opens with it ("Nordkoreas Erste Vizeaußenministerin Choe Son Hui hatte …", "Er sei …",
 * "Auch der Minister Peter Struck sagte …") or it follows the finite verb ("Am Freitag hatte
 * Verlagsleiter Lutz Schumacher … erklärt"). With `coordinated`, a comma right before `k` is allowed
 * (", sagte aber, …" shares the subject). Without `inverted`, only a subject opening the sentence counts.
 * @example subjectAtStart(ctx, indexOf("betont")) // "Stoiber" for "Stoiber hatte ... betont"
 */
export function subjectAtStart(ctx: QuoteContext, k: number, coordinated = false, inverted = true): string | undefined {
  const sentence = ctx.tokens[k]?.sentence;
  let i = k;
  while (i > 0 && ctx.tokens[i - 1]?.sentence === sentence) i--;
  while (ctx.tokens[i] && !ctx.tokens[i]!.word) i++;
  if (FOCUS.has(ctx.tokens[i]?.text ?? '')) i++;
  // "Da ihre Mandantin Angst hatte, habe Celebi „…“" -> past a fronted subordinate clause
  if (FRONTED.has(ctx.tokens[i]?.text ?? '')) {
    let c = i + 1;
    while (c < k && ctx.tokens[c]!.text !== ',') c++;
    if (c < k) i = c + 1;
  }
  const found = openingSubject(ctx, i, k) ?? (inverted ? invertedSubject(ctx, i, k) : undefined);
  if (!found) return undefined;
  // no clause boundary between the subject's verb and `k`, except a coordinated ", sagte"
  for (let j = found.verb; j < k; j++) {
    const text = ctx.tokens[j]!.text;
    // "… in Frage: „…“" -> the colon that introduces the quote is no boundary
    if ((text === ',' && !(coordinated && j === k - 1)) || (text === ':' && j !== k - 1)) return undefined;
  }
  return found.name;
}

function isTitleWord(ctx: QuoteContext, text: string): boolean {
  // "Der Bremer Forscher Dr. Heino Stoever" -> a city adjective and an academic title belong to the phrase
  return DETERMINERS.has(text.toLowerCase()) || ADJECTIVE.test(text) || !!roleWord(text) || isCountry(ctx.lex, text) || ACADEMIC.test(text) || CITY_ADJECTIVE.test(text);
}

/**
 * "Der Minister Peter Struck sagte": title words, a mention, then the finite verb; or a longer title
 * phrase closed by a comma before the name ("Der Kommissionspräsident der Afrikanischen Union (AU),
 * Alpha Omar Konaré, nannte").
 */
function openingSubject(ctx: QuoteContext, i: number, k: number): { name: string; verb: number } | undefined {
  const start = i;
  let loose = false;
  for (let n = 0; n < 16 && i < k; n++, i++) {
    const name = ctx.personStart.get(i);
    if (!name) {
      const t = ctx.tokens[i]!;
      if (n >= 6 || !isTitleWord(ctx, t.text)) loose = true;
      // inside a loose title phrase: no verb, no second clause
      if (loose && (n === 0 || t.text === ':' || (t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text)))) return undefined;
      continue;
    }
    if (loose && ctx.tokens[i - 1]?.text !== ',' && !participleAttribute(ctx, start, i)) return undefined;
    const verb = verbAfter(ctx, ctx.mentionEnd.get(i) ?? i + 1);
    return verb !== undefined && verb <= k ? { name, verb } : undefined;
  }
  return undefined;
}

// "überlebende", "anwesende", "geborene", "gewählten" -> a participle used as an adjective
const PARTICIPLE_ADJECTIVE = /^\p{Ll}{3,}(ende|enden|ene|enen|te|ten)$/u;

/**
 * An extended participle attribute opens the sentence before the name: "Die das Unglück überlebende
 * Alice Kakamara", "Der auf der Konferenz anwesende Außenminister Russlands Sergei Lawrow". The article
 * opens it, a participle closes it, then only capitalised words and articles of a genitive until the
 * name; no comma, colon or quotation mark anywhere.
 * @example participleAttribute(ctx, indexOf("Die"), indexOf("Alice")) // true
 */
function participleAttribute(ctx: QuoteContext, start: number, name: number): boolean {
  if (!/^(Der|Die|Das)$/.test(ctx.tokens[start]?.text ?? '')) return false;
  let participle = -1;
  for (let j = start + 1; j < name; j++) {
    const t = ctx.tokens[j]!;
    if (!t.word) return false;
    if (PARTICIPLE_ADJECTIVE.test(t.text)) participle = j;
  }
  if (participle < 0) return false;
  return ctx.tokens.slice(participle + 1, name).every((t) => startsUpper(t.text) || DETERMINERS.has(t.text));
}

/** "Am Freitag hatte Verlagsleiter Lutz Schumacher …": the person right after the first finite verb. */
function invertedSubject(ctx: QuoteContext, i: number, k: number): { name: string; verb: number } | undefined {
  for (let j = i; j < Math.min(k, i + 12); j++) {
    const t = ctx.tokens[j]!;
    if (t.text === ',' || t.text === ':' || ctx.personAt.has(j)) return undefined;
    if (!t.word || !startsLower(t.text) || !ctx.lex.verbs.has(t.text) || (ctx.lex.stopwords.has(t.text) && !ctx.lex.verbNumber.has(t.text))) continue;
    const found = speakerFrom(ctx, j + 1);
    if (found.kind !== 'person' || j + 1 > k) return undefined;
    // "So hat sich etwa die Vorsitzende des Verbands, Karin Brehm, … ausgesprochen" -> the commas around a
    // name in apposition belong to the subject: clause boundaries count from the mention's end
    let end = j;
    for (let m = j + 1; m < k && m < j + 16; m++) {
      if (ctx.personStart.get(m) !== found.name) continue;
      end = ctx.mentionEnd.get(m) ?? m + 1;
      if (ctx.tokens[m - 1]?.text === ',' && ctx.tokens[end]?.text === ',') end++;
      break;
    }
    return { name: found.name, verb: end };
  }
  return undefined;
}

/** Tokens the rest of an organisation's name may take. */
const MAX_ORG_TAIL = 10;

/** The verb after capitalised words and a bracketed acronym ("Union Générale … du Travail (UGIT) sagte"). */
function afterOrgName(ctx: QuoteContext, i: number, isVerb: (j: number) => boolean): number | undefined {
  let bracket = false;
  for (let j = i; j < i + MAX_ORG_TAIL && ctx.tokens[j]?.sentence === ctx.tokens[i]!.sentence; j++) {
    const t = ctx.tokens[j]!;
    if (isVerb(j)) return bracket ? j : undefined;
    if (t.text === '(' || t.text === ')') bracket = true;
    else if (!t.word || (startsLower(t.text) && !/^(du|de|des|la|le|of|for|and|et)$/.test(t.text))) return undefined;
  }
  return undefined;
}

/**
 * The index of the finite verb after a subject ending at `i`: right there, or after a party in brackets
 * or an apposition ("Houcine Abassi, der Generalsekretär … (UGIT) sagte").
 */
function verbAfter(ctx: QuoteContext, i: number): number | undefined {
  const isVerb = (j: number) => {
    const t = ctx.tokens[j];
    return !!t && t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text);
  };
  if (isVerb(i)) return i;
  // "Theo Kitz vom Bankhaus Merck Finck sagte" -> a short attribute after the name
  if (ATTRIBUTE.has(ctx.tokens[i]?.text ?? '')) {
    for (let j = i + 1; j < i + 7 && ctx.tokens[j]?.word; j++) if (isVerb(j)) return j;
    return undefined;
  }
  // "Houcine Abassi, der Generalsekretär des Verbandes Union Générale Tunisienne du Travail (UGIT) sagte"
  // -> the rest of an organisation's name (capitalised words, an acronym in brackets) before the verb
  if (startsUpper(ctx.tokens[i]?.text ?? '') && ctx.tokens[i - 1]?.word) return afterOrgName(ctx, i, isVerb);
  if (ctx.tokens[i]?.text !== '(' && ctx.tokens[i]?.text !== ',') return undefined;
  // "Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte" -> the verb after the relative clause
  // ("Houcine Abassi, der Generalsekretär … sagte" -> an article before a capitalised noun opens an apposition)
  if (ctx.tokens[i]!.text === ',' && RELATIVE.has(ctx.tokens[i + 1]?.text ?? '') && !startsUpper(ctx.tokens[i + 2]?.text ?? '')) {
    for (let j = i + 2; j < i + 30 && ctx.tokens[j]?.sentence === ctx.tokens[i]!.sentence; j++) {
      if (ctx.tokens[j]!.text === ',') return isVerb(j + 1) ? j + 1 : undefined;
      if (/[„“"«»:;]/.test(ctx.tokens[j]!.text)) return undefined;
    }
    return undefined;
  }
  for (let j = i + 1; j < i + 30 && ctx.tokens[j] && ctx.tokens[j]!.sentence === ctx.tokens[i]!.sentence; j++) {
    if (ctx.tokens[j]!.text === ':') return undefined;
    if (isVerb(j)) return j;
  }
  return undefined;
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
