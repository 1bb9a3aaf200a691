/**
 * A demonstrative as the subject: "Dieser"/"Diese" opening a sentence stands for the person the
 * sentence before named last ("Max Kern kritisierte Paul Lehmann. Dieser entgegnete: „…“" -> Paul
 * Lehmann); "dieser"/"diese" right after the verb for the person named last before it ("In einem
 * Gespräch mit dem Sprecher – Holger Brandt – erklärte dieser, …" -> Holger Brandt).
 */
import { isNoun, startsUpper } from '../lexicon/index.ts';
import type { QuoteContext } from './context.ts';

/**
 * The person a demonstrative subject at token `k` stands for: it opens its sentence, the sentence before
 * (same paragraph) names a person last, outside quotation marks, of the demonstrative's gender ("Dieser"
 * not a woman, "Diese" a woman); undefined otherwise.
 * @example demonstrative(ctx, indexOf("Dieser")) // "Paul Lehmann"
 */
export function demonstrative(ctx: QuoteContext, k: number): string | undefined {
  const t = ctx.tokens[k];
  if (!t || !/^(Dieser|Diese)$/.test(t.text) || ctx.tokens[k - 1]?.sentence === t.sentence || k === 0) return undefined;
  // (a paragraph break ends what the text was speaking of)
  if (ctx.body.slice(ctx.tokens[k - 1]!.end, t.start).includes('\n')) return undefined;
  return lastNamed(ctx, k - 1, ctx.tokens[k - 1]!.sentence, t.text === 'Diese');
}

/**
 * The person a demonstrative right after the verb at `verb` stands for ("sagte dieser", "erklärte
 * diese"): the person named last before the verb in its sentence, outside quotation marks, of the
 * demonstrative's gender, or, when nobody is named there, the person the sentence before (same
 * paragraph) named last; undefined when the word after the verb is no demonstrative pronoun ("diese
 * Woche" is a determiner) or nobody fits.
 * @example demonstrativeAfter(ctx, indexOf("erklärte")) // "Holger Brandt"
 */
export function demonstrativeAfter(ctx: QuoteContext, verb: number): string | undefined {
  const t = ctx.tokens[verb + 1];
  const next = ctx.tokens[verb + 2];
  if (!t || !/^(dieser|diese)$/.test(t.text) || (next?.word && startsUpper(next.text))) return undefined;
  const sentence = ctx.tokens[verb]!.sentence;
  let start = verb;
  while (start > 0 && ctx.tokens[start - 1]!.sentence === sentence) start--;
  for (let j = start; j < verb; j++) if (ctx.personAt.has(j)) return lastNamed(ctx, verb - 1, sentence, t.text === 'diese');
  // "Klaus Weber traf Petra Hahn. Danach sagte diese: …" -> nobody before the verb: the sentence before, same paragraph
  if (start === 0 || ctx.body.slice(ctx.tokens[start - 1]!.end, ctx.tokens[start]!.start).includes('\n')) return undefined;
  return lastNamed(ctx, start - 1, ctx.tokens[start - 1]!.sentence, t.text === 'diese');
}

// "den Trainer", "einem Polizisten" / "die Ministerin", "einer Sprecherin" -> articles a noun of the
// demonstrative's gender may follow ("Dieser" masculine, "Diese" feminine or plural)
const MASCULINE_ARTICLES = new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines']);
const FEMININE_ARTICLES = new Set(['die', 'der', 'eine', 'einer']);

/**
 * The person named last from token `from` back to the start of sentence `sentence`, if of the gender asked
 * for, and no noun of that gender follows the person ("Max Kern lobte den Trainer. Dieser sagte" -> the
 * trainer, nobody named).
 */
function lastNamed(ctx: QuoteContext, from: number, sentence: number, female: boolean): string | undefined {
  let quoted = false;
  const articles = female ? FEMININE_ARTICLES : MASCULINE_ARTICLES;
  for (let j = from; j >= 0 && ctx.tokens[j]!.sentence === sentence; j--) {
    if (/^[„“”«»"]$/.test(ctx.tokens[j]!.text)) quoted = !quoted;
    const name = ctx.personAt.get(j);
    // "den Trainer" after the person: a noun the demonstrative may stand for
    if (!name && !quoted && articles.has(ctx.tokens[j]!.text) && nounAfter(ctx, j)) return undefined;
    if (!name || quoted) continue;
    const gender = ctx.genders.get(name) ?? 'unknown';
    return female === (gender === 'female') ? name : undefined;
  }
  return undefined;
}

/** Adjectives an article's noun phrase may have before its noun: "den neuen Trainer". */
const MAX_NP_ADJECTIVES = 2;

/** A common noun (no person) follows the article at `j`, past a few adjectives: "den (neuen) Trainer". */
function nounAfter(ctx: QuoteContext, j: number): boolean {
  for (let k = j + 1; k <= j + 1 + MAX_NP_ADJECTIVES; k++) {
    const t = ctx.tokens[k];
    if (!t?.word || ctx.personAt.has(k)) return false;
    if (startsUpper(t.text)) return isNoun(ctx.lex, t.text);
  }
  return false;
}
