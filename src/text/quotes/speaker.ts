/**
 * Who is speaking: the noun phrase after a cue verb ("sagte Blinken", "warnte US-Finanzminister
 * Steven Mnuchin"), the subject before it ("Blinken nannte", "Lee Do-hoon, sagte") or the subject
 * opening the sentence ("Stoiber hatte ... betont"). Only people recognised in the article count.
 */
import { isCountry } from '../people/lexicon.ts';
import { roleWord } from '../people/role-words.ts';
import type { QuoteContext } from './context.ts';

/** A person, someone who is not a recognised person ("ein Sprecher"), or no noun phrase at all. */
export type Found = { kind: 'person'; name: string } | { kind: 'other' } | { kind: 'none' };

const ADVERBS = new Set(['zwar', 'dazu', 'auch', 'jedoch', 'aber', 'nun', 'bereits', 'zudem', 'außerdem', 'weiter',
  'ebenfalls', 'daraufhin', 'damals', 'gestern', 'heute', 'jetzt', 'noch', 'dann', 'später', 'erneut', 'wiederum',
  'allerdings', 'zugleich', 'gleichzeitig', 'demnach', 'daher', 'deshalb', 'offenbar', 'bereits', 'schon', 'ferner']);
const DETERMINERS = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines']);
// "südkoreanische", "frühere", "Erste" -> adjectives inside a title phrase
const ADJECTIVE = /^(\p{Ll}+(e|en|er|em|es)|Erste|Zweite|Stellvertretende)$/u;

/**
 * The speaker noun phrase starting at token `k` (after a cue verb).
 * @example speakerFrom(ctx, indexAfter("sagte")) // { kind: "person", name: "Antony Blinken" }
 */
export function speakerFrom(ctx: QuoteContext, k: number): Found {
  const sentence = ctx.tokens[k]?.sentence;
  let inPhrase = false;
  for (let i = k; i < k + 8 && ctx.tokens[i]?.sentence === sentence; i++) {
    const t = ctx.tokens[i]!;
    const name = ctx.personStart.get(i);
    if (name) return { kind: 'person', name };
    if (!inPhrase && ADVERBS.has(t.text)) continue;
    const lower = t.text.toLowerCase();
    if (DETERMINERS.has(lower) || ADJECTIVE.test(t.text) || roleWord(t.text) || isCountry(ctx.lex, t.text)) {
      inPhrase = true;
      continue;
    }
    // "meinte der Trainer der Frankfurter, Michael Skibbe" -> the name in apposition
    if (inPhrase && t.word) {
      const comma = ctx.tokens.findIndex((x, n) => n > i && n < i + 4 && x.text === ',');
      const name = comma > 0 ? ctx.personStart.get(comma + 1) : undefined;
      return name ? { kind: 'person', name } : { kind: 'other' };
    }
    // "sagte ein Sprecher des Ministeriums" -> somebody, not a recognised person
    if (inPhrase || (t.word && /^\p{Lu}/u.test(t.text))) return { kind: 'other' };
    return { kind: 'none' };
  }
  return inPhrase ? { kind: 'other' } : { kind: 'none' };
}

/**
 * The person whose mention ends right before token `k` ("Blinken nannte", "Lee Do-hoon, sagte",
 * "Renate Schmidt (SPD) äußerte").
 * @example subjectBefore(ctx, indexOf("nannte")) // "Antony Blinken"
 */
export function subjectBefore(ctx: QuoteContext, k: number): string | undefined {
  let j = k - 1;
  if (ctx.tokens[j]?.text === ')') {
    while (j > 0 && ctx.tokens[j]?.text !== '(' && k - j < 6) j--;
    j--;
  } else if (ctx.tokens[j]?.text === ',') j--;
  if (ctx.tokens[j]?.sentence !== ctx.tokens[k]?.sentence) return undefined;
  return ctx.personAt.get(j);
}

/**
 * The person opening the sentence of token `k` as its subject: title words, then a mention, then a
 * finite verb ("Nordkoreas Erste Vizeaußenministerin Choe Son Hui hatte ...", "Er sei ...").
 * @example subjectAtStart(ctx, indexOf("betont")) // "Stoiber" for "Stoiber hatte ... betont"
 */
export function subjectAtStart(ctx: QuoteContext, k: number): string | undefined {
  const sentence = ctx.tokens[k]?.sentence;
  let i = k;
  while (i > 0 && ctx.tokens[i - 1]?.sentence === sentence) i--;
  while (ctx.tokens[i] && !ctx.tokens[i]!.word) i++;
  for (let n = 0; n < 6 && i < k; n++, i++) {
    const name = ctx.personStart.get(i);
    if (!name) {
      const t = ctx.tokens[i]!;
      if (!(DETERMINERS.has(t.text.toLowerCase()) || ADJECTIVE.test(t.text) || roleWord(t.text) || isCountry(ctx.lex, t.text))) return undefined;
      continue;
    }
    // the verb must follow the subject, and no clause boundary may separate it from the cue
    const verb = verbAfter(ctx, ctx.mentionEnd.get(i) ?? i + 1);
    if (verb === undefined || verb > k) return undefined;
    for (let j = verb; j < k; j++) if (ctx.tokens[j]!.text === ',' || ctx.tokens[j]!.text === ':') return undefined;
    return name;
  }
  return undefined;
}

/** The index of the finite verb after position `i` (after an apposition or a party in brackets). */
function verbAfter(ctx: QuoteContext, i: number): number | undefined {
  let j = i;
  if (ctx.tokens[j]?.text === '(') {
    while (ctx.tokens[j] && ctx.tokens[j]!.text !== ')' && j - i < 6) j++;
    j++;
  } else if (ctx.tokens[j]?.text === ',') {
    while (ctx.tokens[j + 1] && ctx.tokens[j + 1]!.text !== ',' && j - i < 12) j++;
    j += 2;
  }
  const t = ctx.tokens[j];
  return t && t.word && /^\p{Ll}/u.test(t.text) && ctx.lex.verbs.has(t.text) ? j : undefined;
}
