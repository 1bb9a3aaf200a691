/**
 * The voice of a cue verb: "zitieren" names the one quoted as its object ("Die Agentur zitiert X mit den
 * Worten …"), and a participle in the passive names the one spoken to ("X wurde … begrüßt").
 */
import { startsLower, startsUpper } from '../lexicon/index.ts';
import type { QuoteContext } from './context.ts';
import { clauseStart } from './sentence-bounds.ts';

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
  for (let i = k - 1, start = clauseStart(ctx, k); i >= start; i--) {
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
export function quotedPerson(ctx: QuoteContext, k: number): string | null | undefined {
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

/** Title words between "von" and the agent's name: "von der Ministerin Anna Roth". */
const MAX_AGENT_TITLE = 3;

/**
 * The agent of a passive cue, who did the speaking: "Anna Berg wurde von Max Brandner mit den Worten
 * „…“ begrüßt", "Das wurde von der Ministerin Anna Roth bestätigt" -> the one person after "von" in
 * the clause (title words allowed before the name). Not a name in the genitive before a noun ("von
 * Demjanjuks Sohn": the son spoke) and not when two agents are named. `null` when there is none.
 * @example passiveAgent(ctx, indexOf("begrüßt")) // "Max Brandner"
 */
export function passiveAgent(ctx: QuoteContext, k: number): string | null {
  let agent: string | null = null;
  for (let i = k - 1, start = clauseStart(ctx, k); i >= start; i--) {
    if (!/^(von|vom)$/.test(ctx.tokens[i]!.text)) continue;
    for (let j = i + 1; j <= i + 1 + MAX_AGENT_TITLE && j < k; j++) {
      const name = ctx.personStart.get(j);
      const t = ctx.tokens[j]!;
      if (name) {
        const next = ctx.tokens[ctx.mentionEnd.get(j) ?? j + 1];
        // "von Demjanjuks Sohn" -> the name is a genitive before the noun that is the agent
        if (next?.word && startsUpper(next.text)) break;
        if (agent && agent !== name) return null;
        agent = name;
        break;
      }
      if (!t.word || (startsLower(t.text) && !/^(der|dem|den|des|einem|einer)$/.test(t.text))) break;
    }
  }
  return agent;
}
