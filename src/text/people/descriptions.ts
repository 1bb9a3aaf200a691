/**
 * A definite description with a title the person was not given before, referring back to the one
 * person it can mean: "Uschi Berg vertreibt eine Creme. … hat die Schauspielerin Klage eingereicht";
 * "Die bisherige Leiterin der Abteilung …" after a sentence about Christine Strobl. Strict: the title
 * shows a gender, exactly one person of that gender was named in the last sentences, the title word
 * did not occur before (then "der Polizist" is the one "ein Polizist" introduced), and a title with a
 * complement ("die Sprecherin der Stiftung", often somebody else) needs a modifier that presupposes
 * the person ("bisherige", "frühere", "scheidende"). An oblique case ("Der Ex-Ministerpräsidentin wird
 * vorgeworfen", "Der Rücktritt des Wirtschaftsministers") is stricter still: not after a preposition,
 * not the genitive of another's title, kin or office, nobody of the gender in the sentence before it,
 * the person named earlier in the same paragraph.
 */
import { type Gender, type Lexicon, nounAt, personNoun, roleAt, startsUpper, type Token } from '../lexicon/index.ts';
import type { FoundRole } from './roles.ts';
import { comparison } from './as-role.ts';
import { obliqueExcluded, relationalTitle } from './description-limits.ts';
import { relativeNoun } from './kin-nouns.ts';
import type { WorkingPerson } from './working.ts';

// "die bisherige Leiterin der Abteilung": a modifier that speaks of a known holder of the title
const PRESUPPOSING = /^(bisherig|früher|ehemalig|scheidend|amtierend|derzeitig|jetzig|langjährig|einstig|damalig)(e|er|en|em|es)?$/i;

/**
 * The one person a new definite description at token `i` refers to, among `recent` (the people named
 * in the last sentences), or undefined.
 * @example describedPerson(tokens("Uschi Berg klagt. Nun hat die Schauspielerin Klage eingereicht."), 6, role, [uschi], lex) // uschi
 */
export function describedPerson(tokens: readonly Token[], i: number, role: FoundRole, recent: readonly WorkingPerson[], lex: Lexicon, options: DescriptionOptions = {}): WorkingPerson | undefined {
  const oblique = options.oblique === true;
  // "der iranischen Botschafter" (an oblique case, however misspelt) is no subject referring back
  if (role.gender === 'unknown' || (!oblique && role.mods.some((m) => /en$/.test(m)))) return undefined;
  if (oblique && !obliqueFits(tokens, i, role, lex)) return undefined;
  // ("der Vorgänger", "nicht der Ministerin", in quotation marks, "den Abgeordneten": description-limits.ts)
  if (relationalTitle(role) || (oblique && obliqueExcluded(tokens, i, role, options.body))) return undefined;
  // "zu der Vertreter … eingeladen waren": after a preposition the article is no subject's
  // ("kennt ihn besser als der Präsident": a comparison speaks of somebody else)
  // ("Der Clan-Chef und der Bürgermeister schwiegen": the second of two joined descriptions is another person)
  // "aus der Gewalt der Entführer", "die Vermutungen der Forscher": "der" after a noun opens a genitive plural
  const prev = tokens[i - 1];
  if (!oblique && tokens[i]!.text === 'der' && prev?.word && startsUpper(prev.text) && nounAt(lex, prev)) return undefined;
  if (PREPOSITION.test(tokens[i - 1]?.text ?? '') || FURTHER.test(tokens[i - 1]?.text ?? '') || comparison(tokens, i - 1)) return undefined;
  // "der Sportler und Etappensieger Fränk Schleck", "der Fahrer eines Kleinbusses": somebody else, described further
  // ("Der Clan-Chef und seine Familie": a noun phrase of its own after "und" joins another, not a title)
  if (FURTHER.test(tokens[role.last + 1]?.text ?? '') && !OWN_PHRASE.test(tokens[role.last + 2]?.text ?? '')) return undefined;
  if (role.complement && !role.mods.some((m) => PRESUPPOSING.test(m))) return undefined;
  const fitting = recent.filter((p) => p.gender === role.gender);
  if (fitting.length !== 1) return undefined;
  const person = fitting[0]!;
  // "Der Richter sagte zu Mair": the person named later in the sentence is not the one described
  // ("Mair dankte dem Richter": in an oblique case, nor the one named before it)
  if (person.mentions.some((m) => (oblique || m.token > role.last) && tokens[m.token]!.sentence === tokens[i]!.sentence)) return undefined;
  // an oblique description refers back within its paragraph only ("Fotos des Passinhabers" opening a
  // paragraph after one that named the data protection commissioner means any holder)
  if (oblique && options.body !== undefined && !namedInParagraph(person, tokens[i]!.start, options.body)) return undefined;
  // the person's own titles aside, the title word must be new to the text ("mit einem Piloten an Bord … Der Pilot")
  const own = new Set<number>();
  for (const r of person.roles) for (let k = r.first; k <= r.last; k++) own.add(k);
  for (let k = 0; k < i; k++) {
    const t = tokens[k]!;
    if (!own.has(k) && t.word && (roleAt(lex, t) ?? personNoun(t.text))?.head === role.head) return undefined;
  }
  return person;
}

