/**
 * The mentions chart for `who`: per month, per year for long spans, nothing for one month.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Mention, planMentions } from '../../../src/render/charts/mentions-plan.ts';
import { mentionsChartSvg } from '../../../src/render/charts/mentions.ts';

describe('planMentions', () => {
  it('counts mentions per month over up to three years', () => {
    const plan = planMentions({ name: 'Stephen Biegun', mentions: ['2019-02-27', '2019-02-28', { date: '2019-06', count: 3 }, '2020-07-08'] });
    assert.ok(plan);
    assert.equal(plan.unit, 'month');
    assert.deepEqual(
      plan.bins.map((b) => b.count),
      [2, 3, 1],
    );
    assert.equal(plan.title, 'Stephen Biegun in den Artikeln');
    assert.equal(plan.subtitle, '6 Erwähnungen von Februar 2019 bis Juli 2020, gezählt pro Monat');
    assert.equal(plan.altText, 'Balkendiagramm „Stephen Biegun in den Artikeln“: 6 Erwähnungen von Februar 2019 bis Juli 2020, gezählt pro Monat; die meisten im Juni 2019 (3).');
  });

  it('counts per year when the span is long', () => {
    const plan = planMentions({ name: 'Kim Jong-un', mentions: [{ date: '2011-12-19', count: 1200 }, '2018-04-27', '2019-02-27'] });
    assert.ok(plan);
    assert.equal(plan.unit, 'year');
    assert.equal(plan.subtitle, '1.202 Erwähnungen von 2011 bis 2019, gezählt pro Jahr');
  });

  it('draws nothing without valid dates or for a single month, and skips bad entries', () => {
    assert.equal(planMentions({ name: 'Niemand', mentions: [] }), undefined);
    assert.equal(planMentions({ name: 'Biegun', mentions: ['2019-02-27', '2019-02-01'] }), undefined);
    const odd = ['2019-02-27', '2019-02-30', 'gestern', { date: '2019-05', count: 0 }, { date: '2019-05', count: Number.NaN }, null, '2019-09'] as unknown as Mention[];
    const plan = planMentions({ name: 'Biegun', mentions: odd });
    assert.ok(plan);
    assert.equal(plan.counted, 2);
    assert.equal(plan.skipped, 5);
  });
});

describe('mentionsChartSvg', () => {
  it('is a small chart with German months, an escaped name and no Vega warnings', async () => {
    const drawn = await mentionsChartSvg({ name: 'Kim <Jong-un> & "Co"', mentions: ['2019-03-01', '2019-05-02', '2019-10-03'] });
    assert.ok(drawn);
    assert.deepEqual(drawn.warnings, []);
    assert.match(drawn.svg, /^<svg[^>]* width="600" height="200"/);
    assert.ok(drawn.svg.includes('>März 2019</text>'));
    assert.ok(drawn.svg.includes('Kim &lt;Jong-un&gt; &amp; "Co" in den Artikeln'));
  });
});
