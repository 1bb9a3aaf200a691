/**
 * Kinship and relations as roles, naming the other person: "Christine Strobl, Tochter von
 * Bundesfinanzminister Wolfgang Schäuble und Ehefrau des Generalsekretärs Thomas Strobl" gives her
 * "Tochter von Wolfgang Schäuble" and "Ehefrau von Thomas Strobl"; "Trumps Tochter Ivanka Trump" gives
 * Ivanka Trump "Tochter von Donald Trump"; "Kim Yo Jong, Schwester des Machthabers" gives "Schwester des
 * Machthabers" when no name follows.
 */
import { addRole } from './collect.ts';
import { type Gender, type RoleWord, startsUpper, type Token } from '../lexicon/index.ts';
import type { FoundRole } from './roles.ts';
import { nameOf, type WorkingPerson } from './working.ts';
import { possessiveKin } from './kin.ts';
import { KIN } from './kin-nouns.ts';
import { type MentionSpans, mentionSpans } from './mention-spans.ts';

/** Tokens between "von"/"des" and the other person's name (a title: "von Bundesfinanzminister X"). */
const MAX_TITLE = 4;

/**
 * Add kinship roles the text states about the people mentioned in it.
 * @example relationRoles(tokens("Trumps Tochter Ivanka Trump sprach."), people, lex)
 *   // Ivanka Trump gets "Tochter von Donald Trump" when "Donald Trump" is a person of the article
 */
export function relationRoles(tokens: readonly Token[], people: readonly WorkingPerson[]): void {
  const spans = mentionSpans(tokens, people);
  tokens.forEach((t, k) => {
    const gender = Object.hasOwn(KIN, t.text) ? KIN[t.text] : undefined;
    if (!gender || !t.word) return;
    // "Trumps Tochter Ivanka Trump": the genitive before, the person after
    const holder = spans.firstOf.get(k + 1);
    const owner = spans.lastOf.get(k - 1) ?? (holder ? genitiveOwner(tokens[k - 1], people, holder) : undefined);
    if (owner && holder && owner !== holder && /s$/.test(tokens[k - 1]!.text)) {
      addRole(holder, kinRole(t.text, gender, `von ${nameOf(owner)}`, k - 1, k));
      return;
    }
    // "X, Tochter von Y" / "X, Tochter von Y und Ehefrau des Z": the person before the comma (or "und")
    const before = appositionOwner(tokens, k, spans);
    const of = relative(tokens, k, spans);
    if (before && of && before !== of.person) addRole(before, kinRole(t.text, gender, of.text, k, of.last));
  });
}

/**
 * Kinship roles a possessive states, once pronouns are linked: "Er hatte seinen Sohn Paolo beauftragt"
 * gives Paolo "Sohn von <whom "Er" refers to>".
 * @example possessiveRelationRoles(tokens("Pino Scaduto schwieg. Er hatte seinen Sohn Paolo beauftragt."), people)
 *   // Paolo gets "Sohn von Pino Scaduto"
 */
export function possessiveRelationRoles(tokens: readonly Token[], people: readonly WorkingPerson[]): void {
  for (const { k, word, holder, owner } of possessiveKin(tokens, people)) addRole(holder, kinRole(word, KIN[word]!, `von ${nameOf(owner)}`, k - 1, k));
}

/**
 * "Trumps" before "Tochter Ivanka Trump": the one other person whose name ends in that surname.
 * @example genitiveOwner(tok("Trumps"), people, ivanka) // Donald Trump
 */
function genitiveOwner(t: Token | undefined, people: readonly WorkingPerson[], holder: WorkingPerson): WorkingPerson | undefined {
  if (!t?.word || !/\p{Lu}\p{L}+s$/u.test(t.text)) return undefined;
  const surname = t.text.slice(0, -1);
  const owners = people.filter((p) => p !== holder && nameOf(p).split(' ').pop() === surname);
  return owners.length === 1 ? owners[0] : undefined;
}

// an article before the kinship noun: "X, der Sohn von Y", "X ist eine Tochter des Y"
const KIN_ARTICLE = /^(der|die|ein|eine)$/;
// a copula between the person and the kinship noun: "X ist der Sohn von Y", "X war die Ehefrau des Y"
const KIN_COPULA = /^(ist|war|bleibt|blieb)$/;

/**
 * The person a kinship apposition at `k` belongs to: "X, Tochter …", "X, die Tochter …", "X ist der
 * Sohn …" or "X, Tochter von Y und Ehefrau …".
 */
function appositionOwner(tokens: readonly Token[], k: number, spans: MentionSpans): WorkingPerson | undefined {
  const s = tokens[k]!.sentence;
  const at = KIN_ARTICLE.test(tokens[k - 1]?.text ?? '') && tokens[k - 1]!.sentence === s ? k - 1 : k;
  if (tokens[at - 1]?.text === ',') return spans.lastOf.get(at - 2);
  if (KIN_COPULA.test(tokens[at - 1]?.text ?? '') && tokens[at - 1]!.sentence === s) return spans.lastOf.get(at - 2);
  if (tokens[k - 1]?.text !== 'und') return undefined;
  // back over the first relation to its comma
  for (let j = k - 2; j > k - 12 && j > 0 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    if (tokens[j]!.text === ',') return Object.hasOwn(KIN, tokens[j + 1]?.text ?? '') ? spans.lastOf.get(j - 1) : undefined;
  }
  return undefined;
}

/** "von [Titel] Y" / "des [Titels] Y" -> "von Y", or "des Machthabers" when no name follows. */
function relative(tokens: readonly Token[], k: number, spans: MentionSpans): { person?: WorkingPerson; text: string; last: number } | undefined {
  const prep = tokens[k + 1]?.text;
  if (prep !== 'von' && prep !== 'des' && prep !== 'der') return undefined;
  for (let j = k + 2; j <= k + 1 + MAX_TITLE && tokens[j]?.sentence === tokens[k]!.sentence; j++) {
    const person = spans.firstOf.get(j);
    if (person) return { person, text: `von ${nameOf(person)}`, last: spans.endOf.get(j)! };
    if (!tokens[j]!.word || [',', 'und'].includes(tokens[j]!.text)) break;
  }
  const noun = tokens[k + 2];
  // "Bruder des Machthabers" (no name after it)
  if (prep !== 'von' && noun?.word && startsUpper(noun.text) && !spans.firstOf.has(k + 3)) return { text: `${prep} ${noun.text}`, last: k + 2 };
  return undefined;
}

function kinRole(word: string, gender: Gender, complement: string, first: number, last: number): FoundRole {
  const role: RoleWord = { base: word, head: word.toLowerCase(), gender, adjectival: false };
  return { word: role, mods: [], complement, gender, first, last, head: role.head };
}
