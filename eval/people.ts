/**
 * People evaluation on test/fixtures/gold/people.jsonl (5 seeds + 15 wikinews-de articles):
 * precision/recall of persons per article and of alias merges.
 *   npx tsx eval/people.ts [path/to/shared/corpora] [--verbose]
 * A predicted person matches a gold person when the key of its name (or of a multi-word alias)
 * equals the key of the gold name or a gold alias. Alias links are (name, alias) pairs of one person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/text/sentences.ts';
import { findPeople, personKey } from '../src/text/people/index.ts';
import type { ArticlePerson } from '../src/text/people/types.ts';
import { corporaDir, prf, readBody } from './corpus-file.ts';

interface GoldPerson { name: string; aliases: string[] }
interface GoldArticle { article: string; corpus: string; persons: GoldPerson[] }

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const root = corporaDir(args.find((a) => !a.startsWith('--')));
const goldFile = new URL('../test/fixtures/gold/people.jsonl', import.meta.url);
const gold = readFileSync(goldFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldArticle);

const keysOf = (g: GoldPerson) => new Set([g.name, ...g.aliases].map(personKey));
const predKeys = (p: ArticlePerson) => [p.name, ...p.aliases.filter((a) => a.includes(' '))].map(personKey);

const totals = { tp: 0, pred: 0, gold: 0, linkTp: 0, linkPred: 0, linkGoldTp: 0, linkGold: 0 };
for (const g of gold) {
  const dir = g.corpus === 'korea-seeds' ? join(root, 'korea-seeds') : join(root, g.corpus, 'articles');
  const { body } = readBody(join(dir, `${g.article}.txt`));
  const people = findPeople(body, splitSentences(body)).people;
  const matched = new Set<GoldPerson>();
  let tp = 0;
  for (const p of people) {
    const hit = g.persons.find((gp) => !matched.has(gp) && predKeys(p).some((k) => keysOf(gp).has(k)));
    if (hit) { matched.add(hit); tp++; } else if (verbose) console.log(`  FP ${g.article}: ${p.name}`);
  }
  for (const gp of g.persons) if (!matched.has(gp) && verbose) console.log(`  FN ${g.article}: ${gp.name}`);
  totals.tp += tp; totals.pred += people.length; totals.gold += g.persons.length;
  // alias links: predicted (name, alias) pairs, correct when one gold person has both forms
  for (const p of people) for (const a of p.aliases) {
    totals.linkPred++;
    const ok = g.persons.some((gp) => keysOf(gp).has(personKey(p.name)) && keysOf(gp).has(personKey(a)));
    if (ok) totals.linkTp++; else if (verbose) console.log(`  wrong link ${g.article}: ${p.name} ~ ${a}`);
  }
  for (const gp of g.persons) for (const a of gp.aliases) {
    totals.linkGold++;
    const found = people.some((p) => {
      const forms = new Set([p.name, ...p.aliases].map(personKey));
      return forms.has(personKey(gp.name)) && forms.has(personKey(a));
    });
    if (found) totals.linkGoldTp++; else if (verbose) console.log(`  missed link ${g.article}: ${gp.name} ~ ${a}`);
  }
}
const persons = prf(totals.tp, totals.pred, totals.gold);
const links = { p: (totals.linkPred ? totals.linkTp / totals.linkPred : 0).toFixed(3), r: (totals.linkGold ? totals.linkGoldTp / totals.linkGold : 0).toFixed(3) };
console.log(`articles: ${gold.length}`);
console.log('| what | gold | predicted | correct | precision | recall | F1 |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(`| persons per article | ${totals.gold} | ${totals.pred} | ${totals.tp} | ${persons.p} | ${persons.r} | ${persons.f} |`);
console.log(`| alias links | ${totals.linkGold} | ${totals.linkPred} | ${totals.linkTp} (found ${totals.linkGoldTp}) | ${links.p} | ${links.r} | |`);
