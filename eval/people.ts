/**
 * People evaluation on test/fixtures/gold/people.jsonl: persons per article, alias merges and roles.
 *   npx tsx eval/people.ts [path/to/shared/corpora] [--verbose]
 *   npx tsx eval/people.ts [path/to/shared/corpora] --blind   (adds the rows of the unseen sets)
 *   npx tsx eval/people.ts --sets blind2-2026-12-07,blind3-2026-12-07 [--verbose]   (only those looked-at sets)
 * Gold sets (field `set`): "tuned" = 5 seeds + 15 wikinews-de articles looked at while developing;
 * "blind-2026-12-07" = the first 15 wikinews-de ids by FNV-1a hash (ascending) not in the tuned set,
 * "blind2-2026-12-07" = the next 15 by the same order, "blind3-2026-12-07" the 15 after those,
 * "blind4-2026-12-07" the 15 after those, "blind5-2026-12-07" the 15 after blind4, "blind6-2026-12-07"
 * the 15 after blind5, "blind7-2026-12-07" the 15 after blind6, "blind8-2026-12-07" the 15 after
 * blind7, each annotated
 * before the bot's output on them was looked at. Each set is reported on its own. The first blind set has been looked at since
 * 2026-12-07 (roles2 branch), blind2 and blind3 since the roles3 round, blind4 since the roles4
 * round, blind5 since the roles5 round, blind6 since the roles6 round and blind7 since the roles8 round (2026-12-07): `--verbose` lists their misses like the tuned set's, so they are development sets. The sets in `UNSEEN`
 * (eval/people-gold.ts, with the rule the blind sets were taken by) are never listed, and their rows
 * print only with `--blind` (without it their articles are not even read), so that nobody tunes on
 * their figures by accident: run it once, at the end of a round. `--sets` reads only the named
 * looked-at sets (an unseen set named there is refused).
 *
 * Persons: a predicted person matches a gold person when the key of its name (or of a multi-word
 * alias) equals the key of the gold name or a gold alias. Alias links are (name, alias) pairs of one
 * person.
 *
 * Roles: every role the article gives a person (titles, appositions, stated roles, descriptions the
 * text links to them, relations such as "Tochter von X"). A role is compared by its key: the title
 * noun before any complement (the first word `roleWord` knows before a preposition or article, else
 * the last capitalised word there: "Boss der Cosa Nostra" -> "boss", "Mitglied im SPD-Landesvorstand"
 * -> "mitglied", not the "Vorstand" of its complement), in its nominative singular, without a hyphenated prefix,
 * lower case: "US-Außenminister", "Außenminister" and "Außenministers" share "außenminister";
 * "Erste Vizeaußenministerin Nordkoreas" -> "vizeaußenministerin" (gender counts). Keys are a set
 * per person. A predicted role is right when the matched gold person has that key; roles of a
 * predicted person with no gold match count as wrong, roles of a missed gold person as missed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { personNoun, splitSentences, roleWord } from '../src/text/lexicon/index.ts';
import { findPeople, personKey, type ArticlePerson } from '../src/text/people/index.ts';
import { corporaDir, prf, readBody } from './corpus-file.ts';
import { LOOKED_AT, parsePeopleGold, setOf, type GoldPerson } from './people-gold.ts';

const { values: args, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { verbose: { type: 'boolean' }, blind: { type: 'boolean' }, sets: { type: 'string' } } });
const verbose = args.verbose === true;
const withBlind = args.blind === true;
const onlySets = args.sets?.split(',').filter(Boolean);
const refused = onlySets?.filter((s) => !LOOKED_AT.has(s)) ?? [];
if (refused.length) {
  console.error(`--sets takes only looked-at sets, not ${refused.join(', ')}`);
  process.exit(2);
}
const root = corporaDir(positionals[0]);
const goldFile = new URL('../test/fixtures/gold/people.jsonl', import.meta.url);
// (with --sets the unseen sets are dropped while parsing, as without --blind)
const gold = parsePeopleGold(readFileSync(goldFile, 'utf8'), withBlind && !onlySets).filter((g) => !onlySets || onlySets.includes(setOf(g)));

const keysOf = (g: GoldPerson) => new Set([g.name, ...g.aliases].map(personKey));
const predKeys = (p: ArticlePerson) => [p.name, ...p.aliases.filter((a) => a.includes(' '))].map(personKey);
const STOP = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'von', 'vom', 'im', 'in', 'für', 'aus', 'bei', 'zu', 'zur', 'zum']);

/**
 * The comparable key of a role phrase.
 * @example roleKey("Erste Vizeaußenministerin Nordkoreas") // "vizeaußenministerin"
 * @example roleKey("Boss der Cosa Nostra") // "boss"
 * @example roleKey("Mitglied im SPD-Landesvorstand") // "mitglied"
 * @example roleKey("ehemaliger Beamter") // "beamte"
 */
