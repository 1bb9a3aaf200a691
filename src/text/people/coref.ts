/**
 * Later references to people already named in the article: a bare surname ("sagte Biegun"), a
 * title with a definite article ("erklärte der US-Vizeaußenminister") and, conservatively, "er"/"sie".
 */
import { addMention, type WorkingPerson } from './working.ts';
import { addRole } from './collect.ts';
import { personKey } from './key.ts';
import { isNoun, type Gender, type Lexicon, type Token, startsUpper, infoOf, nounAt } from '../lexicon/index.ts';
import { type FoundRole, roleAfter, roleBefore, rolePhraseAt } from './roles.ts';
import { mentionsBySentence, namedIn, noteMention } from './pronouns.ts';
import { describedPerson, opensWithPronoun } from './descriptions.ts';
import { titleJoinedAfter } from './coordinated.ts';
import { OBLIQUE_ARTICLES, obliquePhraseAt } from './oblique.ts';
import { mayCarryOver } from './description-limits.ts';

const DETERMINERS = new Set(['der', 'die', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'das']);
const DEFINITE = new Set(['der', 'die', 'Der', 'Die']);

/**
 * Attach bare surname mentions ("Biegun", "Trumps", "Kim") to the one person with that family name.
 * A surname shared by two people in the article ("Kim" with Kim Jong Un and Kim Yo Jong) stays unattached.
 * An apposition after the surname is the person's role ("Roth (30), Doktorand der Chemie,").
 * @example linkSurnames(tokens, people, covered, lex) // "sagte Blinken" -> Antony Blinken
 */
export function linkSurnames(tokens: readonly Token[], people: WorkingPerson[], covered: ReadonlySet<number>, lex: Lexicon): void {
  const bySurname = new Map<string, WorkingPerson[]>();
  for (const p of people) bySurname.set(p.surnameKey, [...(bySurname.get(p.surnameKey) ?? []), p]);
  if (bySurname.size === 0) return;
  tokens.forEach((t, i) => {
    if (!t.word || covered.has(i) || !startsUpper(t.text)) return;
    const info = infoOf(lex, t);
    const key = (info.key ??= personKey(t.text));
    // "Blinkens" -> "Blinken"
    const bare = !bySurname.has(key) && /[^s]s$/.test(t.text);
    const form = bare ? t.text.slice(0, -1) : t.text;
    const owners = bySurname.get(bare ? (info.bareKey ??= personKey(form)) : key);
    if (!owners || owners.length !== 1) return;
    // "das Blinken" / "der Koch" -> the noun, not the person; but after a comma "die" is a relative
    // pronoun before a name read as a compound only by its ending ("Die Alternative, die Hallstein nannte")
    const relative = tokens[i - 2]?.text === ',' && !lex.nouns.has(t.text);
    if (isNoun(lex, t.text) && DETERMINERS.has(tokens[i - 1]?.text.toLowerCase() ?? '') && !relative) return;
    const full = fullFormEndingAt(tokens, i, owners[0]!);
    if (full) addMention(owners[0]!, full.form, { start: full.start, end: t.end, token: i });
    else addMention(owners[0]!, form, { start: t.start, end: t.end, token: i });
    // "Brenner (30), Doktorand der Chemie,": an apposition after the bare surname, closed by a
    // comma or the sentence end (not "schafft es Roth, die Zuschauer tief zu bewegen")
    const apposition = roleAfter(tokens, i, lex, true);
    // "Mair, der arbeitslose Gärtner und Rechtsextremist,": a title joined to it closes the apposition
    const joined = apposition && titleJoinedAfter(tokens, apposition, lex);
    const closer = apposition && tokens[(joined ?? apposition).last + 1];
    if (apposition && (!closer || closer.sentence !== t.sentence || closer.text === ',')) for (const role of [apposition, joined]) if (role) addRole(owners[0]!, role);
    // "durch den spröden, „preußischen“ Justizbeamten Seidling": a person noun right before the bare
    // surname (not across a comma, "Er traf den Präsidenten, Seidling blieb", nor before a genitive,
    // "die Anhänger Seidlings")
    const prev = tokens[i - 1];
    const before = !bare && prev?.word && prev.sentence === t.sentence ? roleBefore(tokens, i, lex, true) : undefined;
    if (before) addRole(owners[0]!, before);
  });
}

