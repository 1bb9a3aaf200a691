/**
 * Text from articles made safe and short for a chart. Vega escapes `<`, `&` and quotes when it
 * writes the SVG; what it does not remove are characters XML forbids outright (control
 * characters, lone surrogates, U+FFFE/U+FFFF), which would make the SVG unreadable for resvg.
 */

/**
 * Whether XML 1.0 allows a code point and a chart should draw it: no C0 controls (tab, newline
 * and carriage return become spaces below), DEL or C1 controls, lone surrogates (`for … of`
 * yields them alone), U+FFFE or U+FFFF.
 */
function drawable(codePoint: number): boolean {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return true;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return false;
  return !(codePoint >= 0xd800 && codePoint <= 0xdfff) && codePoint !== 0xfffe && codePoint !== 0xffff;
}

/**
 * One line of text a chart can draw: NFC, no forbidden characters, whitespace collapsed.
 * @example cleanText('Gipfel\n in\u0000 Hanoi ') // "Gipfel in Hanoi"
 */
export function cleanText(text: unknown): string {
  if (typeof text !== 'string') return '';
  let kept = '';
  for (const char of text) if (drawable(char.codePointAt(0) ?? 0)) kept += char;
  return kept.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const segmenter = new Intl.Segmenter('de', { granularity: 'grapheme' });

/**
 * `text` cut to at most `max` characters (user-perceived: an emoji with skin tone is one),
 * at a word boundary when one is near the end, with "…" when cut.
 * @example cutText('Gipfel in Hanoi scheitert ohne gemeinsame Erklärung der beiden Seiten', 40) // "Gipfel in Hanoi scheitert ohne…"
 */
export function cutText(text: string, max: number): string {
  const graphemes = Array.from(segmenter.segment(text), (s) => s.segment);
  if (graphemes.length <= max) return text;
  const head = graphemes.slice(0, max - 1);
  // prefer the last space in the final 40 %, so a word is not cut in half
  const space = head.lastIndexOf(' ');
  const kept = space >= Math.floor(max * 0.6) ? head.slice(0, space) : head;
  return `${kept.join('').replace(/[\s,;:.\-–—]+$/, '')}…`;
}