export function roleKey(role: string): string {
  const words = role
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(Boolean);
  // the title noun stands before its complement: "Mitglied im SPD-Landesvorstand" is a "Mitglied"
  const upTo = words.findIndex((w) => STOP.has(w));
  const before = upTo < 0 ? words : words.slice(0, upTo);
  // ("Beamter", "Justizbeamter": the strong form of a noun declined like an adjective keys as its
  // weak form "Beamte", as "Vorsitzender" keys as "vorsitzende")
  const known = before.map((w) => roleWord(w) ?? (w.endsWith('er') ? personNoun(w.slice(0, -1)) : undefined)).find((r) => r !== undefined);
  let noun = known?.base;
  if (!noun) {
    const head = before.filter((w) => /^\p{Lu}/u.test(w));
    noun = head[head.length - 1] ?? words[words.length - 1] ?? '';
  }
  return noun.replace(/^.*-/, '').toLowerCase();
}

type Totals = { tp: number; pred: number; gold: number; linkTp: number; linkPred: number; linkGoldTp: number; linkGold: number; roleTp: number; rolePred: number; roleGold: number; articles: number };
const newTotals = (): Totals => ({ tp: 0, pred: 0, gold: 0, linkTp: 0, linkPred: 0, linkGoldTp: 0, linkGold: 0, roleTp: 0, rolePred: 0, roleGold: 0, articles: 0 });
const bySet = new Map<string, Totals>();

for (const g of gold) {
  const set = setOf(g);
  const show = verbose && LOOKED_AT.has(set);
  const totals = bySet.get(set) ?? newTotals();
  bySet.set(set, totals);
  totals.articles++;
  const dir = g.corpus === 'korea-seeds' ? join(root, 'korea-seeds') : join(root, g.corpus, 'articles');
  const { body } = readBody(join(dir, `${g.article}.txt`));
  const people = findPeople(body, splitSentences(body)).people;
  const matched = new Map<GoldPerson, ArticlePerson>();
  let tp = 0;
  for (const p of people) {
    const hit = g.persons.find((gp) => !matched.has(gp) && predKeys(p).some((k) => keysOf(gp).has(k)));
    const predRoles = new Set(p.roles.map(roleKey));
    totals.rolePred += predRoles.size;
    if (hit) {
      matched.set(hit, p);
      tp++;
      const goldRoles = new Set((hit.roles ?? []).map(roleKey));
      for (const r of predRoles)
        if (goldRoles.has(r)) totals.roleTp++;
        else if (show) console.log(`  wrong role [${set}] ${g.article}: ${p.name}: ${p.roles.find((x) => roleKey(x) === r)}`);
    } else {
      if (show) console.log(`  FP [${set}] ${g.article}: ${p.name}${p.roles.length ? ` (roles ${p.roles.join('; ')})` : ''}`);
    }
  }
  for (const gp of g.persons) {
    const goldRoles = new Set((gp.roles ?? []).map(roleKey));
    totals.roleGold += goldRoles.size;
    const p = matched.get(gp);
    if (!p && show) console.log(`  FN [${set}] ${g.article}: ${gp.name}`);
    const predRoles = new Set((p?.roles ?? []).map(roleKey));
    for (const r of goldRoles) if (!predRoles.has(r) && show) console.log(`  missed role [${set}] ${g.article}: ${gp.name}: ${(gp.roles ?? []).find((x) => roleKey(x) === r)}`);
  }
  totals.tp += tp;
  totals.pred += people.length;
  totals.gold += g.persons.length;
  // alias links: predicted (name, alias) pairs, correct when one gold person has both forms
  for (const p of people)
    for (const a of p.aliases) {
      totals.linkPred++;
      const ok = g.persons.some((gp) => keysOf(gp).has(personKey(p.name)) && keysOf(gp).has(personKey(a)));
      if (ok) totals.linkTp++;
      else if (show) console.log(`  wrong link [${set}] ${g.article}: ${p.name} ~ ${a}`);
    }
  for (const gp of g.persons)
    for (const a of gp.aliases) {
      totals.linkGold++;
      const found = people.some((p) => {
        const forms = new Set([p.name, ...p.aliases].map(personKey));
        return forms.has(personKey(gp.name)) && forms.has(personKey(a));
      });
      if (found) totals.linkGoldTp++;
      else if (show) console.log(`  missed link [${set}] ${g.article}: ${gp.name} ~ ${a}`);
    }
}

const ratio = (a: number, b: number) => (b ? a / b : 0).toFixed(3);
console.log('| set | articles | what | gold | predicted | correct | precision | recall | F1 |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [set, t] of bySet) {
  const persons = prf(t.tp, t.pred, t.gold);
  const roles = prf(t.roleTp, t.rolePred, t.roleGold);
  console.log(`| ${set} | ${t.articles} | persons per article | ${t.gold} | ${t.pred} | ${t.tp} | ${persons.p} | ${persons.r} | ${persons.f} |`);
  console.log(`| ${set} | ${t.articles} | alias links | ${t.linkGold} | ${t.linkPred} | ${t.linkTp} (found ${t.linkGoldTp}) | ${ratio(t.linkTp, t.linkPred)} | ${ratio(t.linkGoldTp, t.linkGold)} | |`);
  console.log(`| ${set} | ${t.articles} | roles (by key) | ${t.roleGold} | ${t.rolePred} | ${t.roleTp} | ${roles.p} | ${roles.r} | ${roles.f} |`);
}
