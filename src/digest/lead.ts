/**
 * The lead sentence of an article: the first real sentence of its body, skipping photo
 * credits, captions and a repeated headline.
 */
import type { Article } from '../corpus/article.ts';
import { splitSentences } from '../text/sentences.ts';

/** A sentence needs at least this many words to count as a lead ("Photo : YONHAP News" does not). */
const MIN_WORDS = 5;

// "… bekannt." / "… zufrieden!" / "… zu erzielen.“" / "… gesagt?»" -> ends like a sentence;
// "… gesprengt hat. epa/YONHAP" (a caption with its credit) -> does not
const SENTENCE_END = /[.!?][»«“”"'’)]*$/;

/** Lower-cased letters and digits only, for comparing a sentence with the headline. */
const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The first sentence of the body that ends like a sentence, has at least five words and is not
 * the headline again; `null` if there is none.
 * @example leadSentence({ ...article, title: 'Gipfel in Seoul',
 *   body: 'Photo : YONHAP News\n\nGipfel in Seoul\nBiegun traf am Mittwoch Lee Do-hoon in Seoul. Danach…' })
 * // 'Biegun traf am Mittwoch Lee Do-hoon in Seoul.'
 */
export function leadSentence(article: Pick<Article, 'title' | 'body'>): string | null {
  const title = comparable(article.title);
  for (const { text } of splitSentences(article.body)) {
    if (!SENTENCE_END.test(text)) continue;
    if (text.split(/\s+/).length < MIN_WORDS) continue;
    if (title && comparable(text) === title) continue;
    return text;
  }
  return null;
}
