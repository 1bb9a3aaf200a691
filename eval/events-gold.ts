/**
 * Eval helper: the timeline-events gold (`test/fixtures/gold/events.jsonl`) and which of its
 * splits a run may read. Blind splits that have not been measured yet are gated: their lines are
 * dropped while the file is read unless the run names them (`--blind2` … `--blind7`), so nothing
 * of them is loaded, extracted or printed by accident. Evals only; no extraction here.
 */

/** The splits of the events gold: tuned on (dev), checked (heldout), blind ones measured once. */
export const SPLITS = ['dev', 'heldout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7'] as const;
export type Split = (typeof SPLITS)[number];

/** Blind splits read only when their flag is given (`--` + the split's name). */
export const GATED_SPLITS = ['blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7'] as const satisfies readonly Split[];

/**
 * The gated splits that were measured once and whose misses were then read, so they are dev splits
 * now: `--verbose` lists them when their flag is given (blind6 since the events7 round). blind7 is
 * never listed.
 */
export const LOOKED_AT_SPLITS: readonly Split[] = ['blind2', 'blind3', 'blind4', 'blind5', 'blind6'];

/** One hand-written event: a snippet of its sentence, the date a timeline should give it, alternatives the text leaves open. */
export interface GoldEvent {
  article: string;
  split: Split;
  sentence: string;
  date: string;
  precision: string;
  status: 'happened' | 'planned';
  alt?: string[];
}

/**
 * The gated splits a run asked for, in the order of GATED_SPLITS.
 * @example openedSplits(['--verbose', '--blind4']) // ['blind4']
 */
export function openedSplits(args: readonly string[]): Split[] {
  return GATED_SPLITS.filter((split) => args.includes(`--${split}`));
}

/**
 * Parse the gold (one JSON object a line, blank lines ignored), dropping every line of a gated
 * split that is not opened. A line with an unknown split is an error (it would otherwise count as dev + heldout).
 * @example parseGold(text, []) // the dev, heldout and blind events only
 */
export function parseGold(text: string, opened: readonly Split[]): GoldEvent[] {
  const gated: readonly Split[] = GATED_SPLITS;
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldEvent)
    .filter((g) => {
      if (!SPLITS.includes(g.split)) throw new Error(`events gold: unknown split "${g.split}" (${g.article})`);
      return !gated.includes(g.split) || opened.includes(g.split);
    });
}
