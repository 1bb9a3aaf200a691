/**
 * Titles for articles without one: the first real sentence of the text. Photo credits and photo
 * captions (a paragraph ending in an agency credit such as "epa/YONHAP") are not titles: they
 * are skipped, and stay body text. A leading dateline ("SEOUL/PJÖNGJANG:") is dropped.
 */
import { splitSentences } from '../text/lexicon/index.ts';

/** Longest derived title, in characters; longer sentences are cut at a word boundary. */
export const MAX_TITLE_LENGTH = 140;

// "Photo : YONHAP News" / "Foto: dpa" / "Bild: Reuters" -> a whole credit line
const CREDIT_LINE = /^(?:photo|foto|bild)\s*:\s*[^\n]{0,60}$/i;
// "… gesprengt hat. epa/YONHAP", "… am Montag. (Foto: dpa)", "… in Seoul. AFP/Getty Images" -> a caption's closing credit
const TRAILING_CREDIT = /\s+\(?(?:(?:photo|foto|bild)\s*:\s*)?(?:©\s*)?(?:epa|dpa|afp|ap|reuters|yonhap|kcna|getty|xinhua|imago)(?:[/ ][A-Za-z]+){0,3}\)?\s*$/i;
// "SEOUL/PJÖNGJANG: Seit zwei Jahren …" -> a dateline in capitals before the text
const DATELINE = /^[\p{Lu}][\p{Lu}\s/.-]{2,40}:\s+(?=\p{Lu})/u;
// a blank line between paragraphs: "…hat. epa/YONHAP\n\nSEOUL: …"
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

/**
 * Derive a title from the body: the first sentence that is neither a photo credit nor part of a
 * photo caption.
 * @example deriveTitle("Photo : YONHAP News\n\nSüdkorea und die USA haben sich geeinigt.") // "Südkorea und die USA haben sich geeinigt."
 * @example deriveTitle("Reporter warten an der Brücke. epa/YONHAP\n\nSEOUL: Kim reist ab. Mehr.") // "Kim reist ab."
 */
export function deriveTitle(body: string): string {
  const paragraphs = body
    .split(PARAGRAPH_BREAK)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !CREDIT_LINE.test(p));
  const text = paragraphs.find((p) => !TRAILING_CREDIT.test(p));
  // only captions: the first one, without its credit, is the best there is
  return text !== undefined ? firstSentence(text) : firstSentence(paragraphs[0]?.replace(TRAILING_CREDIT, '') ?? '');
}

function firstSentence(paragraph: string): string {
  for (const sentence of splitSentences(paragraph.replace(DATELINE, ''))) {
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
