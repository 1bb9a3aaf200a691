/**
 * Turning name spans into people: full names first, then bare surnames after titles, each with the
 * titles attached to it.
 */
import { combineGender, addMention, newPerson, type WorkingPerson } from './working.ts';
import { personKey } from './key.ts';
import type { Lexicon, Token } from '../lexicon/index.ts';
import type { NameSpan } from './names.ts';
import { renderRole, roleAfter, roleBefore, type FoundRole } from './roles.ts';
import { titleJoinedAfter, titleJoinedBefore } from './coordinated.ts';
import { attributedRole } from './attributed.ts';

/**
 * The surface form of a span, without a genitive -s when the article also has the bare form.
 * @example spanForm(tokens, span, body, words) // "Merkel" for "Merkels" when "Merkel" occurs too
 */
export function spanForm(tokens: readonly Token[], span: NameSpan, body: string, words: ReadonlySet<string>): string {
  // "van Nobelen, Jordi" -> "Jordi van Nobelen"
  if (span.inverted) {
    const parts = tokens.slice(span.first, span.last + 1).map((t) => t.text);
    return [parts[parts.length - 1], ...parts.slice(0, -2)].join(' ');
  }
  const text = body.slice(tokens[span.first]!.start, tokens[span.last]!.end).replace(/\s+/g, ' ');
  const last = tokens[span.last]!.text;
  // "Angela Merkels Amtsvorgänger" -> "Angela Merkel"; "Blinkens" -> "Blinken"
  if (/[^s]s$/.test(last) && words.has(last.slice(0, -1))) return text.slice(0, -1);
  return text;
}

/**
 * Collect people from name spans. Full names make people; a bare surname after a title joins the one
 * person with that family name (and matching gender), or becomes a person of its own when nobody
 * matches and it is not a common noun.
 * @example collectPeople(tokens, spans, body, lex) // [{ key: "antony blinken", ... }]
 */
export function collectPeople(tokens: readonly Token[], spans: readonly NameSpan[], body: string, lex: Lexicon): WorkingPerson[] {
  const words = new Set(tokens.filter((t) => t.word).map((t) => t.text));
  const people = new Map<string, WorkingPerson>();
  // (names with initials last: "R. Kelly" joins a "Robert Kelly" named anywhere in the article)
  const full = spans.filter((s) => s.kind === 'full');
  for (const span of [...full.filter((s) => !s.initials), ...full.filter((s) => s.initials)]) {
    const form = spanForm(tokens, span, body, words);
    const owner = span.initials ? abbreviated(form, people.values()) : undefined;
    if (owner) {
      attach(owner, span, form, tokens, lex);
      continue;
    }
    const key = personKey(form);
    const p = people.get(key) ?? newPerson(form, span.familyFirst, span.gender, true);
    people.set(key, p);
    p.fullForms.add(form);
    attach(p, span, form, tokens, lex);
  }
  // (people by family name, kept up to date: a surname span looks at its namesakes only)
  const bySurname = new Map<string, WorkingPerson[]>();
  const index = (p: WorkingPerson) => bySurname.set(p.surnameKey, [...(bySurname.get(p.surnameKey) ?? []), p]);
  for (const p of people.values()) index(p);
  for (const span of spans.filter((s) => s.kind === 'surname')) {
    const form = spanForm(tokens, span, body, words);
    const matches = (bySurname.get(personKey(form)) ?? []).filter((p) => compatible(p, span));
    if (matches.length === 1) attach(matches[0]!, span, form, tokens, lex);
    else if (matches.length === 0 && !span.needsConfirmation) {
      let p = people.get(personKey(form));
      if (!p) {
        p = newPerson(form, false, span.gender, false);
        people.set(p.key, p);
        index(p);
      }
      attach(p, span, form, tokens, lex);
    }
  }
  return [...people.values()];
}

/**
 * The one person whose full name the initials form abbreviates: same surname, first names opening with
 * the initials ("R. Kelly" -> "Robert Kelly"; "J. K. Rowling" -> "Joanne K. Rowling").
 * @example abbreviated("R. Kelly", [robertKelly, scottSnyder]) // robertKelly
 */
function abbreviated(form: string, people: Iterable<WorkingPerson>): WorkingPerson | undefined {
  const words = personKey(form).split(' ');
  const surname = words.pop();
  const found = [...people].filter((p) => {
    const names = p.key.split(' ');
    return !p.familyFirst && names.pop() === surname && names.length === words.length && words.every((w, k) => names[k]!.startsWith(w));
  });
  return found.length === 1 ? found[0] : undefined;
}

function compatible(p: WorkingPerson, span: NameSpan): boolean {
  return p.gender === 'unknown' || span.gender === 'unknown' || p.gender === span.gender;
}

function attach(p: WorkingPerson, span: NameSpan, form: string, tokens: readonly Token[], lex: Lexicon): void {
  addMention(p, form, { start: tokens[span.first]!.start, end: tokens[span.last]!.end, token: span.first });
  p.gender = combineGender(p.gender, span.gender);
  // (the name is known: any person noun next to it is a role, "der US-Soldat Mario Lozano"; but before a
  // genitive only a title: "Einige Anhänger Saddam Husseins" are his followers, not his role)
  const genitive = !form.endsWith(tokens[span.last]!.text);
  // ("Nach Angaben der Anwältin Karla Wendts": a genitive name after a title whose article is no genitive
  // of its own is the title's owner, not its holder; "des Malers X-s" agrees with it, and
  // "Bundeskanzlerin Merkels Politik" has no article)
  const titled = roleBefore(tokens, span.first, lex, !genitive);
  const before = genitive && titled && /^(der|dem|den|die)$/i.test(tokens[titled.first - 1]?.text ?? '') ? undefined : titled;
  const after = roleAfter(tokens, span.last, lex, true);
  // "Der als Roma-König bekannte X", "der zum Präsidenten ernannte X"
  const attributed = before ? undefined : attributedRole(tokens, span.first, lex);
  if (attributed) addRole(p, attributed);
  // "die Abgeordnete und Brexit-Gegnerin Jo Cox", "X, Schauspieler und Regisseur,": a title joined to either
  for (const role of [before, before && titleJoinedBefore(tokens, before, lex), after, after && titleJoinedAfter(tokens, after, lex)]) {
    if (role) addRole(p, role);
  }
}

/**
 * Add a title to a person (once), and remember its head and prefix for later anaphora.
 * @example addRole(p, roleBefore(...)!) // p.roles: ["US-Außenminister"], p.roleHeads: {"minister"}
 */
export function addRole(p: WorkingPerson, role: FoundRole): void {
  p.gender = combineGender(p.gender, role.gender);
  if (!p.roles.some((r) => renderRole(r, 'unknown') === renderRole(role, 'unknown'))) p.roles.push(role);
  p.roleHeads.add(role.head);
  if (role.prefix) p.rolePrefixes.add(role.prefix);
}
