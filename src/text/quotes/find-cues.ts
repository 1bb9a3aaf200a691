/**
 * The reporting cues in a stretch of tokens: finite verbs ("sagte", "teilte … mit"), participles
 * ("erklärt"), stances ("ist überzeugt, dass"), and "zufolge", "laut", ", so" and "nach Angaben von".
 * attribution.ts says whom each names.
 */
import type { QuoteContext } from './context.ts';
import { cueOf } from './cues.ts';
import { isPossessive } from './possessor.ts';

/** A reporting cue at a token. */
export interface Cue {
  index: number;
  kind: 'finite' | 'participle' | 'zufolge' | 'laut' | 'so' | 'nach';
  /** Last token of the cue (the particle of "kündigte ... an", the noun of "nach Angaben von"). */
  last: number;
}

const MAKE_CLEAR = new Set(['deutlich', 'klar']);
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
    // ("gab" is "gab … an" only with its particle; without it "gab sich zuversichtlich" is tried below)
    const last = verb
      ? particleEnd(
          ctx,
          i,
          verb.map((v) => v.particle),
        )
      : undefined;
    if (last !== undefined) cues.push({ index: i, kind: 'finite', last });
    else if (verb && !SHOW.has(lower)) continue;
    else if (w.participle || (t.text === 'gemacht' && MAKE_CLEAR.has(ctx.tokens[i - 1]?.text ?? '')) || stance(ctx, i)) {
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
    } else if (lower === 'nach' && NACH_NOUNS.has(ctx.tokens[i - 1]?.text ?? '') && isPossessive(ctx, i - 2) && ctx.tokens[i - 2]!.sentence === t.sentence) {
      // "Seiner Meinung nach …" -> the cue spans the possessive, the noun and "nach"
      cues.push({ index: i - 2, kind: 'nach', last: i });
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
