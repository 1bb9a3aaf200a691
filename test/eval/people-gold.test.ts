import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corporaDir, readBody } from '../../eval/corpus-file.ts';
import { fnv1a } from '../../eval/fnv.ts';
import { BLIND_SETS, BLIND_SET_SIZE, type GoldArticle, LOOKED_AT, PEOPLE_SETS, UNSEEN, blindSetsByRule, parsePeopleGold, setOf } from '../../eval/people-gold.ts';

const line = (set: string | undefined, article = 'wikinews-1') => JSON.stringify({ article, corpus: 'wikinews-de', persons: [], ...(set ? { set } : {}) });
const sample = [line(undefined), ...BLIND_SETS.map((set) => line(set))].join('\n');
const setsOf = (gold: GoldArticle[]) => gold.map(setOf);

describe('parsePeopleGold', () => {
  it('drops every unseen set without --blind and keeps the tuned set and the blind sets looked at', () => {
    assert.deepEqual(
      setsOf(parsePeopleGold(sample, false)),
      ['tuned', ...BLIND_SETS].filter((s) => !UNSEEN.has(s)),
    );
  });

  it('keeps every set with --blind', () => {
    assert.deepEqual(setsOf(parsePeopleGold(sample, true)), ['tuned', ...BLIND_SETS]);
  });

  it('ignores blank lines', () => {
    assert.equal(parsePeopleGold(`\n${line(undefined)}\n\n  \n${line('blind-2026-12-07')}\n`, false).length, 2);
  });

  it('rejects a line with an unknown set instead of scoring and listing it', () => {
    assert.throws(() => parsePeopleGold(line('blind4'), true), /unknown set "blind4"/);
    assert.throws(() => parsePeopleGold(line('Blind4-2026-12-07'), false), /unknown set/);
    assert.throws(() => parsePeopleGold(line('blind9-2026-12-07'), true), /unknown set "blind9-2026-12-07"/);
  });

  it('keeps a blind5 line without --blind (looked at since the roles5 round)', () => {
    const text = [line(undefined, 'wikinews-1'), line('blind5-2026-12-07', 'wikinews-2')].join('\n');
    assert.deepEqual(
      parsePeopleGold(text, false).map((g) => g.article),
      ['wikinews-1', 'wikinews-2'],
    );
  });

  it('keeps a blind6 line without --blind (looked at since the roles6 round)', () => {
    const text = [line('blind6-2026-12-07', 'wikinews-3'), line(undefined, 'wikinews-1')].join('\n');
    assert.deepEqual(
      parsePeopleGold(text, false).map((g) => g.article),
      ['wikinews-3', 'wikinews-1'],
    );
  });

  it('keeps a blind7 line without --blind (looked at since the roles8 round)', () => {
    const text = [line(undefined, 'wikinews-1'), line('blind7-2026-12-07', 'wikinews-4')].join('\n');
    assert.deepEqual(
      parsePeopleGold(text, false).map((g) => g.article),
      ['wikinews-1', 'wikinews-4'],
    );
  });

  it('drops a blind8 line without --blind, so nothing of it is read, and keeps it with --blind', () => {
    const text = [line('blind8-2026-12-07', 'wikinews-5'), line(undefined, 'wikinews-1')].join('\n');
    assert.deepEqual(
      parsePeopleGold(text, false).map((g) => g.article),
      ['wikinews-1'],
    );
    assert.deepEqual(setsOf(parsePeopleGold(text, true)), ['blind8-2026-12-07', 'tuned']);
  });
});

describe('the sets', () => {
  it('gates blind8 and lists the tuned set and blind to blind7 (looked at since the roles2 to roles8 rounds)', () => {
    assert.deepEqual([...UNSEEN], ['blind8-2026-12-07']);
    assert.deepEqual([...LOOKED_AT], ['tuned', 'blind-2026-12-07', 'blind2-2026-12-07', 'blind3-2026-12-07', 'blind4-2026-12-07', 'blind5-2026-12-07', 'blind6-2026-12-07', 'blind7-2026-12-07']);
    for (const set of UNSEEN) assert.ok(!LOOKED_AT.has(set), `${set} is both unseen and listed`);
    for (const set of [...UNSEEN, ...LOOKED_AT]) assert.ok(PEOPLE_SETS.includes(set), set);
  });
});

describe('the gates', () => {
  it('puts every set in exactly one of LOOKED_AT and UNSEEN, so none is read without --blind yet never listed', () => {
    assert.ok(PEOPLE_SETS.length > 1);
    for (const set of PEOPLE_SETS) assert.equal(Number(LOOKED_AT.has(set)) + Number(UNSEEN.has(set)), 1, set);
  });
});

describe('the gate of blind8', () => {
  it('keeps blind8 unseen: written for the lead to measure once, blind, and never run before', () => {
    assert.ok(UNSEEN.has('blind8-2026-12-07'));
    assert.ok(!LOOKED_AT.has('blind8-2026-12-07'));
  });

  it('puts blind8 last, after blind7, so the rule gives it the eighth block of 15', () => {
    assert.equal(BLIND_SETS.length, 8);
    assert.equal(BLIND_SETS[6], 'blind7-2026-12-07');
    assert.equal(BLIND_SETS[7], 'blind8-2026-12-07');
  });
});