/**
 * Whether sentence `sentence` (before token `i`) opens with the subject pronoun of `gender`: "Er erlitt
 * ein Trauma." for a man, "Sie war Ministerin." for a woman (also a plural "Sie": the caller asks that
 * the sentence names nobody and that one person of the gender fits).
 * @example opensWithPronoun(tokens("Reinke stürzte. Er erlitt ein Trauma. Der Spieler …"), 8, 1, "male") // true
 */
export function opensWithPronoun(tokens: readonly Token[], i: number, sentence: number, gender: Gender): boolean {
  let k = i;
  while (k > 0 && tokens[k - 1]!.sentence >= sentence) k--;
  const first = tokens[k];
  return first?.sentence === sentence && first.text === (gender === 'male' ? 'Er' : gender === 'female' ? 'Sie' : '');
}

/** How a description is read: `oblique` for a dative, accusative or genitive ("dem Minister"), `body` the article text (for its paragraphs). */
export interface DescriptionOptions {
  oblique?: boolean;
  body?: string;
}

/** Whether the person is named before offset `at` in the paragraph `at` lies in (no line break between). */
function namedInParagraph(person: WorkingPerson, at: number, body: string): boolean {
  return person.mentions.some((m) => m.end <= at && !body.slice(m.end, at).includes('\n'));
}

/**
 * Whether an oblique description may refer back at all: not the genitive of somebody else's title or
 * kin ("der Sohn des Präsidenten", "ein Sprecher der Ministerin": the named one may be the son or the
 * speaker), nor of an office ("das Amt des Ministerpräsidenten"), and no pronoun of its gender before
 * it in the sentence ("Er dankte dem Minister": he is somebody else than the minister), nor a personal
 * one after it ("Nach dem Besuch des Präsidenten sagte er nichts").
 * @example obliqueFits(tokens("Er dankte dem Minister."), 2, role, lex) // false
 */
function obliqueFits(tokens: readonly Token[], i: number, role: FoundRole, lex: Lexicon): boolean {
  const before = tokens[i - 1];
  if (before?.word && startsUpper(before.text) && (roleAt(lex, before) ?? personNoun(before.text) ?? (relativeNoun(before.text) || OFFICE.test(before.text)))) return false;
  const pronoun = role.gender === 'male' ? MALE_PRONOUN : FEMALE_PRONOUN;
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence; k--) if (pronoun.test(tokens[k]!.text)) return false;
  // after it, a personal pronoun is somebody else too ("Nach dem Besuch des Präsidenten sagte er nichts"),
  // a possessive may be its own ("Der Rücktritt des Ministers kommt für seine Freunde überraschend")
  const personal = role.gender === 'male' ? MALE_PERSONAL : FEMALE_PERSONAL;
  for (let k = role.last + 1; tokens[k]?.sentence === tokens[i]!.sentence; k++) if (personal.test(tokens[k]!.text)) return false;
  return true;
}

// an office before a genitive names the office, not its holder: "das Amt des Ministerpräsidenten", "die Wahl des Präsidenten"
const OFFICE = /^(Amt|Amtes|Amts|Posten|Postens|Position|Stelle|Rolle|Titel|Titels|Wahl|Funktion|Nachfolge|Kandidatur|Aufgabe|Aufgaben|Büro|Büros|Sitz|Sitzes|Stuhl|Stuhls|Sessel|Rang|Ranges|Job|Jobs)$/;
// "er", "ihn", "ihm", "sein…" (e.g. "Er dankte dem Minister")
const MALE_PRONOUN = /^(er|Er|ihn|ihm|sein|seine|seinen|seinem|seiner|seines|Sein|Seine)$/;
// "sie", "ihr…" (a plural "sie" too, which only makes the rule stricter)
const FEMALE_PRONOUN = /^(sie|Sie|ihr|ihre|ihren|ihrem|ihrer|ihres|Ihr|Ihre)$/;
// the personal pronouns alone: "sagte er", "traf ihn"; "sagte sie"
const MALE_PERSONAL = /^(er|Er|ihn|ihm)$/;
const FEMALE_PERSONAL = /^(sie|Sie)$/;
// a preposition before the article: "zu der", "mit der", "für die"
const PREPOSITION = /^(zu|von|mit|für|bei|nach|aus|an|auf|in|über|unter|gegen|durch|ohne|um|vor|hinter|neben|zwischen|seit|wegen|trotz|laut|gegenüber)$/i;
// what shows the title goes on to describe somebody else: "und"/"sowie" another title, an indefinite genitive
const FURTHER = /^(und|sowie|oder|eines|einer)$/;
// a possessive or article opening a noun phrase of its own after "und": "und seine Familie", "und die Kinder"
const OWN_PHRASE = /^(sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|die|das|den|dem)$/;
