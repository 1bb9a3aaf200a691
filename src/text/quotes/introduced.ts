/**
 * Quotes introduced without a verb of saying: "mit den Worten „…“" (the subject of the clause speaks),
 * a phrase with one person and no verb before a colon
 * ("Zitat von Schröder: „…“", "Die Antwort von Max Muster: „…“", "Nina Hagen zur neuen Heimat: „…“",
 * "In einer Erklärung von Max Muster hieß es: „…“"), or an opinion framed by "für" ("Für den
 * Theologen Hans Küng sei der Rücktritt „verständlich“").
 */
import type { QuoteContext } from './context.ts';
import { sentenceStart } from './sentence-bounds.ts';
import { startsLower } from '../lexicon/index.ts';
import { speakerFrom, subjectAtStart } from './speaker.ts';

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

function colonIntro(ctx: QuoteContext, start: number, colon: number): string | undefined {
  if (colon - start > MAX_INTRO_TOKENS) return undefined;
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
    if (t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text) && !ctx.lex.stopwords.has(t.text)) return undefined;
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
