/**
 * The mutable per-article record people are collected in before they are returned.
 */
import type { Gender } from '../lexicon/index.ts';
import { personKey, withoutRegnalNumber } from './key.ts';
import type { ArticlePerson } from './types.ts';
import { renderRole, type FoundRole } from './roles.ts';

/** A person being assembled for one article. */
export interface WorkingPerson {
  key: string;
  /** Family name key ("kim", "blinken") that bare mentions are matched against. */
  surnameKey: string;
  familyFirst: boolean;
  gender: Gender;
  /** Surface forms and how often each occurred; full forms count double for the name choice. */
  forms: Map<string, number>;
  fullForms: Set<string>;
  roles: FoundRole[];
  /** Role heads and prefixes ("minister", "US") for role anaphora. */
  roleHeads: Set<string>;
  rolePrefixes: Set<string>;
  mentions: Array<{ start: number; end: number; token: number }>;
  /** Start offsets of `mentions`, so a repeated mention is refused in O(1). */
  starts: Set<number>;
}

/**
 * A new working person from its first name mention.
 * @example newPerson("Antony Blinken", false, "male", true)
 */
export function newPerson(name: string, familyFirst: boolean, gender: Gender, full: boolean): WorkingPerson {
  // ("Benedikt XVI." is mentioned as "Benedikt": a regnal number is no family name)
  const words = personKey(withoutRegnalNumber(name)).split(' ');
  return {
    key: personKey(name),
    surnameKey: (familyFirst ? words[0] : words[words.length - 1]) ?? '',
    familyFirst,
    gender,
    forms: new Map(),
    fullForms: full ? new Set([name]) : new Set(),
    roles: [],
    roleHeads: new Set(),
    rolePrefixes: new Set(),
    mentions: [],
    starts: new Set(),
  };
}

/**
 * Record a mention (and its surface form) of a person.
 * @example addMention(p, "Blinken", { start: 10, end: 17, token: 2 })
 */
export function addMention(p: WorkingPerson, form: string, m: { start: number; end: number; token: number }): void {
  if (p.starts.has(m.start)) return;
  p.starts.add(m.start);
  p.mentions.push(m);
  if (form) p.forms.set(form, (p.forms.get(form) ?? 0) + 1);
}

/**
 * Merge what a gender hint says into what is known: a conflict makes it unknown.
 * @example combineGender("unknown", "female") // "female"
 */
export function combineGender(a: Gender, b: Gender): Gender {
  if (a === 'unknown') return b;
  if (b === 'unknown' || a === b) return a;
  return 'unknown';
}

/**
 * The public record: the most frequent full form as name, the other forms as aliases.
 * @example finish(p) // { name: "Antony Blinken", aliases: ["Blinken"], roles: [...], mentions: [...] }
 */
export function finish(p: WorkingPerson): ArticlePerson {
  const forms = [...p.forms.entries()];
  const name = nameOf(p);
  const aliases = [...new Set(forms.map(([f]) => f))].filter((f) => f !== name);
  const mentions = [...p.mentions].sort((a, b) => a.start - b.start).map(({ start, end }) => ({ start, end }));
  const roles = [...new Set(p.roles.map((r) => renderRole(r, p.gender)))];
  return { name, aliases, roles, mentions, gender: p.gender };
}

/**
 * The name a person goes by: the most frequent full form (the longer one on a tie).
 * @example nameOf(p) // "Antony Blinken"
 */
export function nameOf(p: WorkingPerson): string {
  const forms = [...p.forms.entries()];
  const full = forms.filter(([f]) => p.fullForms.has(f));
  const pool = full.length > 0 ? full : forms;
  pool.sort((a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length);
  return pool[0]?.[0] ?? p.key;
}