/** "Meles Zenawi ist ..." where only "Zenawi" was recognised: the known full form ending at token `i`. */
function fullFormEndingAt(tokens: readonly Token[], i: number, p: WorkingPerson): { form: string; start: number } | undefined {
  for (const form of p.fullForms) {
    const n = form.split(' ').length;
    if (i - n + 1 < 0) continue;
    const run = tokens.slice(i - n + 1, i + 1);
    if (run.map((x) => x.text).join(' ') === form) return { form, start: run[0]!.start };
  }
  return undefined;
}

/**
 * Attach "der US-Vizeaußenminister" / "der US-Diplomat" to the one person mentioned earlier whose
 * title has the same head (and prefix), or else the same prefix; the title is then recorded for them.
 * A title nobody had, also in an oblique case ("Der Ex-Ministerpräsidentin wird vorgeworfen"), goes to
 * the one person it can mean (descriptions.ts); `body` gives the paragraphs an oblique one stays in.
 * @example linkRoleAnaphora(tokens, people, covered, lex) // "erklärte der US-Vizeaußenminister" -> Stephen Biegun
 */
export function linkRoleAnaphora(tokens: readonly Token[], people: WorkingPerson[], covered: ReadonlySet<number>, lex: Lexicon, body?: string): void {
  const named = mentionsBySentence(tokens, people);
  let mentioned: Set<number> | undefined;
  // "hat die Schauspielerin Klage eingereicht": a noun a title made a name candidate is no name unless confirmed
  const nameAt = (k: number) => {
    if (!covered.has(k) || !nounAt(lex, tokens[k]!)) return covered.has(k);
    mentioned ??= new Set(people.flatMap((p) => p.mentions.map((m) => m.token)));
    return mentioned.has(k);
  };
  tokens.forEach((t, i) => {
    if (!DEFINITE.has(t.text) && !OBLIQUE_ARTICLES.has(t.text)) return;
    // ("die Parlamentarierin": a feminine person noun may describe somebody named, descriptions.ts decides)
    // ("Der Ex-Ministerpräsidentin wird vorgeworfen", "des Ministers": an oblique case, oblique.ts)
    const nominative = DEFINITE.has(t.text) ? rolePhraseAt(tokens, i, lex, true) : undefined;
    const role = nominative ?? obliquePhraseAt(tokens, i, lex);
    // "der Trainer der Frankfurter, Michael Skibbe" -> an apposition names someone else
    if (!role || nameAt(role.last + 1) || (tokens[role.last + 1]?.text === ',' && covered.has(role.last + 2))) return;
    // "der Reporter des Fernsehsenders" -> a title tied to something else than what we know of them
    // ("der persönliche Sprecher von Aljaksandr Milinkewitsch, Pawel Maschejka": "von" + a capitalised word too)
    const next = tokens[role.last + 1]?.text ?? '';
    const complement = (['des', 'der'].includes(next) || (next === 'von' && startsUpper(tokens[role.last + 2]?.text ?? ''))) && !role.complement;
    if (complement) return;
    // the person must have been named in the last four sentences
    const recent = new Set<WorkingPerson>();
    for (let s = t.sentence - 4; s <= t.sentence; s++) for (const p of namedIn(named, s, i)) recent.add(p);
    const before = [...recent].filter((p) => genderFits(p, role.gender));
    // "der Trainer der Frankfurter" only means a person known as such, not any "Trainer"
    const sameComplement = (p: WorkingPerson) => !role.complement || p.roles.some((r) => r.complement === role.complement);
    // an oblique case ("des Ministerpräsidenten", "dem Kanzler") only gives a title nobody near has:
    // "Obama … die Dienstwohnung des niederländischen Ministerpräsidenten" is somebody else's
    if (!nominative && before.some((p) => p.roleHeads.has(role.head))) return;
    let match = !nominative ? [] : before.filter((p) => p.roleHeads.has(role.head) && sameCompound(p, role) && (!role.prefix || p.rolePrefixes.has(role.prefix)) && sameComplement(p));
    // "Der US-Sondergesandte für Nordkorea" -> a portfolio ("für …") is new information, not a team to match
    const portfolio = role.complement?.startsWith('für ') ?? false;
    if (nominative && match.length === 0 && role.prefix) match = before.filter((p) => p.rolePrefixes.has(role.prefix!) && (portfolio || sameComplement(p)));
    // several fit: the one the last two sentences spoke of, if only one
    if (match.length > 1) match = match.filter((p) => namedIn(named, t.sentence, i).includes(p) || namedIn(named, t.sentence - 1, i).includes(p) || namedIn(named, t.sentence - 2, i).includes(p));
    // a title nobody had: the one person of its gender the last two sentences name (descriptions.ts)
    // ("die Labour-Politikerin im nordenglischen Wahlkreis": "im" + place says where, not whose)
    let given = role;
    if (match.length === 0 && !namedAfter(tokens, role.last, covered)) {
      const near = new Set([...namedIn(named, t.sentence, i), ...namedIn(named, t.sentence - 1, i)]);
      // "Andreas Reinke wurde verletzt. Er erlitt ein Trauma. Der Fußballspieler wurde …": a sentence
      // naming nobody that opens with "er"/"sie" carries the person of the sentence before it on to a
      // description opening the next (not "… obwohl der Staatsanwalt die Anklage …", somebody else)
      const opens = tokens[i - 1]?.sentence !== t.sentence;
      if (opens && namedIn(named, t.sentence - 1, i).length === 0 && opensWithPronoun(tokens, i, t.sentence - 1, role.gender))
        if (mayCarryOver(tokens, t.sentence - 1, lex)) for (const p of namedIn(named, t.sentence - 2, i)) near.add(p);
      if (role.complement?.startsWith('im ')) given = { ...role, complement: undefined };
      const described = describedPerson(tokens, i, given, [...recent], lex, { oblique: !nominative, body });
      if (described && near.has(described)) match = [described];
    }
    if (match.length !== 1) return;
    addMention(match[0]!, '', { start: t.start, end: tokens[role.last]!.end, token: i });
    noteMention(named, match[0]!, t.sentence, i);
    addRole(match[0]!, given);
  });
}

