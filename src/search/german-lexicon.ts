/**
 * The German lexicon from the `dictionary-de` package. The package reads its own `.dic` file
 * when first imported (once per process, like a JSON import); parsing happens on first use.
 */
import dictionary from 'dictionary-de';
import { parseHunspellDic, type Lexicon } from './lexicon.ts';

let parsed: Lexicon | undefined;

/**
 * The German compound lexicon (about 75k entries, parsed once, ~100 ms).
 * @example germanLexicon().tails.has("gespraech") // true
 */
export function germanLexicon(): Lexicon {
  parsed ??= parseHunspellDic(new TextDecoder('utf-8').decode(dictionary.dic));
  return parsed;
}
