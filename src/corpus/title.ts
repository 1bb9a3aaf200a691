/**
 * Titles for articles without one: the first real sentence, without photo credits.
 */
import { splitSentences } from '../text/sentences.ts';

/** Longest derived title, in characters; longer sentences are cut at a word boundary. */
export const MAX_TITLE_LENGTH = 140;

// "Photo : YONHAP News" / "Foto: dpa" -> a whole credit line
const CREDIT_LINE = /^(?:photo|foto|bild)\s*:\s*[^\n]{0,60}$/i;
// "… gesprengt hat. epa/YONHAP" -> trailing agency credit "epa/YONHAP"
const TRAILING_CREDIT = /\s+(?:epa|dpa|afp|ap|reuters|yonhap|kcna|getty)(?:\/[A-Za-z]+)*\s*$/i;

/**
 * Derive a title from the body: first sentence that is not a photo credit.
 * @example deriveTitle("Photo : YONHAP News\n\nSüdkorea und die USA haben sich geeinigt.") // "Südkorea und die USA haben sich geeinigt."
 */
export function deriveTitle(body: string): string {
  for (const sentence of splitSentences(body)) {
    const text = sentence.text.replace(TRAILING_CREDIT, '').trim();
    if (!text || CREDIT_LINE.test(text) || !/\p{L}{3}/u.test(text)) continue;
    return shorten(text);
  }
  return '';
}

function shorten(text: string): string {
  if (text.length <= MAX_TITLE_LENGTH) return text;
  const cut = text.slice(0, MAX_TITLE_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}