/** A title word without its hyphenated prefix, lower case: "US-Außenminister" -> "außenminister". */
const stem = (base: string) => base.replace(/^.*-/, '').toLowerCase();

/**
 * Whether a person's titles fit the compound of a title referring back: "der Präsident" (the bare head)
 * fits any "…präsident", "der Außenminister" fits "Bundesaußenminister" or a bare "Minister", but
 * "der Parlamentspräsident" is not the "Kommissionspräsident" named before (same head, another office).
 * @example sameCompound(kommissionspraesident, parlamentspraesidentRole) // false
 */
function sameCompound(p: WorkingPerson, role: FoundRole): boolean {
  const own = stem(role.word.base);
  if (own === role.head) return true;
  return p.roles.some((r) => r.head === role.head && (stem(r.word.base) === r.head || stem(r.word.base).endsWith(own)));
}

/** Tokens after a description within which an apposition may name its holder. */
const APPOSITION_REACH = 10;

/** "Der südkoreanische Sonderbeauftragte für die Halbinsel, Lee Do-hoon,": a name after the phrase's comma. */
function namedAfter(tokens: readonly Token[], last: number, covered: ReadonlySet<number>): boolean {
  for (let k = last + 1; k <= last + APPOSITION_REACH && tokens[k]?.sentence === tokens[last]!.sentence; k++) {
    if (tokens[k]!.text === ',') return covered.has(k + 1);
  }
  return false;
}

function genderFits(p: WorkingPerson, g: Gender): boolean {
  return p.gender === 'unknown' || g === 'unknown' || p.gender === g;
}
