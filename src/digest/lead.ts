/**
 * The lead of an article for the digest: the first real sentence of its body, skipping photo
 * credits, captions, headings and a repeated headline; a very short opener ("Horst Arnold ist
 * tot.") takes the next sentence of its paragraph along.
 */
import type { Article } from '../corpus/article.ts';
import { splitSentences, type Sentence } from '../text/lexicon/index.ts';

/** Fewer words than this is a heading or fragment ("Seoul, 8. Juli."), not a lead. */
const MIN_WORDS = 3;
/** A lead shorter than this many words gets the following sentence appended. */
const SHORT_WORDS = 8;

// "… bekannt." / "… zufrieden!" / "… zu erzielen.“" / "… gesagt?»" -> ends like a sentence;
// "… gesprengt hat. epa/YONHAP" (caption with credit) and "… in Oberstdorf:" (heading) -> do not
const SENTENCE_END = /[.!?][»«“”"'’)]*$/;
// "Die …" / "2019 …" / "„Wir …" / "»Ja …" -> may start a lead; "(BBK) …" / "und …" -> a continuation
const SENTENCE_START = /^[\p{Lu}\p{N}„“"»«‚']/u;
// "(Bhumibol …" / "erstmalig …" -> continues the sentence before it
const CONTINUATION = /^[(\p{Ll}]/u;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Lower-cased letters and digits only, for comparing a sentence with the headline. */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** Whether only spaces and at most one line break separate two offsets (same paragraph). */
const sameParagraph = (body: string, end: number, start: number) => !/\n\s*\n/.test(body.slice(end, start));

/**
 * The lead of an article, or `null` when nothing in the body reads like one.
 * @example leadSentence({ title: 'Gipfel in Seoul',
 *   body: 'Photo : YONHAP News\n\nBiegun traf am Mittwoch Lee Do-hoon in Seoul. Danach…' })
 * // 'Biegun traf am Mittwoch Lee Do-hoon in Seoul.'
 */
export function leadSentence(article: Pick<Article, 'title' | 'body'>): string | null {
  const { body } = article;
  const title = comparable(article.title);
  const sentences = mergeContinuations(body, splitSentences(body));
  for (let i = 0; i < sentences.length; i++) {
    const text = flat(sentences[i]!.text);
    if (!SENTENCE_END.test(text) || !SENTENCE_START.test(text) || words(text) < MIN_WORDS) continue;
    if (title && comparable(text) === title) continue;
    const next = sentences[i + 1];
    const follow = next && sameParagraph(body, sentences[i]!.end, next.start) && SENTENCE_END.test(next.text);
    return words(text) < SHORT_WORDS && follow ? `${text} ${flat(next.text)}` : text;
  }
  return null;
}

/** Join a sentence with the next when that one is a continuation in the same paragraph. */
function mergeContinuations(body: string, sentences: Sentence[]): Sentence[] {
  const merged: Sentence[] = [];
  for (const sentence of sentences) {
    const last = merged[merged.length - 1];
    if (last && CONTINUATION.test(sentence.text) && sameParagraph(body, last.end, sentence.start)) {
      merged[merged.length - 1] = { text: body.slice(last.start, sentence.end), start: last.start, end: sentence.end };
    } else {
      merged.push(sentence);
    }
  }
  return merged;
}

/** Line breaks inside a merged sentence become spaces. */
const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ');
