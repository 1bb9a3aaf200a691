/**
 * A definite description with a title the person was not given before, referring back to the one
 * person it can mean: "Uschi Berg vertreibt eine Creme. … hat die Schauspielerin Klage eingereicht";
 * "Die bisherige Leiterin der Abteilung …" after a sentence about Christine Strobl. Strict: the title
 * shows a gender, exactly one person of that gender was named in the last sentences, the title word
 * did not occur before (then "der Polizist" is the one "ein Polizist" introduced), and a title with a
 * complement ("die Sprecherin der Stiftung", often somebody else) needs a modifier that presupposes
 * the person ("bisherige", "frühere", "scheidende").
 */
import { type Lexicon, personNoun, roleAt, type Token } from '../lexicon/index.ts';
import type { FoundRole } from './roles.ts';
import { comparison } from './as-role.ts';
import type { WorkingPerson } from './working.ts';

// "die bisherige Leiterin der Abteilung": a modifier that speaks of a known holder of the title
const PRESUPPOSING = /^(bisherig|früher|ehemalig|scheidend|amtierend|derzeitig|jetzig|langjährig|einstig|damalig)(e|er|en|em|es)?$/i;

/**
 * The one person a new definite description at token `i` refers to, among `recent` (the people named
 * in the last sentences), or undefined.
 * @example describedPerson(tokens("Uschi Berg klagt. Nun hat die Schauspielerin Klage eingereicht."), 6, role, [uschi], lex) // uschi
 */
export function describedPerson(tokens: readonly Token[], i: number, role: FoundRole, recent: readonly WorkingPerson[], lex: Lexicon): WorkingPerson | undefined {
  // "der iranischen Botschafter" (an oblique case, however misspelt) is no subject referring back
  if (role.gender === 'unknown' || role.mods.some((m) => /en$/.test(m))) return undefined;
  // "zu der Vertreter … eingeladen waren": after a preposition the article is no subject's
  // ("kennt ihn besser als der Präsident": a comparison speaks of somebody else)
  // ("Der Clan-Chef und der Bürgermeister schwiegen": the second of two joined descriptions is another person)
  if (PREPOSITION.test(tokens[i - 1]?.text ?? '') || FURTHER.test(tokens[i - 1]?.text ?? '') || comparison(tokens, i - 1)) return undefined;
  // "der Sportler und Etappensieger Fränk Schleck", "der Fahrer eines Kleinbusses": somebody else, described further
  // ("Der Clan-Chef und seine Familie": a noun phrase of its own after "und" joins another, not a title)
  if (FURTHER.test(tokens[role.last + 1]?.text ?? '') && !OWN_PHRASE.test(tokens[role.last + 2]?.text ?? '')) return undefined;
  if (role.complement && !role.mods.some((m) => PRESUPPOSING.test(m))) return undefined;
  const fitting = recent.filter((p) => p.gender === role.gender);
  if (fitting.length !== 1) return undefined;
  const person = fitting[0]!;
  // "Der Richter sagte zu Mair": the person named later in the sentence is not the one described
  if (person.mentions.some((m) => m.token > role.last && tokens[m.token]!.sentence === tokens[i]!.sentence)) return undefined;
  // the person's own titles aside, the title word must be new to the text ("mit einem Piloten an Bord … Der Pilot")
  const own = new Set<number>();
  for (const r of person.roles) for (let k = r.first; k <= r.last; k++) own.add(k);
  for (let k = 0; k < i; k++) {
    const t = tokens[k]!;
    if (!own.has(k) && t.word && (roleAt(lex, t) ?? personNoun(t.text))?.head === role.head) return undefined;
  }
  return person;
}

// a preposition before the article: "zu der", "mit der", "für die"
const PREPOSITION = /^(zu|von|mit|für|bei|nach|aus|an|auf|in|über|unter|gegen|durch|ohne|um|vor|hinter|neben|zwischen|seit|wegen|trotz|laut|gegenüber)$/i;
// what shows the title goes on to describe somebody else: "und"/"sowie" another title, an indefinite genitive
const FURTHER = /^(und|sowie|oder|eines|einer)$/;
// a possessive or article opening a noun phrase of its own after "und": "und seine Familie", "und die Kinder"
const OWN_PHRASE = /^(sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|die|das|den|dem)$/;
