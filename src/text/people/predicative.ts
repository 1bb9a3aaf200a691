/**
 * Roles stated rather than put in front of a name: "X ist neuer Regierungschef Japans", "X ist
 * Web-Designerin und Sachbuch-Autorin", "X trat das Amt als Kanzlerin an", "X wurde zum Vorsitzenden
 * gewählt", "Als Außenminister hatte X …", "seit dem Amtsantritt von X (CDU) als Bundeskanzlerin",
 * "X, der ab Februar Vorsitzender der Geschäftsführung sein wird". Bounded per mention (a few tokens
 * after it) and per sentence start.
 */
import { addRole } from './collect.ts';
import { infoOf, type Lexicon, nounAt, roleAt, startsUpper, type Token } from '../lexicon/index.ts';
import { rolePhraseFrom, type FoundRole } from './roles.ts';
import { ADJECTIVE, MODIFIERS } from './role-phrase.ts';
import type { WorkingPerson } from './working.ts';
import { relativeClauseRole, subordinateClauseRole } from './relative.ts';
import { mentionSpans } from './mention-spans.ts';
import { closesClause } from './clause-end.ts';
import { appointed, NEGATION, oblique, WINDOW } from './appointed.ts';
import { asInClause, comparison } from './as-role.ts';
import { memberOfAt } from './one-of.ts';

// "ist", "war", "bleibt", "wird", "wurde" + a title: the title is what the person is
const COPULA = /^(ist|war|bleibt|blieb|wird|wurde)$/;
// words opening a span of years between a copula and its role: "war von 1990 bis 1998 Bürgermeister"
const SPAN_WORDS = /^(von|bis|ab)$/;
/** Tokens a copula may be separated from its role by: "ist seit 28. Mai 2008 Ministerpräsident". */
const COPULA_GAP = 7;
// after the copula these end the search: an oblique case or a preposition ("ist mit dem Präsidenten befreundet")
// (a negation too: "war nie Sprecher", "ist kein Minister")
const STOPS = /^(den|dem|des|einem|einen|eines|zum|zur|mit|für|von|vom|bei|beim|im|am|in|an|auf|aus|nach|zu|gegen|gegenüber|über|unter|wie|nicht|nie|niemals|kein|keine|ihr|ihre|sein|seine|dass|ob)$/;
// a possessive opening the sentence before its role: "Sein Nachfolger wird X"
const OPENING_POSSESSIVE = /^(Sein|Seine|Ihr|Ihre|Dessen|Deren)$/;
// a definite article opening the sentence before its role: "Der neue Trainer ist X" (not "Ein …": one of several)
const OPENING_ARTICLE = /^(Der|Die)$/;
// a leading adverb before a sentence-initial "als": "Auch als Buchhändlerin war sie tätig"
const LEADING = /^(Auch|Schon|Bereits|Zuvor|Früher|Damals|Später|Zuletzt)$/;
// "In seiner Funktion als …": a capacity opening the sentence
const IN_CAPACITY = /^In$/;

/**
 * Add the roles the text states about the people mentioned in it.
 * @example predicativeRoles(tokens("Fumio Kishida ist neuer Regierungschef Japans."), people, lex)
 *   // Fumio Kishida gets "neuer Regierungschef Japans"
 */
