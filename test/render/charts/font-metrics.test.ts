/**
 * Text widths from the DejaVu Sans files agree with what resvg draws (Vega would otherwise guess
 * 0.8 em per character).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Resvg } from '@resvg/resvg-js';
import { textWidth } from '../../../src/render/charts/font-metrics.ts';
import { FONT_FAMILY, FONT_FILES } from '../../../src/render/charts/fonts.ts';

function drawnWidth(text: string, size: number, bold: boolean): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="60"><text x="10" y="40" font-family="${FONT_FAMILY}" font-size="${size}px"${bold ? ' font-weight="bold"' : ''}>${text}</text></svg>`;
  const resvg = new Resvg(svg, { font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } });
  const box = resvg.getBBox();
  assert.ok(box, `resvg drew nothing for ${text}`);
  return box.width;
}

describe('textWidth', () => {
  it('matches the ink width resvg draws within 5 % (advances include the side bearings)', () => {
    for (const [text, size, bold] of [
      ['März 2019', 10, false],
      ['Gipfel in Hanoi endet ohne Einigung', 11, false],
      ['Nordkorea und die USA', 14, true],
      ['WWWW iiii', 11, false],
    ] as const) {
      const measured = textWidth(text, size, bold);
      const drawn = drawnWidth(text, size, bold);
      assert.ok(Math.abs(measured - drawn) / measured < 0.05, `${text}: measured ${measured}, drawn ${drawn}`);
    }
  });

  it('tells narrow from wide letters, and bold from regular', () => {
    assert.ok(textWidth('WWW', 11) > 2 * textWidth('iii', 11));
    assert.ok(textWidth('Korea', 14, true) > textWidth('Korea', 14));
    assert.equal(textWidth('', 11), 0);
  });
});
