/**
 * The subject of the main clause a token belongs to, when it is a known person: opening the sentence
 * ("Nordkoreas Erste Vizeaußenministerin Choe Son Hui hatte …", "Die das Unglück überlebende X, 30,
 * beschrieb …") or right after the finite verb ("Am Freitag hatte Verlagsleiter Lutz Schumacher …").
 */
import { isCountry, RELATIVE_PRONOUNS, roleWord, startsLower, startsUpper } from '../lexicon/index.ts';
import type { QuoteContext } from './context.ts';
import { ACADEMIC, ADJECTIVE, CITY_ADJECTIVE, DETERMINERS, PARTICIPLE_ADJECTIVE } from './phrase-words.ts';
import { speakerFrom } from './speaker.ts';

const ATTRIBUTE = new Set(['von', 'vom', 'aus', 'der', 'des', 'bei', 'beim']);

/** Focus particles that may stand before the subject in first position ("Auch der Minister sagte"). */
const FOCUS = new Set(['Auch', 'Selbst', 'Sogar', 'Nur', 'Gerade']);
/**
 * Conjunctions opening a subordinate clause in first position ("Da …, habe X …"; "Wie die Zeitung
 * berichtete, soll X gesagt haben" -> the subject follows the clause that names the source).
 */
const FRONTED = new Set(['Da', 'Weil', 'Nachdem', 'Obwohl', 'Obgleich', 'Wenn', 'Falls', 'Sobald', 'Bevor', 'Seit', 'Seitdem', 'Um', 'Wie']);

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
  // ("mit seinem Amtskollegen Schimon Peres (Awoda, dt. Arbeiterpartei) bekräftigt" -> a comma in brackets is none)
  let bracket = 0;
  for (let j = found.verb; j < k; j++) {
    const text = ctx.tokens[j]!.text;
    if (text === '(') bracket++;
    else if (text === ')') bracket = Math.max(0, bracket - 1);
    if (bracket > 0) continue;
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

/**
 * An extended participle attribute opens the sentence before the name: "Die das Unglück überlebende
 * Alice Kakamara", "Der auf dem Gipfel anwesende Innenminister Kanadas Tom Ridley". The article
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
  if (ctx.tokens[i]!.text === ',' && RELATIVE_PRONOUNS.has(ctx.tokens[i + 1]?.text ?? '') && !startsUpper(ctx.tokens[i + 2]?.text ?? '')) {
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
