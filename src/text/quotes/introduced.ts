/**
 * Quotes introduced without a verb of saying: "mit den Worten „…“" (the subject of the clause speaks),
 * a phrase with one person and no verb before a colon
 * ("Zitat von Schröder: „…“", "Die Antwort von Max Muster: „…“", "Nina Hagen zur neuen Heimat: „…“",
 * "In einer Erklärung von Max Muster hieß es: „…“"), or an opinion framed by "für" ("Für den
 * Theologen Hans Küng sei der Rücktritt „verständlich“").
 */
import type { QuoteContext } from './context.ts';
import { sentenceStart } from './sentence-bounds.ts';
import { startsLower, startsUpper } from '../lexicon/index.ts';
import { speakerFrom } from './speaker.ts';
import { subjectAtStart } from './subject.ts';

/** Tokens an introduction before a colon may have. */
const MAX_INTRO_TOKENS = 12;

/**
 * The one person named in a verbless introduction of the quote starting at token `first`, if any.
 * @example introducedBy(ctx, indexOf("„")) // "Gerhard Schröder" for "Zitat von Schröder: „Wir …“"
 */
export function introducedBy(ctx: QuoteContext, first: number, last: number): string | undefined {
  const start = sentenceStart(ctx, first);
  const words = withWords(ctx, first, last);
  if (words !== undefined) return words ?? undefined;
  if (ctx.tokens[first - 1]?.text === ':') return colonIntro(ctx, start, first - 1);
  return forPerson(ctx, start, first);
}

// "den", "diesen", "folgenden", "seinen" -> what stands between "mit" and "Worten"
const WORDS_DETERMINER = /^(den|diesen|folgenden|seinen|ihren|deutlichen|klaren|knappen)$/;

/**
 * "Er meldete sich mit den Worten: „…“" -> the subject of the clause; "Mit den Worten „…“ richtete
 * Lena Berg den Blick nach vorn" -> the subject after the verb that follows the quote. `null` when the
 * quote follows "mit … Worten" but no person is the subject; `undefined` when it does not.
 * @example withWords(ctx, indexOf("„"), indexOf("“")) // "Lena Berg"
 */
function withWords(ctx: QuoteContext, first: number, last: number): string | null | undefined {
  let w = first - 1;
  if (ctx.tokens[w]?.text === ':') w--;
  if (ctx.tokens[w]?.text !== 'Worten') return undefined;
  let m = w - 1;
  while (m > w - 3 && WORDS_DETERMINER.test(ctx.tokens[m]?.text ?? '')) m--;
  const mit = ctx.tokens[m];
  if (!mit || !/^(mit|Mit)$/.test(mit.text) || m === w - 1 || mit.sentence !== ctx.tokens[first]!.sentence) return undefined;
  const start = sentenceStart(ctx, m);
  if (start < m) {
    // "Anna Berg wurde von Max Kern mit den Worten „…“ begrüßt" -> a second person: unclear
    const subject = subjectAtStart(ctx, m);
    for (let k = start; subject && k < m; k++) if (ctx.personAt.has(k) && ctx.personAt.get(k) !== subject) return null;
    return subject ?? null;
  }
  // fronted: "Mit den Worten „…“, richtete er …" -> the finite verb after the quote, then its subject
  let k = last + 1;
  if (ctx.tokens[k]?.text === ',') k++;
  const verb = ctx.tokens[k];
  if (!verb?.word || !startsLower(verb.text) || !ctx.lex.verbs.has(verb.text) || verb.sentence !== mit.sentence) return null;
  const found = speakerFrom(ctx, k + 1);
  return found.kind === 'person' ? found.name : null;
}

