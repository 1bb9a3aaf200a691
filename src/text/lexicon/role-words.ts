/**
 * Title and role nouns ("Außenminister", "Chefnuklearunterhändler", "Sprecherin") recognised by
 * their head, so any compound or prefix works: "US-Vizeaußenminister" ends in "minister".
 */
import { memoize } from './memo.ts';
import { startsUpper } from './letters.ts';
import type { Gender } from './lexicon.ts';

/** Heads of masculine titles that take -in for women. */
const HEADS = [
  'präsident',
  'kanzler',
  'minister',
  'sekretär',
  'botschafter',
  'unterhändler',
  'diplomat',
  'sprecher',
  'chef',
  'leiter',
  'führer',
  'machthaber',
  // "Oberbefehlshaber", "Befehlshaberin"
  'befehlshaber',
  'diktator',
  'könig',
  'kaiser',
  'papst',
  'bischof',
  'kardinal',
  'general',
  'admiral',
  // military ranks written before the name like "General": "Oberst Franz Polzer", "Oberleutnant X" (not "Major" and
  // "Hauptmann": surnames too, "John Major", "Gerhart Hauptmann", and "Major League")
  'oberst',
  'leutnant',
  'feldwebel',
  'kommandeur',
  'kommandant',
  'offizier',
  'senator',
  'gouverneur',
  'bürgermeister',
  'politiker',
  'berater',
  'analyst',
  'experte',
  'professor',
  'direktor',
  'intendant',
  'trainer',
  'spieler',
  'stürmer',
  'torwart',
  'sänger',
  'schauspieler',
  'regisseur',
  'autor',
  'schriftsteller',
  'journalist',
  'reporter',
  'korrespondent',
  'anwalt',
  'richter',
  'staatsanwalt',
  'polizist',
  'kommissar',
  'astronaut',
  'wissenschaftler',
  'forscher',
  'unternehmer',
  'manager',
  'gründer',
  'aktivist',
  'pfarrer',
  'premier',
  'oppositionsführer',
  'kandidat',
  'herausforderer',
  'amtsinhaber',
  'nachfolger',
  'vorgänger',
  'kollege',
  'amtskollege',
  'weltmeister',
  'olympiasieger',
  'pianist',
  'dirigent',
  'komponist',
  'künstler',
  'maler',
  'architekt',
  'arzt',
  'ökonom',
  'historiker',
  'philosoph',
  'vorstand',
  'inhaber',
  'eigentümer',
  'jurist',
  'preisträger',
  'funktionär',
  'generalsekretär',
  'vertreter',
  'gesandter',
  'beauftragter',
  'abgeordneter',
  'vorsitzender',
  'fürst',
  'prinz',
  'emir',
  'scheich',
  'ayatollah',
  // (German spellings and monarchs' titles written before the name: "Ajatollah Chomeini", "Schah Mohammad Reza Pahlavi")
  'ajatollah',
  'schah',
  'sultan',
  'mullah',
  'imam',
  'rabbiner',
  'rektor',
  'dekan',
  'ministerpräsident',
  'koordinator',
  'ermittler',
  'verteidiger',
  'kläger',
  'angeklagter',
  'chefredakteur',
  'herausgeber',
  'verleger',
  'moderator',
  'model',
  // "Broadway-Star", "Filmstar" (said of women too)
  'star',
  'musiker',
  'rapper',
  'fahrer',
  'pilot',
  'kapitän',
  'athlet',
  'sportler',
  'boxer',
  'schwimmer',
  'läufer',
  'springer',
  'sprinter',
];
/** Adjectival titles: "Sondergesandte(r)", "Vorsitzende(r)", "Abgeordnete(r)", "Vorgesetzte(r)". */
const ADJECTIVAL = ['gesandt', 'beauftragt', 'vorsitzend', 'abgeordnet', 'angeklagt', 'bevollmächtigt', 'vorgesetzt'];
// "sondergesandter" -> head "gesandt", ending "er"
const ADJECTIVAL_ENDINGS = ADJECTIVAL.map((head) => ({ head, regex: new RegExp(`${head}(e|er|en|em|es)$`) }));
/** Weak masculine heads: "des Präsidenten", "dem Diplomaten". */
const WEAK = [
  'präsident',
  'diplomat',
  'kandidat',
  'astronaut',
  'journalist',
  'polizist',
  'aktivist',
  'pianist',
  'komponist',
  'dirigent',
  'experte',
  'kollege',
  'fürst',
  'prinz',
  'architekt',
  'ökonom',
  'historiker',
  'philosoph',
  'analyst',
  'korrespondent',
  'athlet',
  'jurist',
  'intendant',
  'kommandant',
  'emir',
  'scheich',
];
/** Heads that do not show gender ("Vorstand", "Model", "Star"). */
const NEUTRAL = new Set(['vorstand', 'model', 'star']);
/** Words ending in a head that are not titles of a person. */
const NOT_ROLES = new Set(['spielerei', 'leitern', 'chefsache', 'marktführer', 'reiseführer', 'stadtführer', 'spitzenreiter', 'weltmarktführer']);

