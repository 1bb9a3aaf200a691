/**
 * A packed directory gives back every profile field by field (roles, mentions, aliases, articles),
 * its places and quotes, and finds what the directory it was packed from finds; numbers that do
 * not fit together are refused when unpacking, never read out of bounds later.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { packDirectory, plainProfile, StoredProfile, unpackDirectory } from '../../src/knowledge/directory-columns.ts';
import { PeopleDirectory } from '../../src/knowledge/people-directory.ts';
import type { MergedPerson } from '../../src/text/people/index.ts';

const IDS = ['a0', 'a1', 'a2'];
const number = (id: string) => {
  const n = IDS.indexOf(id);
  if (n < 0) throw new Error(`unknown article ${id}`);
  return n;
};

function sample(): PeopleDirectory {
  const biegun: MergedPerson = {
    key: 'stephen biegun',
    name: 'Stephen Biegun',
    aliases: ['Biegun'],
    roles: [
      { role: 'Sondergesandter', date: '2019-03-01', articleId: 'a1' },
      { role: 'Vizeaußenminister', date: '2019-12-20', articleId: 'a2' },
    ],
    articleIds: ['a2', 'a1'],
    firstDate: '2019-03-01',
    lastDate: '2019-12-20',
    mentionCount: 3,
    mentions: [
      { articleId: 'a1', start: 10, end: 24 },
      { articleId: 'a2', start: 0, end: 6 },
      { articleId: 'a2', start: 90, end: 96 },
    ],
  };
  const kim: MergedPerson = { key: 'kim', name: 'Kim', aliases: [], roles: [], articleIds: ['a0'], firstDate: '2018', lastDate: '2018', mentionCount: 1, mentions: [{ articleId: 'a0', start: 4, end: 7 }] };
  const directory = new PeopleDirectory([biegun, kim], new Map([['panmunjom', { name: 'Panmunjom', kind: 'place' as const, articleIds: ['a1', 'a0'] }]]));
  directory.addQuote(biegun, 'a2', { index: 0, direct: true });
  directory.addQuote(biegun, 'a2', { index: 3, direct: false });
  return directory;
}

describe('directory columns', () => {
  it('give back every profile field by field, written out alike', () => {
    const built = sample();
    const restored = unpackDirectory(packDirectory(built, number), IDS);
    assert.equal(restored.profiles.length, 2);
    assert.ok(restored.profiles[0] instanceof StoredProfile);
    assert.deepEqual(restored.profiles.map(plainProfile), built.profiles);
    assert.equal(JSON.stringify(restored.profiles), JSON.stringify(built.profiles));
    assert.deepEqual(restored.entities, built.entities);
    assert.deepEqual(
      restored.quotes.get(restored.profiles[0]!),
      new Map([
        [
          'a2',
          [
            { index: 0, direct: true },
            { index: 3, direct: false },
          ],
        ],
      ]),
    );
    assert.equal(restored.quotes.get(restored.profiles[1]!), undefined, 'no quotes, no entry');
  });

  it('find what the directory packed finds', () => {
    const built = sample();
    const restored = unpackDirectory(packDirectory(built, number), IDS);
    for (const name of ['Biegun', 'Stephen Biegun', 'Kim', 'Panmunjom', 'Beigun', 'Xyzzqq']) {
      assert.deepEqual(JSON.parse(JSON.stringify(restored.lookup(name))), JSON.parse(JSON.stringify(built.lookup(name))), name);
    }
    assert.deepEqual(
      restored.byArticle.get('a2')?.map((p) => p.key),
      ['stephen biegun'],
    );
  });

  it('make mentions and roles anew on each read: changing one does not change the profile', () => {
    const [biegun] = unpackDirectory(packDirectory(sample(), number), IDS).profiles;
    biegun!.mentions.pop();
    biegun!.roles.pop();
    assert.equal(biegun!.mentions.length, 3);
    assert.equal(biegun!.roles.length, 2);
  });

  it('keep each role text and date once', () => {
    const { strings } = packDirectory(sample(), number);
    assert.deepEqual(strings.roles, ['Sondergesandter', 'Vizeaußenminister']);
    assert.deepEqual(strings.roleDates, ['2019-03-01', '2019-12-20']);
  });

  it('pack an empty directory', () => {
    const restored = unpackDirectory(packDirectory(new PeopleDirectory([], new Map()), number), IDS);
    assert.deepEqual(restored.profiles, []);
    assert.equal(restored.entities.size, 0);
  });

  it('refuse an article the numbering lacks when packing', () => {
    assert.throws(() => packDirectory(sample(), (id) => number(id === 'a2' ? 'zz' : id)), /unknown article zz/);
  });

  it('refuse numbers that do not fit together', () => {
    const good = packDirectory(sample(), number);
    const altered = (at: number, value: number) => {
      const numbers = Uint32Array.from(good.numbers);
      numbers[at] = value;
      return { strings: good.strings, numbers };
    };
    // layout: 7 counts, mentionCount × 2, roleAt × 3, roleText × 2, …
    assert.throws(() => unpackDirectory(good, IDS.slice(0, 2)), /missing article 2/);
    assert.throws(() => unpackDirectory(altered(7 + 2 + 3, 5), IDS), /missing role 5/);
    assert.throws(() => unpackDirectory(altered(7 + 2 + 1, 9), IDS), /out of order/);
    assert.throws(() => unpackDirectory(altered(0, 3), IDS), /wrong length/);
    assert.throws(() => unpackDirectory({ strings: { ...good.strings, names: ['x'] }, numbers: good.numbers }, IDS), /wrong length/);
    assert.throws(() => unpackDirectory({ strings: { ...good.strings, roleDates: [] }, numbers: good.numbers }, IDS), /missing role date 0/);
    assert.throws(() => unpackDirectory({ strings: good.strings, numbers: good.numbers.subarray(0, good.numbers.length - 1) }, IDS), /wrong length/);
  });
});
