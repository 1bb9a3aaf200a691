/**
 * What a timeline leaves out of an article: dates inside parentheses ("des Korea-Krieges
 * (1950-53)") and paragraphs that end in a photo credit ("epa/YONHAP").
 */
import type { DateMention } from '../dates/index.ts';
import type { Sentence } from '../lexicon/index.ts';

/**
 * Whether mentions sit inside parentheses, as asides do: "des Korea-Krieges (1950-53)" — the last
 * bracket before the mention in its sentence is an opening one. Asked for mentions left to right,
 * it reads each sentence once.
 */
export class Parentheses {
  private from = -1;
  private open = -1;
  private close = -1;

  constructor(private readonly body: string) {}

  inside(sentence: Sentence, mention: DateMention): boolean {
    if (this.from < sentence.start || this.from > mention.start) {
      this.from = sentence.start;
      this.open = -1;
      this.close = -1;
    }
    for (; this.from < mention.start; this.from++) {
      const c = this.body[this.from];
      if (c === '(') this.open = this.from;
      else if (c === ')') this.close = this.from;
    }
    return this.open > this.close;
  }
}

// A photo credit at the end of a paragraph, CREDIT = /(?:\b(?:epa|…)\b[^.!?]*|(?:Photo|Foto|Bild)\s*:.*)$/i
// tested in two linear steps (endsInCredit):
// "… epa/YONHAP" -> an agency name with no . ! ? after it
const AGENCY = /\b(?:epa|dpa|afp|ap|reuters|yonhap|ddp|kna)\b/i;
// "Photo : YONHAP News", "Foto: dpa" -> a label and its colon
const PHOTO_LABEL = /(?:Photo|Foto|Bild)\s*:/gi;

/** Answers of `isCaption` per paragraph line of one body (line start -> [line end, answer]) and the last line asked. */
export interface CaptionCache {
  lines: Map<number, [number, boolean]>;
  last?: { from: number; end: number; caption: boolean };
}

/**
 * The paragraph holding an offset ends in a photo credit ("epa/YONHAP", "Photo : YONHAP News");
 * asked once per paragraph (the last one asked is kept, so a long line is not searched again).
 */
export function isCaption(body: string, offset: number, cache: CaptionCache): boolean {
  if (cache.last && cache.last.from <= offset && offset < cache.last.end) return cache.last.caption;
  const found = body.indexOf('\n', offset);
  const end = found < 0 ? body.length : found;
  const from = body.lastIndexOf('\n', offset) + 1;
  const known = cache.lines.get(from);
  const caption = known && known[0] === found ? known[1] : endsInCredit(body.slice(from, end).trim());
  cache.lines.set(from, [found, caption]);
  cache.last = { from, end, caption };
  return caption;
}

/**
 * `CREDIT.test(line)` in linear time: an agency name after the line's last . ! ? (the regex
 * would try every agency name against the rest of the line), or "Photo:"/"Foto:"/"Bild:" with no
 * line break after its colon.
 */
function endsInCredit(line: string): boolean {
  const tail = Math.max(line.lastIndexOf('.'), line.lastIndexOf('!'), line.lastIndexOf('?'));
  // (from the mark on, so \b sees what stands before the name)
  if (AGENCY.test(line.slice(Math.max(0, tail)))) return true;
  let colon = -1;
  PHOTO_LABEL.lastIndex = 0;
  for (let m = PHOTO_LABEL.exec(line); m; m = PHOTO_LABEL.exec(line)) colon = m.index + m[0].length - 1;
  return colon >= 0 && !/[\n\r\u2028\u2029]/.test(line.slice(colon));
}
