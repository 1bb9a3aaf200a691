/**
 * Text widths from the font files themselves (advance widths from `cmap` + `hmtx`, no kerning),
 * so that Vega lays out text (axis label overlap, `limit` truncation, our label lanes) with the
 * widths resvg will draw. Without a canvas, Vega would guess 0.8 em per character, about a
 * third too wide for DejaVu Sans.
 */
import { readFileSync } from 'node:fs';
import * as vega from 'vega';
import { FONT_FILES } from './fonts.ts';

/** Advance widths of one font face. */
export interface FaceMetrics {
  /** Width of `text` in px at `fontSize` px (sum of advances; a missing glyph counts as `.notdef`). */
  width(text: string, fontSize: number): number;
}

/** Read the advance widths of a TrueType font (cmap format 12 or 4, hmtx). */
export function readFaceMetrics(font: Uint8Array): FaceMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!);
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advance = (glyph: number): number => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmapLookup(view, table('cmap'));

  const cache = new Map<number, number>();
  const em = (codePoint: number): number => {
    let width = cache.get(codePoint);
    if (width === undefined) {
      width = advance(glyphOf(codePoint)) / unitsPerEm;
      cache.set(codePoint, width);
    }
    return width;
  };
  return {
    width(text, fontSize) {
      let sum = 0;
      for (const char of text) sum += em(char.codePointAt(0)!);
      return sum * fontSize;
    },
  };
}

/** The glyph lookup of the best Unicode cmap subtable: format 12 (3,10) if present, else format 4. */
function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const sub = cmap + view.getUint32(cmap + 8 + 8 * i);
    const format = view.getUint16(sub);
    if (format === 12 && (platform === 3 || platform === 0)) return format12(view, sub);
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 ??= sub;
  }
  if (format4 === undefined) throw new Error('font has no Unicode cmap');
  return format4Lookup(view, format4);
}

function format12(view: DataView, sub: number): (codePoint: number) => number {
  const groups = view.getUint32(sub + 12);
  return (codePoint) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const group = sub + 16 + 12 * mid;
      if (codePoint < view.getUint32(group)) hi = mid - 1;
      else if (codePoint > view.getUint32(group + 4)) lo = mid + 1;
      else return view.getUint32(group + 8) + codePoint - view.getUint32(group);
    }
    return 0;
  };
}

function format4Lookup(view: DataView, sub: number): (codePoint: number) => number {
  const segCountX2 = view.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segCountX2 + 2;
  const deltas = starts + segCountX2;
  const rangeOffsets = deltas + segCountX2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segCountX2; i += 2) {
      if (codePoint > view.getUint16(ends + i)) continue;
      const start = view.getUint16(starts + i);
      if (codePoint < start) return 0;
      const delta = view.getUint16(deltas + i);
      const rangeOffset = view.getUint16(rangeOffsets + i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + i + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

let faces: { regular: FaceMetrics; bold: FaceMetrics } | undefined;

/** The regular and bold DejaVu Sans metrics, read once. */
export function chartFontMetrics(): { regular: FaceMetrics; bold: FaceMetrics } {
  faces ??= {
    regular: readFaceMetrics(readFileSync(FONT_FILES.regular)),
    bold: readFaceMetrics(readFileSync(FONT_FILES.bold)),
  };
  return faces;
}

/**
 * Width in px of `text` as the charts draw it.
 * @example textWidth('März 2019', 10) // about 50
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const metrics = chartFontMetrics();
  return (bold ? metrics.bold : metrics.regular).width(text, fontSize);
}

/** What Vega passes to `textMetrics.width`: a text mark item. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number | string;
}

/** Vega's text measurement hook (exported by vega-scenegraph, missing from vega's typings). */
interface VegaTextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

let installed = false;

/**
 * Make Vega measure text with DejaVu Sans' advance widths, as vl-convert does with its own
 * fonts. This sets Vega's module-wide `textMetrics.width`, so it applies to every Vega view in
 * the process (the charts are the only Vega users). Idempotent.
 */
export function installTextMetrics(): void {
  if (installed) return;
  const metrics = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
  metrics.width = (item, text) => {
    const value = text == null ? '' : String(text).trim();
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const weight = item.fontWeight;
    const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const width = textWidth(value, size, bold);
    // Vega truncates text longer than `limit` to fit it; the drawn text is then at most `limit` wide
    const limit = Number(item.limit) || 0;
    return limit > 0 ? Math.min(width, limit) : width;
  };
  installed = true;
}
