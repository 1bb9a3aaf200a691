/**
 * Which events a timeline names, and label lanes without overlaps or crossed leader lines.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LEADER_GAP, type LabelBox, type LabelCandidate, pickLabels, type Placement, placeLabels } from '../../../src/render/charts/labels.ts';

const candidate = (order: number, bin: number, weight?: number): LabelCandidate => ({ order, month: bin, bin, text: `E${order}`, ...(weight === undefined ? {} : { weight }) });

describe('pickLabels', () => {
  it('takes the heaviest events first, one per bar, unweighted ones last', () => {
    const picked = pickLabels([candidate(0, 1), candidate(1, 2, 1), candidate(2, 3, 5), candidate(3, 3, 9), candidate(4, 4, 2)], new Map(), 3);
    assert.deepEqual(
      picked.map((c) => c.order),
      [3, 4, 1],
    );
  });

  it('without weights takes the first event of the busiest bars, earlier bars on ties', () => {
    const counts = new Map([
      [1, 1],
      [2, 4],
      [3, 2],
      [4, 4],
    ]);
    const picked = pickLabels([candidate(0, 1), candidate(1, 2), candidate(2, 2), candidate(3, 3), candidate(4, 4)], counts, 3);
    assert.deepEqual(
      picked.map((c) => c.order),
      [1, 4, 3],
    );
  });

  it('skips events without text', () => {
    assert.deepEqual(
      pickLabels([{ ...candidate(0, 1, 9), text: '' }, candidate(1, 2, 1)], new Map(), 5).map((c) => c.order),
      [1],
    );
  });
});

/** Every rule the placement promises, checked on the result. */
function assertValid(boxes: readonly LabelBox[], placements: ReadonlyArray<Placement | undefined>, plotWidth: number, lanes: number): void {
  const placed = placements.flatMap((p, i) => (p ? [{ ...p, x: boxes[i]!.x }] : []));
  for (const a of placed) {
    assert.ok(a.lane >= 0 && a.lane < lanes);
    assert.ok(a.align === 'left' ? a.start === a.x : a.end === a.x, 'text starts or ends at its leader');
    for (const b of placed) {
      if (a === b) continue;
      if (a.lane === b.lane) assert.ok(a.end <= b.start || b.end <= a.start, 'no overlap in a lane');
      // b's leader runs down from lane b.lane: it must not cross a's text if a is lower
      if (a.lane < b.lane) assert.ok(b.x < a.start - LEADER_GAP || b.x > a.end + LEADER_GAP, 'no leader through a lower label');
    }
    if (a.start >= 0 || a.end <= plotWidth) assert.ok(a.start >= 0 && a.end <= plotWidth, 'inside the plot');
  }
}

describe('placeLabels', () => {
  it('stacks overlapping labels, later events lower', () => {
    const boxes = [
      { x: 10, width: 200 },
      { x: 100, width: 200 },
      { x: 400, width: 100 },
    ];
    const placements = placeLabels(boxes, 736, 5);
    assertValid(boxes, placements, 736, 5);
    assert.deepEqual(
      placements.map((p) => p?.lane),
      [1, 0, 0],
    );
  });

  it('ends a label at its leader near the right edge', () => {
    const boxes = [{ x: 700, width: 200 }];
    assert.deepEqual(placeLabels(boxes, 736, 5)[0], { lane: 0, align: 'right', start: 700 - LEADER_GAP - 200, end: 700 });
  });

  it('keeps the most important labels that fit, up to max', () => {
    // the second cannot coexist with the first (each would cover the other's leader); the third can
    const boxes = [
      { x: 500, width: 300 },
      { x: 520, width: 300 },
      { x: 50, width: 100 },
    ];
    const placements = placeLabels(boxes, 736, 5, 5);
    assertValid(boxes, placements, 736, 5);
    assert.ok(placements[0] && placements[2]);
    assert.equal(placeLabels(boxes, 736, 5, 1).filter(Boolean).length, 1);
  });

  it('never breaks its rules on random input', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 300; round++) {
      const boxes = Array.from({ length: 1 + Math.floor(random() * 12) }, () => ({ x: random() * 736, width: 20 + random() * 300 }));
      const placements = placeLabels(boxes, 736, 5, 5);
      assertValid(boxes, placements, 736, 5);
      assert.ok(placements.filter(Boolean).length >= 1);
    }
  });
});