// "arzt" -> "ärztin", "anwalt" -> "anwältin" (one-syllable heads whose vowel is "a"; "kanzler" keeps its "a"):
// each such head's feminine ending, worked out once rather than for every head on every new word
const UMLAUTED = /^(\p{Ll}*?)a([^aeiouäöü]+)$/u;
const UMLAUTED_FEMININE = new Map(
  HEADS.flatMap((head) => {
    const m = UMLAUTED.exec(head);
    return m ? [[head, `${m[1]}ä${m[2]}in`] as const] : [];
  }),
);

/** A recognised title word: its nominative singular, the bare head, and the gender it shows. */
export interface RoleWord {
  /** Nominative singular, e.g. "US-Präsidenten" -> "US-Präsident", "Vorsitzenden" -> "Vorsitzende". */
  base: string;
  /** The head, e.g. "präsident". */
  head: string;
  gender: Gender;
  /** Whether the title is adjectival ("Sondergesandte"), so its ending follows the gender. */
  adjectival: boolean;
}

/**
 * Recognise a title word, or undefined. Plurals ("Minister" is ambiguous, "Ministerinnen" is not) are
 * only rejected when unambiguous. Worked out once per word (the result is shared: do not modify it).
 * @example roleWord("US-Vizeaußenminister") // { base: "US-Vizeaußenminister", head: "minister", gender: "male" }
 * @example roleWord("Vizeaußenministerin") // gender "female"
 */
export const roleWord: (word: string) => RoleWord | undefined = memoize((word) => {
  const found = recognise(word);
  return found && Object.freeze(found);
});

function recognise(word: string): RoleWord | undefined {
  if (!startsUpper(word) || NOT_ROLES.has(word.toLowerCase())) return undefined;
  const lower = word.toLowerCase();
  for (const { head, regex } of ADJECTIVAL_ENDINGS) {
    // "Sondergesandter" / "Vorsitzende" / "Beauftragten" -> adjectival title
    const m = regex.exec(lower);
    if (m) return { base: word.slice(0, word.length - m[1]!.length) + 'e', head, gender: m[1] === 'er' ? 'male' : 'unknown', adjectival: true };
  }
  for (const head of HEADS) {
    const found = headForm(word, lower, head);
    if (found) return found;
  }
  return undefined;
}

function headForm(word: string, lower: string, head: string): RoleWord | undefined {
  // "Amtskollegin", "Expertin": heads in -e drop it before -in
  if (head.endsWith('e') && lower.endsWith(`${head.slice(0, -1)}in`)) return { base: word, head, gender: 'female', adjectival: false };
  // "Ärztin", "Rechtsanwältin": the feminine of a head with "a" before its last consonants takes an umlaut
  const umlauted = UMLAUTED_FEMININE.get(head);
  if (umlauted && lower.endsWith(umlauted)) return { base: word, head, gender: 'female', adjectival: false };
  const at = lower.lastIndexOf(head);
  if (at < 0) return undefined;
  const rest = lower.slice(at + head.length);
  const stem = word.slice(0, at + head.length);
  // "Ministerin" -> female; "Ministerinnen" -> a group, not one person
  if (rest === 'in') return { base: word, head, gender: 'female', adjectival: false };
  // "Außenminister" -> a man's title (women's are "-in"), except neutral ones ("Vorstand")
  if (rest === '') return { base: word, head, gender: NEUTRAL.has(head) ? 'unknown' : 'male', adjectival: false };
  // "Präsidenten", "Kollegen" -> weak masculine; "Kanzlers", "Chefs" -> genitive
  if ((rest === 'en' || rest === 'n') && WEAK.includes(head)) return { base: stem, head, gender: 'male', adjectival: false };
  // ("des Broadway-Stars" may be a woman's: neutral heads keep no gender in the genitive either)
  if (rest === 's' || rest === 'es') return { base: stem, head, gender: NEUTRAL.has(head) ? 'unknown' : 'male', adjectival: false };
  return undefined;
}

/**
 * The title as it should read for a person of a gender: adjectival titles take "-er" for men.
 * @example displayRole(roleWord("US-Sondergesandte")!, "male") // "US-Sondergesandter"
 */
export function displayRole(role: RoleWord, gender: Gender): string {
  if (role.adjectival && gender === 'male') return `${role.base}r`;
  return role.base;
}