export function predicativeRoles(tokens: readonly Token[], people: readonly WorkingPerson[], lex: Lexicon): void {
  const { lastOf, firstOf, startOf: firstAt, endOf } = mentionSpans(tokens, people);
  // a role ends before a name: "ist für Präsident Trump" is Trump's title, not the subject's
  // a person after the mention who is no prepositional object ("von Merkel zum Minister ernannt")
  const otherAt = (k: number) => firstOf.has(k) && !oblique(tokens, k, lex);
  const free = (found: FoundRole | undefined) => {
    const role = found && genitivePerson(tokens, found, endOf);
    return role && !firstOf.has(role.last + 1) && (role.complement || !nameNext(tokens, role.last, lex)) ? role : undefined;
  };
  for (const [last, p] of lastOf) {
    const as = asAfter(tokens, last, lex, free);
    if (as) addRole(p, as);
    const relative = free(relativeClauseRole(tokens, last, lex) ?? subordinateClauseRole(tokens, firstAt.get(last)!, last, lex));
    if (relative) addRole(p, relative);
    // "nach dem Rücktritt von Tom Downs zum Präsidenten berufen": only a subject is what follows
    if (oblique(tokens, firstAt.get(last)!, lex)) continue;
    // "Außerdem ist er Mitglied im Aufsichtsrat", "1992 wurde er Präsident": the copula before the subject
    const inverted = COPULA.test(tokens[firstAt.get(last)! - 1]?.text ?? '') ? free(copulaRole(tokens, last + 1, lex, free)) : undefined;
    for (const role of inverted ? withCoordinated(tokens, inverted, lex, free) : statedAfter(tokens, last, lex, free, otherAt)) addRole(p, role);
    // "X lief nach 2:31:37 ins Ziel und wurde damit zum dritten Mal Sieger": a second verb of the same subject
    const joined = inverted || !opensSentence(tokens, firstAt.get(last)!) ? undefined : coordinatedCopula(tokens, last, lex, free, otherAt);
    if (joined) addRole(p, joined);
    // "X zieht nach Angaben der Stadt als Abgeordneter ins Parlament ein"
    const later = inverted ? undefined : free(asInClause(tokens, firstAt.get(last)!, last, lex, otherAt, (k) => firstOf.get(k)?.gender ?? 'unknown'));
    if (later) addRole(p, later);
  }
  // "Erster Träger des Gelben Trikots ist der 23 Jahre alte Kolumbianer X": a role opening the sentence, a copula, the subject
  tokens.forEach((t, i) => {
    if (tokens[i - 1]?.sentence === t.sentence || !startsUpper(t.text)) return;
    // "Sein Nachfolger wird X", "Ihre Stellvertreterin ist X": past a possessive (the owner is not named here);
    // "Der bisherige UN-Sondergesandte für Afghanistan war der Franzose X": past the article
    const owned = OPENING_POSSESSIVE.test(t.text) || OPENING_ARTICLE.test(t.text) ? 1 : 0;
    const role = rolePhraseFrom(tokens, i + owned, lex, true);
    if (!role || !COPULA.test(tokens[role.last + 1]?.text ?? '') || tokens[role.last + 1]!.sentence !== t.sentence) return;
    const subject = subjectAfter(tokens, role.last + 2, firstOf);
    // ("Der Täter war Georg Wallner nicht bekannt", "Die Kanzlerin wird Georg Wallner treffen": after an
    // article the name must close the clause, or the role is the subject's and the name an object)
    if (subject && OPENING_ARTICLE.test(t.text) && !closesClause(tokens, role.last + 2, subject, firstOf, endOf)) return;
    if (subject) addRole(subject, role);
  });
  // "Als Außenminister hatte Heiko Maas …", "Auch als Buchhändlerin war sie tätig": the subject after the verb
  tokens.forEach((t, i) => {
    // ("In seiner Funktion als Vorsitzender …", "In ihrer Eigenschaft als Ministerin …")
    const lead = LEADING.test(t.text) ? 1 : IN_CAPACITY.test(t.text) && /^(seiner|ihrer)$/.test(tokens[i + 1]?.text ?? '') && /^(Funktion|Eigenschaft)$/.test(tokens[i + 2]?.text ?? '') ? 3 : 0;
    if (tokens[i - 1]?.sentence === t.sentence || tokens[i + lead]?.text.toLowerCase() !== 'als') return;
    const role = free(rolePhraseFrom(tokens, i + lead + 1, lex, true));
    if (!role || !tokens[role.last + 1]?.word) return;
    // "Als Regisseur verpflichtete das ZDF X": past a subject that is no person (an article and a capitalised word)
    let k = role.last + 2;
    if (/^(der|die|das)$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.word && startsUpper(tokens[k + 1]!.text) && !firstOf.has(k + 1)) k += 2;
    const subject = firstOf.get(k);
    if (subject && tokens[k]!.sentence === t.sentence) addRole(subject, role);
  });
}

