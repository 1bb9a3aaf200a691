import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeProfiles } from '../../../src/text/people/merge.ts';
import type { ArticlePerson } from '../../../src/text/people/types.ts';

const p = (name: string, aliases: string[] = [], roles: string[] = []): ArticlePerson => ({ name, aliases, roles, mentions: [{ start: 0, end: name.length }] });

test('spelling variants across articles merge, the most frequent full form names the profile', () => {
  const profiles = mergeProfiles([
    { articleId: 'a', articleDate: '2019-03', people: [p('Kim Jong Un', ['Kim'])] },
    { articleId: 'b', articleDate: '2019-07', people: [p('Kim Jong-un', ['Kim'])] },
    { articleId: 'c', articleDate: '2020-07', people: [p('Kim Jong-un')] },
  ]);
  assert.equal(profiles.length, 1);
  assert.equal(profiles[0]!.name, 'Kim Jong-un');
  assert.deepEqual(profiles[0]!.aliases.sort(), ['Kim', 'Kim Jong Un']);
  assert.deepEqual(profiles[0]!.articleIds, ['c', 'b', 'a']);
  assert.equal(profiles[0]!.firstDate, '2019-03');
  assert.equal(profiles[0]!.lastDate, '2020-07');
});

test('different people with one family name never merge', () => {
  const profiles = mergeProfiles([
    { articleId: 'a', articleDate: '2020-06', people: [p('Kim Jong Un'), p('Kim Yo Jong')] },
    { articleId: 'b', articleDate: '2020-07', people: [p('Kim')] },
  ]);
  assert.deepEqual(profiles.map((x) => x.name).sort(), ['Kim', 'Kim Jong Un', 'Kim Yo Jong']);
});

test('a bare surname joins the one full name it can belong to', () => {
  const profiles = mergeProfiles([
    { articleId: 'a', articleDate: '2020-07', people: [p('Stephen Biegun', ['Biegun'], ['US-Vizeaußenminister'])] },
    { articleId: 'b', articleDate: '2020-08', people: [p('Biegun', [], ['US-Sondergesandter für Nordkorea'])] },
  ]);
  assert.equal(profiles.length, 1);
  assert.equal(profiles[0]!.name, 'Stephen Biegun');
});

test('roles keep their article date, newest first', () => {
  const [trump] = mergeProfiles([
    { articleId: 'old', articleDate: '2019-03', people: [p('Donald Trump', [], ['US-Präsident'])] },
    { articleId: 'new', articleDate: '2021-03', people: [p('Donald Trump', [], ['früherer US-Präsident'])] },
  ]);
  assert.deepEqual(trump!.roles, [
    { role: 'früherer US-Präsident', date: '2021-03', articleId: 'new' },
    { role: 'US-Präsident', date: '2019-03', articleId: 'old' },
  ]);
});
