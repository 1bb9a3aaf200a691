/**
 * Which events a timeline chart names, and where their labels go so that none overlaps another
 * or is crossed by another label's leader line.
 */
import type { MonthIndex } from './months.ts';

/** An event that may get a label. */
export interface LabelCandidate {
  /** Position in the caller's list (ties keep the caller's order). */
  order: number;
  month: MonthIndex;
  /** First month of the bar it belongs to. */
  bin: MonthIndex;
  /** The caller's importance, if given. */
  weight?: number;
  text: string;
}

/**
 * Up to `max` events that could be labelled, most important first, at most one per bar: by
 * `weight` when any candidate has one (unweighted ones after), else the first-listed event of
 * each of the bars with most events (ties: the earlier bar). `placeLabels` keeps those that fit.
 */
export function pickLabels<T extends LabelCandidate>(candidates: readonly T[], binCounts: ReadonlyMap<MonthIndex, number>, max: number): T[] {
  const usable = candidates.filter((c) => c.text !== '');
  const weighted = usable.some((c) => c.weight !== undefined);
  const ranked = weighted
    ? [...usable].sort((a, b) => (b.weight ?? -Infinity) - (a.weight ?? -Infinity) || a.order - b.order)
    : [...usable].sort((a, b) => (binCounts.get(b.bin) ?? 0) - (binCounts.get(a.bin) ?? 0) || a.bin - b.bin || a.order - b.order);
  const picked: T[] = [];
  const bins = new Set<MonthIndex>();
  for (const candidate of ranked) {
    if (picked.length >= max) break;
    if (bins.has(candidate.bin)) continue;
    bins.add(candidate.bin);
    picked.push(candidate);
  }
  return picked;
}

/** A label to place: where its bar is (px from the plot's left) and how wide its text is. */
export interface LabelBox {
  x: number;
  width: number;
}

/** A placed label: its lane (0 is nearest the bars) and which side of the leader its text is. */
export interface Placement {
  lane: number;
  align: 'left' | 'right';
  /** Left and right edge of the text in px. */
  start: number;
  end: number;
}

/** Space between the leader line and the text, and between two labels in a lane (px). */
export const LEADER_GAP = 3;
const LABEL_GAP = 10;

/**
 * Place labels over a plot `plotWidth` px wide, in at most `lanes` lanes: candidates come most
 * important first, and each is kept if it can be placed together with those kept before it, until
 * `max` are kept (the others get `undefined`). A label's text starts at its leader line, or ends
 * there (near the right edge); it never overlaps another label in its lane, and no leader line
 * runs through a label in a lower lane. For each set every choice of sides is tried (at most 2^max)
 * and the one needing the fewest lanes kept.
 */
export function placeLabels(boxes: readonly LabelBox[], plotWidth: number, lanes: number, max = lanes): Array<Placement | undefined> {
  const kept: number[] = [];
  let placements: Placement[] = [];
  for (let i = 0; i < boxes.length && kept.length < max; i++) {
    const trial = bestStack(
      [...kept, i].map((k) => boxes[k]!),
      plotWidth,
      lanes,
    );
    if (!trial) continue;
    kept.push(i);
    placements = trial;
  }
  const result: Array<Placement | undefined> = boxes.map(() => undefined);
  kept.forEach((i, k) => {
    result[i] = placements[k];
  });
  return result;
}

type Side = Omit<Placement, 'lane'>;

function sidesOf(box: LabelBox, plotWidth: number): Side[] {
  const sides: Side[] = [
    { align: 'left', start: box.x, end: box.x + LEADER_GAP + box.width },
    { align: 'right', start: box.x - LEADER_GAP - box.width, end: box.x },
  ];
  const inside = sides.filter((side) => side.start >= 0 && side.end <= plotWidth);
  return inside.length > 0 ? inside : sides.slice(0, 1);
}

/** The placement needing fewest lanes (then most texts right of their leader), if any fits. */
function bestStack(boxes: readonly LabelBox[], plotWidth: number, lanes: number): Placement[] | undefined {
  const options = boxes.map((box) => sidesOf(box, plotWidth));
  let best: { placements: Placement[]; lanes: number; right: number } | undefined;
  const choose = (chosen: Side[]): void => {
    if (chosen.length < boxes.length) {
      for (const side of options[chosen.length]!) choose([...chosen, side]);
      return;
    }
    const placements = stack(boxes, chosen);
    if (!placements) return;
    const used = Math.max(0, ...placements.map((p) => p.lane + 1));
    const right = chosen.filter((side) => side.align === 'right').length;
    if (used <= lanes && (!best || used < best.lanes || (used === best.lanes && right < best.right))) best = { placements, lanes: used, right };
  };
  choose([]);
  return best?.placements;
}

/**
 * Lanes for labels whose sides are chosen: a label whose text covers another's leader must sit
 * above it; labels are placed lowest first, each in the lowest lane above those it covers where
 * it overlaps no other text. `undefined` when two labels cover each other's leader.
 */
function stack(boxes: readonly LabelBox[], sides: readonly Side[]): Placement[] | undefined {
  const labels = boxes.map((box, i) => ({ x: box.x, ...(sides[i] as Side), lane: -1 }));
  type Label = (typeof labels)[number];
  const covers = (a: Label, b: Label) => a !== b && b.x >= a.start - LEADER_GAP && b.x <= a.end + LEADER_GAP;
  const overlap = (a: Label, b: Label) => a.end + LABEL_GAP > b.start && b.end + LABEL_GAP > a.start;
  for (let round = 0; round < labels.length; round++) {
    // next: the leftmost label all of whose covered labels have lanes
    const next = labels.filter((a) => a.lane < 0 && labels.every((b) => !covers(a, b) || b.lane >= 0)).sort((a, b) => a.x - b.x)[0];
    if (!next) return undefined; // a cycle: two labels cover each other's leader
    let lane = Math.max(0, ...labels.filter((b) => covers(next, b)).map((b) => b.lane + 1));
    while (labels.some((b) => b.lane === lane && overlap(next, b))) lane++;
    next.lane = lane;
  }
  return labels.map(({ align, start, end, lane }) => ({ lane, align, start, end }));
}
