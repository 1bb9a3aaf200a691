/**
 * The lead sentence of an article: its first real sentence, photo credits skipped.
 */
import type { Article } from '../corpus/article.ts';
import { deriveTitle } from '../corpus/title.ts';
import type { Knowledge } from './knowledge.ts';

/**
 * The article's lead: the first sentence that is not its title or a photo credit.
 * @example leadSentence(knowledge, article) // "Seit einigen Monaten stehen die Zeichen …"
 */
export function leadSentence(knowledge: Knowledge, article: Article): string {
  const sentences = knowledge.sentences.get(article.id) ?? [];
  const derived = deriveTitle(article.body);
  const first = sentences.find((s) => /\p{L}{3}/u.test(s.text) && !/^(photo|foto|bild)\s*:/i.test(s.text));
  return derived || first?.text || article.title;
}
