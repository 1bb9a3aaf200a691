/**
 * Name shapes that need no first-name list: Korean ("Kim Jong Un", "Lee Do-hoon") and
 * Chinese ("Li Hongzhong", "Xi Jinping") romanisations.
 */

import { startsUpper } from './letters.ts';

/** Common Korean family names in the romanisations German news uses. */
const KOREAN_SURNAMES = new Set([
  'kim',
  'gim',
  'lee',
  'yi',
  'rhee',
  'ri',
  'park',
  'pak',
  'bak',
  'choi',
  'choe',
  'chey',
  'jung',
  'jeong',
  'chung',
  'chong',
  'kang',
  'gang',
  'cho',
  'jo',
  'yoon',
  'yun',
  'jang',
  'chang',
  'lim',
  'rim',
  'han',
  'seo',
  'suh',
  'shin',
  'sin',
  'kwon',
  'hwang',
  'ahn',
  'song',
  'ryu',
  'yoo',
  'hong',
  'jeon',
  'chun',
  'chon',
  'moon',
  'mun',
  'yang',
  'son',
  'sohn',
  'bae',
  'pae',
  'baek',
  'paek',
  'heo',
  'hur',
  'nam',
  'roh',
  'noh',
  'kwak',
  'sung',
  'seong',
  'cha',
  'joo',
  'woo',
  'min',
  'jin',
  'eom',
  'um',
  'chae',
  'won',
  'pyo',
  'byun',
  'pyon',
  'hyun',
  'hyon',
  'ji',
  'tak',
  'ryong',
  'ok',
  'kye',
  'pang',
  'thae',
  'ro',
  // short ones that are also German words: only with a two-syllable given name
  'an',
  'so',
  'im',
  'no',
  'oh',
  'o',
  'go',
  'ko',
  'ha',
  'ju',
  'yu',
  'na',
]);
const KOREAN_SHORT = new Set(['an', 'so', 'im', 'no', 'oh', 'o', 'go', 'ko', 'ha', 'ju', 'yu', 'na']);

/** Common Chinese family names (pinyin). */
const CHINESE_SURNAMES = new Set([
  'li',
  'wang',
  'zhang',
  'liu',
  'chen',
  'yang',
  'zhao',
  'huang',
  'zhou',
  'wu',
  'xu',
  'sun',
  'hu',
  'zhu',
  'gao',
  'lin',
  'he',
  'guo',
  'ma',
  'luo',
  'liang',
  'song',
  'zheng',
  'xie',
  'han',
  'tang',
  'feng',
  'yu',
  'dong',
  'xiao',
  'cheng',
  'cao',
  'yuan',
  'deng',
  'fu',
  'shen',
  'zeng',
  'peng',
  'lu',
  'su',
  'jiang',
  'cai',
  'jia',
  'ding',
  'wei',
  'xue',
  'ye',
  'yan',
  'pan',
  'du',
  'dai',
  'xia',
  'zhong',
  'tian',
  'ren',
  'fan',
  'fang',
  'shi',
  'yao',
  'tan',
  'liao',
  'zou',
  'xiong',
  'jin',
  'hao',
  'kong',
  'bai',
  'cui',
  'kang',
  'mao',
  'qiu',
  'qin',
  'gu',
  'hou',
  'shao',
  'meng',
  'long',
  'wan',
  'duan',
  'lei',
  'qian',
  'yin',
  'yi',
  'qiao',
  'lai',
  'gong',
  'wen',
  'xi',
  'bo',
  'hua',
  'ji',
]);

// "Xi", "Wang" -> one capital, then lower case only
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

// "jong", "un", "hui", "kyung", "wha", "sei", "young", "hoon" -> one romanised Korean syllable
const KOREAN_SYLLABLE = /^(?:[bcdghjklmnprstwy]{0,3})(?:ae|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u)[aeiou]?(?:ng|n|m|k|l|p|t|r|g|b)?$/;
// pinyin initial + final: "hong", "zhong", "jin", "ping", "qiang", "yi"
const PINYIN_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü)$/;

/**
 * Whether a word is a Korean family name; short ones ("An", "So") are flagged as weak.
 * @example koreanSurname("Kim") // "strong"; koreanSurname("So") // "weak"; koreanSurname("Trump") // undefined
 */
export function koreanSurname(word: string): 'strong' | 'weak' | undefined {
  const lower = word.toLowerCase();
  if (!KOREAN_SURNAMES.has(lower) || !startsUpper(word)) return undefined;
  return KOREAN_SHORT.has(lower) ? 'weak' : 'strong';
}

/**
 * Whether a word is one romanised Korean syllable ("Jong", "Un", "Hoon").
 * @example isKoreanSyllable("Hoon") // true; isKoreanSyllable("Seoul") // false
 */
export function isKoreanSyllable(word: string): boolean {
  return word.length <= 6 && KOREAN_SYLLABLE.test(word.toLowerCase());
}

/**
 * Whether a word is a hyphenated two-syllable Korean given name ("Do-hoon", "Kyung-wha", "Jong-un").
 * @example isKoreanGivenName("Son-hui") // true; isKoreanGivenName("Nord-Süd") // false
 */
export function isKoreanGivenName(word: string): boolean {
  const parts = word.split('-');
  return parts.length === 2 && startsUpper(word) && parts.every((p) => p.length > 0 && isKoreanSyllable(p));
}

/**
 * Whether a word is a Chinese family name.
 * @example isChineseSurname("Xi") // true
 */
export function isChineseSurname(word: string): boolean {
  return CAPITALISED.test(word) && CHINESE_SURNAMES.has(word.toLowerCase());
}

/**
 * Whether a word is a pinyin given name of one or two syllables written together.
 * @example isPinyinGivenName("Hongzhong") // true; isPinyinGivenName("Sanktionen") // false
 */
export function isPinyinGivenName(word: string): boolean {
  if (!CAPITALISED_WORD.test(word)) return false;
  const w = word.toLowerCase();
  if (PINYIN_SYLLABLE.test(w)) return true;
  for (let i = 1; i < w.length; i++) {
    if (PINYIN_SYLLABLE.test(w.slice(0, i)) && PINYIN_SYLLABLE.test(w.slice(i))) return true;
  }
  return false;
}