describe('blindSetsByRule', () => {
  it('orders by hash, leaves the tuned ids out and cuts blocks of 15, one per blind set', () => {
    const ids = Array.from({ length: 115 }, (_, i) => `wikinews-${i + 1}`);
    const byHash = [...ids].sort((a, b) => fnv1a(a) - fnv1a(b));
    const tuned = new Set([byHash[0]!, byHash[20]!]);
    const sets = blindSetsByRule(ids, tuned);
    assert.equal(sets.length, BLIND_SETS.length);
    const rest = byHash.filter((id) => !tuned.has(id));
    assert.deepEqual(sets[0], rest.slice(0, 15));
    assert.deepEqual(sets[3], rest.slice(45, 60));
    assert.deepEqual(sets[4], rest.slice(60, 75));
    assert.deepEqual(sets[5], rest.slice(75, 90));
    assert.deepEqual(sets[6], rest.slice(90, 105));
    // the eighth block is what is left (113 - 105 = 8 ids), not padded and not wrapped around
    assert.deepEqual(sets[7], rest.slice(105));
    assert.equal(sets[7]!.length, 8);
    for (const set of sets) assert.ok(!set.some((id) => tuned.has(id)));
  });

  it('gives short blocks when there are too few ids, not repeated ones', () => {
    const sets = blindSetsByRule(['wikinews-1', 'wikinews-2'], new Set());
    assert.equal(sets.length, BLIND_SETS.length);
    assert.equal(sets[0]!.length, 2);
    assert.deepEqual(sets.slice(1), [[], [], [], [], [], [], []]);
  });
});

/** The gold file itself, every set (reading gold lines and article texts shows nothing of any output). */
const gold = parsePeopleGold(readFileSync('test/fixtures/gold/people.jsonl', 'utf8'), true);
const root = corporaDir(undefined);
const articlesDir = join(root, 'wikinews-de', 'articles');
const noCorpora = !existsSync(articlesDir) && `no corpora at ${articlesDir}`;

describe('the people gold file (test/fixtures/gold/people.jsonl)', () => {
  it('has 20 tuned articles and 15 in each blind set, no article twice', () => {
    assert.equal(gold.filter((g) => setOf(g) === 'tuned').length, 20);
    for (const set of BLIND_SETS) assert.equal(gold.filter((g) => setOf(g) === set).length, BLIND_SET_SIZE, set);
    assert.equal(new Set(gold.map((g) => g.article)).size, gold.length);
  });

  it('gives no line of an unseen set (blind8) when read without --blind, and all 15 of each with it', () => {
    const seen = parsePeopleGold(readFileSync('test/fixtures/gold/people.jsonl', 'utf8'), false);
    assert.ok(seen.length > 0);
    assert.deepEqual(
      seen.filter((g) => UNSEEN.has(setOf(g))),
      [],
    );
    for (const set of UNSEEN) assert.equal(gold.filter((g) => setOf(g) === set).length, BLIND_SET_SIZE, set);
  });

  it('took every blind set by the rule: the next 15 wikinews-de ids by FNV-1a hash, the tuned ones left out', { skip: noCorpora }, () => {
    const ids = readdirSync(articlesDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -'.txt'.length));
    assert.ok(ids.length > 800, `only ${ids.length} articles`);
    const tuned = new Set(gold.filter((g) => setOf(g) === 'tuned').map((g) => g.article));
    const byRule = blindSetsByRule(ids, tuned);
    BLIND_SETS.forEach((set, i) => {
      // the gold lines of a set are in hash order too
      assert.deepEqual(
        gold.filter((g) => setOf(g) === set).map((g) => g.article),
        byRule[i],
        set,
      );
    });
  });

  it('finds every word of every name and alias in its article (a list may write "Surname, First name")', { skip: noCorpora }, () => {
    const missing: string[] = [];
    for (const g of gold) {
      const file = g.corpus === 'korea-seeds' ? join(root, 'korea-seeds', `${g.article}.txt`) : join(articlesDir, `${g.article}.txt`);
      const { body } = readBody(file);
      assert.ok(body.length > 0, file);
      const forms = g.persons.flatMap((p) => [p.name, ...p.aliases]);
      for (const form of forms) if (form.split(/\s+/).some((word) => !body.includes(word))) missing.push(`${g.article}: ${form}`);
    }
    assert.deepEqual(missing, []);
  });

  it('has no empty or repeated name, alias or role within a person', () => {
    for (const g of gold)
      for (const p of g.persons) {
        const forms = [p.name, ...p.aliases, ...(p.roles ?? [])];
        assert.ok(
          forms.every((f) => f.trim() === f && f.length > 0),
          `${g.article}: ${p.name}`,
        );
        assert.ok(!p.aliases.includes(p.name), `${g.article}: ${p.name} is its own alias`);
        assert.equal(new Set(p.roles ?? []).size, (p.roles ?? []).length, `${g.article}: ${p.name} repeats a role`);
      }
  });
});
