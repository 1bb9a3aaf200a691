/**
 * Quotes introduced without a verb of saying: a phrase with one person and no verb before a colon
 * ("Zitat von Schröder: „…“", "Die Antwort von Max Muster: „…“", "Nina Hagen zur neuen Heimat: „…“",
 * "In einer Erklärung von Max Muster hieß es: „…“"), or an opinion framed by "für" ("Für den
 * Theologen Hans Küng sei der Rücktritt „verständlich“").
 */
import type { QuoteContext } from './context.ts';
import { sentenceStart } from './sentence-bounds.ts';
import { startsLower } from '../lexicon/index.ts';

/** Tokens an introduction before a colon may have. */
const MAX_INTRO_TOKENS = 12;

/**
 * The one person named in a verbless introduction of the quote starting at token `first`, if any.
 * @example introducedBy(ctx, indexOf("„")) // "Gerhard Schröder" for "Zitat von Schröder: „Wir …“"
 */
export function introducedBy(ctx: QuoteContext, first: number): string | undefined {
  const start = sentenceStart(ctx, first);
  if (ctx.tokens[first - 1]?.text === ':') return colonIntro(ctx, start, first - 1);
  return forPerson(ctx, start, first);
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
