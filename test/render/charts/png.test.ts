/**
 * The charts as PNG: a real PNG of the documented size, also for labels with odd characters.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MENTIONS, mentionsChart, TIMELINE, timelineChart } from '../../../src/render/charts/index.ts';
import { pngSize } from '../../support/png.ts';

describe('timelineChart', () => {
  it(`is a ${TIMELINE.frame.width * TIMELINE.scale} × ${TIMELINE.frame.height * TIMELINE.scale} PNG`, async () => {
    const chart = await timelineChart({
      title: 'Nordkorea und die USA',
      range: { from: '2019', to: '2020' },
      events: [
        { date: '2019-02-27', label: 'Gipfel in Hanoi endet ohne Einigung', weight: 3 },
        { date: '2019-06-30', label: 'Trump und Kim treffen sich in Panmunjom' },
        { date: '2020-06-16', label: 'Nordkorea sprengt das Verbindungsbüro in Kaesong' },
      ],
    });
    assert.ok(chart);
    assert.deepEqual(pngSize(chart.png), { width: 1600, height: 600 });
    assert.deepEqual({ width: chart.width, height: chart.height }, { width: 1600, height: 600 });
    assert.ok(chart.png.length > 10_000, 'something was drawn');
    assert.match(chart.altText, /^Balkendiagramm „Nordkorea und die USA“: 3 Ereignisse von 2019 bis 2020/);
  });

  it('renders labels with <, &, quotes, emoji, control characters, lone surrogates and very long words', async () => {
    const chart = await timelineChart({
      title: '<svg onload="x"> & 🇰🇷 \u0000',
      events: [
        { date: '2017-08-08', label: 'Trump: "Feuer & Wut" <b>', weight: 3 },
        { date: '2017-09-03', label: 'Atomtest 💥 👩‍👩‍👧‍👦 \ud800 \udfff \uffff', weight: 2 },
        { date: '2017-11-29', label: 'Interkontinentalrakete'.repeat(40), weight: 1 },
      ],
    });
    assert.ok(chart);
    assert.deepEqual(pngSize(chart.png), { width: 1600, height: 600 });
  });

  it('is not drawn for an empty range', async () => {
    assert.equal(
      await timelineChart({
        title: 'Korea',
        events: [
          { date: '2019-02-27', label: 'Hanoi' },
          { date: '2019-06-30', label: 'Panmunjom' },
        ],
        range: { from: '2021', to: '2021' },
      }),
      undefined,
    );
  });
});

describe('mentionsChart', () => {
  it(`is a ${MENTIONS.frame.width * MENTIONS.scale} × ${MENTIONS.frame.height * MENTIONS.scale} PNG`, async () => {
    const chart = await mentionsChart({ name: 'Stephen Biegun', mentions: ['2018-08-23', '2019-01-31', '2019-02-27', '2020-07-08'] });
    assert.ok(chart);
    assert.deepEqual(pngSize(chart.png), { width: 1200, height: 400 });
    assert.equal(chart.counted, 4);
  });
});
