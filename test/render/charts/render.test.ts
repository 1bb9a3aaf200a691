/**
 * The rendering step: no data from the network or disk, warnings collected rather than printed,
 * the PNG scaled as asked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { specToSvg, svgToPng } from '../../../src/render/charts/render.ts';

describe('specToSvg', () => {
  it('loads no data from a URL or a file', async () => {
    for (const url of ['https://example.com/data.json', '/etc/passwd']) {
      const { svg, warnings } = await specToSvg({ data: { url }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } } });
      assert.ok(
        warnings.some((w) => w.includes(`Loading failed ${url}`) && w.includes('charts load no data')),
        warnings.join('\n'),
      );
      assert.ok(!svg.includes('root:'));
    }
  });
});

describe('svgToPng', () => {
  it('draws at the given scale', async () => {
    const { png, width, height } = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><text x="2" y="15">Ä</text></svg>', 3);
    assert.deepEqual([width, height, png.readUInt32BE(16), png.readUInt32BE(20)], [90, 60, 90, 60]);
  });
});
