/**
 * Role coverage over the wikinews-de corpus (no gold): how many persons the recogniser finds and how
 * many of them get a role, with one line per person for a diff between two versions.
 *   npx tsx eval/people-corpus-roles.ts [path/to/shared/corpora] [--lines]
 * Left out: the block of the first unseen people set, or, when every set is looked at, the block the
 * next blind set takes by the rule (blind8, unseen: the 106th to 120th id of the hash order once the tuned
 * set's are left out), and the 30 ids after it, kept for later blind sets; the tuned and looked-at
 * blind articles are in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitSentences } from '../src/text/lexicon/index.ts';
import { findPeople } from '../src/text/people/index.ts';
import { corporaDir, readBody } from './corpus-file.ts';
import { fnv1a } from './fnv.ts';
import { BLIND_SET_SIZE, BLIND_SETS, UNSEEN, parsePeopleGold } from './people-gold.ts';

/** Ids after the unseen block kept for later blind sets. */
const KEPT_AFTER = 30;

const { values: args, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { lines: { type: 'boolean' } } });
const dir = join(corporaDir(positionals[0]), 'wikinews-de', 'articles');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));
const gold = parsePeopleGold(readFileSync(new URL('../test/fixtures/gold/people.jsonl', import.meta.url), 'utf8'), false);
const tuned = new Set(gold.filter((g) => !g.set).map((g) => g.article));
const order = ids.filter((id) => !tuned.has(id)).sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
const firstUnseen = BLIND_SETS.findIndex((set) => UNSEEN.has(set));
const unseenStart = (firstUnseen < 0 ? BLIND_SETS.length : firstUnseen) * BLIND_SET_SIZE;
const leftOut = new Set(order.slice(unseenStart, unseenStart + BLIND_SET_SIZE + KEPT_AFTER));

let persons = 0;
let withRole = 0;
let roles = 0;
for (const id of ids.filter((i) => !leftOut.has(i)).sort()) {
  const { body } = readBody(join(dir, `${id}.txt`));
  for (const p of findPeople(body, splitSentences(body)).people) {
    persons++;
    if (p.roles.length) withRole++;
    roles += p.roles.length;
    if (args.lines) console.log(`${id}\t${p.name}\t${p.roles.join(' | ')}`);
  }
}
console.error(`articles ${ids.length - leftOut.size} (left out ${leftOut.size}), persons ${persons}, with a role ${withRole}, roles ${roles}`);