// "Antwort", "Fazit", "Kommentar" -> nouns for something said, whose sayer follows with "von" or a genitive
const SPEECH_NOUNS = new Set([
  'Antwort',
  'Fazit',
  'Kommentar',
  'Begründung',
  'Erklärung',
  'Reaktion',
  'Urteil',
  'Botschaft',
  'Appell',
  'Forderung',
  'Warnung',
  'Bilanz',
  'Devise',
  'Credo',
  'Einschätzung',
  'Prognose',
  'Stellungnahme',
  'Entgegnung',
  'Erwiderung',
  'Kritik',
  'Rat',
  'Empfehlung',
  'Aufforderung',
  'Bitte',
  'Worte',
  'Mitteilung',
  'Pressemitteilung',
  'Brief',
  'Schreiben',
  'Rede',
  'Interview',
]);
// "Das", "Die", "Sein" -> what may open the subject before the noun
const SPEECH_DETERMINER = /^(Das|Die|Der|Sein|Seine|Ihr|Ihre|das|die|der|dem|sein|seine|ihr|ihre|einer|einem|seiner|ihrer|seinem|ihrem)$/;
/** Title words between "von"/"des" and the name: "Die Antwort der Ministerin Anna Roth". */
const MAX_SPEECH_TITLE = 3;

/**
 * "Das Fazit von Anna Roth fällt klar aus: „…“", "Die Antwort der Ministerin Anna Roth kam prompt:" ->
 * the sentence opens with a noun for something said and its sayer; the verb of the sentence is then
 * about those words, and the quote is them. The sayer, or undefined when the sentence opens otherwise.
 * Also after "heißt es": "„…“, heißt es in einer Erklärung von Anna Roth".
 * @example speechOwner(ctx, indexOf("Das")) // "Anna Roth"
 */
export function speechOwner(ctx: QuoteContext, start: number): string | undefined {
  let k = start;
  // "in einer Erklärung von X" (after "heißt es")
  if (/^(in|In|im|Im)$/.test(ctx.tokens[k]?.text ?? '')) k++;
  if (SPEECH_DETERMINER.test(ctx.tokens[k]?.text ?? '')) k++;
  if (!SPEECH_NOUNS.has(ctx.tokens[k]?.text ?? '') || !/^(von|des|der)$/.test(ctx.tokens[k + 1]?.text ?? '')) return undefined;
  for (let j = k + 2; j <= k + 2 + MAX_SPEECH_TITLE; j++) {
    const name = ctx.personStart.get(j);
    if (name) return name;
    const t = ctx.tokens[j];
    if (!t?.word || !startsUpper(t.text)) return undefined;
  }
  return undefined;
}

function colonIntro(ctx: QuoteContext, start: number, colon: number): string | undefined {
  if (colon - start > MAX_INTRO_TOKENS) return undefined;
  const owner = speechOwner(ctx, start);
  let person: string | undefined;
  for (let k = start; k < colon; k++) {
    const t = ctx.tokens[k]!;
    const name = ctx.personAt.get(k);
    if (name) {
      if (person && person !== name) return undefined;
      person = name;
      continue;
    }
    // "hieß es" is the one verb allowed: "In einer Erklärung von X hieß es:"
    if (/^(hieß|heißt)$/.test(t.text) && ctx.tokens[k + 1]?.text === 'es') {
      k++;
      continue;
    }
    if (t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text) && !ctx.lex.stopwords.has(t.text) && !owner) return undefined;
    if (/[„“"«»()]/.test(t.text)) return undefined;
  }
  return person;
}

/**
 * "Für den Theologen Hans Küng sei der Rücktritt „…“": the sentence opens with "Für", a title phrase
 * and a person, and names nobody else before the quote.
 */
function forPerson(ctx: QuoteContext, start: number, first: number): string | undefined {
  if (ctx.tokens[start]?.text !== 'Für') return undefined;
  let person: string | undefined;
  for (let k = start + 1; k < first; k++) {
    const name = ctx.personAt.get(k);
    if (name && person && name !== person) return undefined;
    if (name) person = name;
    else if (!person && k - start > 6) return undefined;
  }
  return person;
}
