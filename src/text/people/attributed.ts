/**
 * A title in an extended attribute before a name: "Der als Roma-König bekannte Kiril Raschkow", "die
 * als Favoritin geltende Anna Berg", "der zum Präsidenten ernannte Karl Huber", "der zur Vorsitzenden
 * gewählten Eva Roth". The participle says the person is, or was made, what the title names; other
 * participles ("der als Nachfolger gehandelte", "der als Zeuge geladene", "der als Verräter bezeichnete") state no role.
 */
import type { Lexicon, Token } from '../lexicon/index.ts';
import { articleGender, DETERMINERS, type FoundRole } from './role-phrase.ts';
import { rolePhraseFrom } from './roles.ts';

// "als" + title + a participle of being known: "als Anführer bekannte", "als Favorit geltenden", "als Präsident
// vereidigte", "als Kandidat nominierte" (not a label or praise somebody gives: "als Verräter bezeichnete",
// "als Held gefeierte", "als Retter verehrte" say what others call the person, no role)
const AS_PARTICIPLE = /^(bekannt|geltend|vereidigt|nominiert|eingesetzt|amtierend)(e|en|er|em|es)$/;
// "zum"/"zur" + title + a participle of being made it: "zum Präsidenten ernannte", "zur Chefin gewählten"
// (not "zum Verräter erklärte": a declaration names what others hold the person to be)
const TO_PARTICIPLE = /^(ernannt|gewählt|berufen|gekürt|bestimmt|befördert|bestellt|designiert|ausgerufen|wiedergewählt)(e|en|er|em|es)$/;
/** Tokens the title phrase may take between "als"/"zum" and the participle: "als Anführer der Gruppe". */
const MAX_PHRASE = 5;

/**
 * The title of the extended attribute whose participle stands right before token `nameStart`, or undefined.
 * @example renderRole(attributedRole(tokens("Der als Roma-König bekannte Kiril Raschkow"), 4, lex)!, "male") // "Roma-König"
 * @example attributedRole(tokens("der als Nachfolger gehandelte Karl Huber"), 4, lex) // undefined
 */
export function attributedRole(tokens: readonly Token[], nameStart: number, lex: Lexicon): FoundRole | undefined {
  const participle = tokens[nameStart - 1];
  if (!participle?.word || participle.sentence !== tokens[nameStart]!.sentence) return undefined;
  const as = AS_PARTICIPLE.test(participle.text);
  if (!as && !TO_PARTICIPLE.test(participle.text)) return undefined;
  for (let k = nameStart - 3; k >= nameStart - 2 - MAX_PHRASE && k > 0; k--) {
    const t = tokens[k]!;
    if (!t.word || t.sentence !== participle.sentence) return undefined;
    if (!(as ? t.text === 'als' : /^(zum|zur)$/.test(t.text))) continue;
    // the attribute opens after an article: "Der als …", "dem zum … ernannten" (not "Er wurde als Held bekannte …")
    if (!DETERMINERS.has(tokens[k - 1]?.text ?? '') && !DETERMINERS.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return undefined;
    // (any person noun: "als Hardliner geltende", "als Geschäftsmann bekannte")
    const role = rolePhraseFrom(tokens, k + 1, lex, true);
    // the title phrase reaches the participle: "als Anführer der Gruppe bekannte"
    if (!role || role.last !== nameStart - 2) return undefined;
    // "zur Vorsitzenden": a woman; "zum Vorsitzenden": a man; else the article's gender ("die als … bekannte")
    const gender = t.text === 'zur' ? 'female' : t.text === 'zum' ? 'male' : (articleGender(tokens[k - 1]!.text, role.word, `${role.word.base}`) ?? role.gender);
    return { ...role, gender };
  }
  return undefined;
}