// a year: "2007"
const YEAR = /^(1[89]|20)\d\d$/;
/** Tokens between a copula and the subject after it: "der 23 Jahre alte Kolumbianer". */
const SUBJECT_REACH = 7;
// what may stand before the subject after the copula: an article, a number, "Jahre alt(e)", an adjective, a capitalised noun
const BEFORE_SUBJECT = /^(der|die|\d+|Jahre|alte|alter|\p{Ll}+(e|er)|\p{Lu}\p{Ll}+)$/u;

/**
 * The person a copula at `from - 1` has as its subject right after it: "ist der 23 Jahre alte Kolumbianer
 * X" (an article, a number and an age, adjectives and a noun before the name; no comma, no verb).
 * @example subjectAfter(tokens("Sieger ist der junge Läufer Tom Brandt"), 2, firstOf) // tom
 */
function subjectAfter(tokens: readonly Token[], from: number, firstOf: ReadonlyMap<number, WorkingPerson>): WorkingPerson | undefined {
  const s = tokens[from - 1]!.sentence;
  for (let k = from; k < from + SUBJECT_REACH && tokens[k]?.sentence === s; k++) {
    const person = firstOf.get(k);
    // ("Der Präsident war Georg Wallners Freund": a genitive owner, not the subject)
    if (person && ownerAt(tokens, k, person)) return undefined;
    // ("Künstlerischer Leiter wird 2007 X sein": a year before the subject)
    if (person) return k === from || /^(der|die)$/i.test(tokens[from]!.text) || (k === from + 1 && YEAR.test(tokens[from]!.text)) ? person : undefined;
    if (!tokens[k]!.word || !BEFORE_SUBJECT.test(tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/**
 * Whether the mention of `p` at token `k` is a genitive before a noun: "Georg Wallners Freund" (not
 * "François Fillon.", whose "-s" is inside the name).
 * @example ownerAt(tokens("war Georg Wallners Freund"), 1, georg) // true
 */
function ownerAt(tokens: readonly Token[], k: number, p: WorkingPerson): boolean {
  const mention = p.mentions.find((m) => m.token === k);
  if (!mention) return false;
  let j = k;
  while (tokens[j + 1] && tokens[j + 1]!.start < mention.end) j++;
  const next = tokens[j + 1];
  return /[^s]s$/.test(tokens[j]!.text) && !!next?.word && next.sentence === tokens[k]!.sentence && startsUpper(next.text);
}

/** "X ist A und B", "X (CDU) als Bundeskanzlerin", "X trat das Amt als …", "X wurde zum … gewählt". */
function statedAfter(tokens: readonly Token[], last: number, lex: Lexicon, free: (r: FoundRole | undefined) => FoundRole | undefined, otherAt: (k: number) => boolean): FoundRole[] {
  // "Petra Hanz (SPD) war seit 2005 Mitglied …": past a party in brackets
  if (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')' && tokens[last + 3]!.sentence === tokens[last]!.sentence) last += 3;
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last]!.sentence) return [];
  if (COPULA.test(next.text)) {
    const role = copulaRole(tokens, last + 2, lex, free);
    if (role) return withCoordinated(tokens, role, lex, free);
  }
  for (let k = last + 1; k < last + WINDOW && tokens[k]?.sentence === next.sentence; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ':' || /[„“"«»]/.test(t.text) || NEGATION.test(t.text)) return [];
    // "Merkel hat den Minister Scholz zum Vizekanzler ernannt": the nearer person is the one named
    if (otherAt(k)) return [];
    // "trat das Amt als Kanzlerin an", "übernahm das Amt des Präsidenten" (not "für das Amt des Bundeskanzlers")
    if (t.text === 'Amt' && (tokens[k + 1]?.text === 'als' || tokens[k + 1]?.text === 'des') && !/^(für|um|auf|nach)$/.test(tokens[k - 2]?.text ?? '')) {
      return [free(rolePhraseFrom(tokens, k + 2, lex))].filter((r) => r !== undefined);
    }
    // "wurde zum Vorsitzenden gewählt"
    if ((t.text === 'zum' || t.text === 'zur') && appointed(tokens, k)) return [free(rolePhraseFrom(tokens, k + 1, lex))].filter((r) => r !== undefined);
    // "gehörte zu den führenden Revolutionären"
    const member = k === last + 1 ? memberOfAt(tokens, k, lex) : undefined;
    if (member) return [free(member)].filter((r) => r !== undefined);
  }
  return [];
}

/**
 * Whether the mention at `first` opens its sentence, past its title and article ("Der Läufer X lief …"):
 * then it is the subject, not an object before "und wurde" ("traf die Ministerin X und wurde").
 * @example opensSentence(tokens("Der Läufer Tom Brandt lief"), 2) // true
 */
function opensSentence(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && tokens[k]!.sentence === tokens[first]!.sentence && tokens[k]!.word && (startsUpper(tokens[k]!.text) || MODIFIERS.test(tokens[k]!.text) || ADJECTIVE.test(tokens[k]!.text))) k--;
  return k < 0 || tokens[k]!.sentence !== tokens[first]!.sentence;
}

/** Tokens after the subject within which "und wurde …" may follow. */
const COORDINATED_REACH = 20;

/**
 * The role a copula coordinated with the subject's first verb states: "X lief ins Ziel und wurde damit
 * Sieger". Not across a comma, a quotation mark or another person ("X traf Y und wurde …" stops at Y).
 */
function coordinatedCopula(tokens: readonly Token[], last: number, lex: Lexicon, free: (r: FoundRole | undefined) => FoundRole | undefined, otherAt: (k: number) => boolean): FoundRole | undefined {
  const s = tokens[last]!.sentence;
  for (let k = last + 2; k < last + COORDINATED_REACH && tokens[k + 1]?.sentence === s; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || /[„“"«»]/.test(t.text) || otherAt(k)) return undefined;
    if (t.text === 'und' && COPULA.test(tokens[k + 1]!.text)) return free(copulaRole(tokens, k + 2, lex, free));
    // "X war … und gehörte zu den führenden Revolutionären"
    const member = t.text === 'und' ? memberOfAt(tokens, k + 1, lex) : undefined;
    if (member) return free(member);
  }
  return undefined;
}

/** "Angela Merkel (CDU) als Bundeskanzlerin" (also after a preposition: "seit dem Amtsantritt von X als …"). */
function asAfter(tokens: readonly Token[], last: number, lex: Lexicon, free: (r: FoundRole | undefined) => FoundRole | undefined): FoundRole | undefined {
  let k = last + 1;
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  return tokens[k]?.text === 'als' && tokens[k]!.sentence === tokens[last]!.sentence ? free(rolePhraseFrom(tokens, k + 1, lex, true)) : undefined;
}

/** The role after a copula at `j`: "neuer Regierungschef", "die neue Kanzlerin", "seit 1995 Regierungschef", "ein reicher Geschäftsmann". */
function copulaRole(tokens: readonly Token[], j: number, lex: Lexicon, free: (r: FoundRole | undefined) => FoundRole | undefined): FoundRole | undefined {
  const s = tokens[j - 1]!.sentence;
  for (let k = j; k < j + COPULA_GAP && tokens[k]?.sentence === s; k++) {
    const t = tokens[k]!;
    // (a date may stand between: "seit 28. Mai 2008")
    if (/^\d+$/.test(t.text) || (t.text === '.' && /^\d+$/.test(tokens[k - 1]?.text ?? ''))) continue;
    // ("von 1990 bis 1998", "bis 2005", "ab 2010": a span of years; "von" before a number is no preposition of a role's)
    if (SPAN_WORDS.test(t.text) && /^\d+$/.test(tokens[k + 1]?.text ?? '')) continue;
    // ("wird in der kommenden Saison der neue Trainer", "wird im Sommer neuer Trainer": a time, passed over)
    const time = timePhraseEnd(tokens, k);
    if (time !== undefined) {
      k = time;
      continue;
    }
    // ("ist seit dem 25. Februar 2010 Ministerpräsident": an article of a date)
    if (/^(dem|den)$/.test(t.text) && /^(seit|ab|bis)$/.test(tokens[k - 1]?.text ?? '') && /^\d+$/.test(tokens[k + 1]?.text ?? '')) continue;
    // (and "zum dritten Mal", "zum ersten Mal")
    if (t.text === 'zum' && tokens[k + 2]?.text === 'Mal') {
      k += 2;
      continue;
    }
    // "ist älter als der Kandidat", "ist mehr als ein Minister" -> a comparison names somebody else
    if (comparison(tokens, k)) return undefined;
    // "ist Warrington der richtige Präsident" -> the role is another name's
    if (!t.word || STOPS.test(t.text) || (infoOf(lex, t).nameWord && !nounAt(lex, t) && !roleAt(lex, t))) return undefined;
    const role = free(rolePhraseFrom(tokens, k, lex, true));
    if (role) return role;
  }
  return undefined;
}

// a preposition of time before its noun: "in der kommenden Saison", "im Sommer", "nach der Wahl"
const TIME_PREPOSITION = /^(in|im|ab|nach|seit|bis|vor)$/;
// a noun of time: "Saison", "Sommer", "Jahr", "Monaten", "Juni", "Zukunft", "Wahl"
const TIME_NOUN =
  /^(Saison|Spielzeit|Sommer|Winter|Herbst|Frühjahr|Frühling|Jahr|Jahren|Jahres|Monat|Monaten|Woche|Wochen|Zukunft|Amtszeit|Legislaturperiode|Wahl|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;
/** Words an article and adjectives may take between the preposition and the noun of time. */
const TIME_REACH = 3;

/**
 * The last token of a phrase of time opening at `k` ("in der kommenden Saison", "im Sommer"), or undefined.
 * @example timePhraseEnd(tokens("in der kommenden Saison der neue Trainer"), 0) // 3
 * @example timePhraseEnd(tokens("in der Stadt ein Arzt"), 0) // undefined
 */
function timePhraseEnd(tokens: readonly Token[], k: number): number | undefined {
  if (!TIME_PREPOSITION.test(tokens[k]?.text ?? '')) return undefined;
  for (let j = k + 1; j <= k + TIME_REACH && tokens[j]?.sentence === tokens[k]!.sentence; j++) {
    const t = tokens[j]!;
    if (TIME_NOUN.test(t.text)) return j;
    if (!t.word || startsUpper(t.text)) return undefined;
  }
  return undefined;
}

/** The role and any joined to it by "und"/"sowie": "Web-Designerin und Sachbuch-Autorin". */
function withCoordinated(tokens: readonly Token[], role: FoundRole, lex: Lexicon, free: (r: FoundRole | undefined) => FoundRole | undefined): FoundRole[] {
  const out = [role];
  let at = role;
  while (/^(und|sowie)$/.test(tokens[at.last + 1]?.text ?? '')) {
    const next = free(rolePhraseFrom(tokens, at.last + 2, lex, true));
    if (!next) break;
    out.push(next);
    at = next;
  }
  return out;
}

/**
 * "ist ein Schüler des Ajatollah Chomeini": a genitive complement whose noun is the title of a person
 * named right after it goes on to that name (a relation to that person, not a title of the subject's
 * own); other roles are returned as they are. `endOf` gives a mention's last token by its first.
 * @example renderRole(genitivePerson(tokens("war Schüler des Malers Otto Brandt"), role, endOf), "male") // "Schüler des Malers Otto Brandt"
 */
function genitivePerson(tokens: readonly Token[], role: FoundRole, endOf: ReadonlyMap<number, number>): FoundRole {
  const end = endOf.get(role.last + 1);
  if (end === undefined || !/^(des|der) \p{Lu}/u.test(role.complement ?? '')) return role;
  const name = tokens
    .slice(role.last + 1, end + 1)
    .map((t) => t.text)
    .join(' ');
  return { ...role, complement: `${role.complement} ${name}`, last: end };
}

/** A capitalised word after a role that is no noun of the lexicon: a name ("für Präsident Trump"). */
function nameNext(tokens: readonly Token[], last: number, lex: Lexicon): boolean {
  const t = tokens[last + 1];
  return !!t?.word && startsUpper(t.text) && infoOf(lex, t).nameWord && !nounAt(lex, t);
}
