import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProfileGroups } from '../../../src/text/people/groups.ts';

test('a bare name joins the one full name with that outer word, and the groups a change touches are told', () => {
  const groups = new ProfileGroups();
  assert.deepEqual([...groups.change('a1', [], ['kim jong un', 'kim'])].sort(), ['kim jong un']);
  assert.equal(groups.groupOf('kim'), 'kim jong un');
  assert.deepEqual(groups.membersOf('kim jong un'), { full: ['kim jong un'], bare: ['kim'] });
  // a second full name starting with "kim": the bare "Kim" is its own profile again
  assert.deepEqual([...groups.change('a2', [], ['kim yo jong'])].sort(), ['kim', 'kim jong un', 'kim yo jong']);
  assert.equal(groups.groupOf('kim'), 'kim');
  assert.deepEqual(groups.membersOf('kim'), { full: [], bare: ['kim'] });
  assert.deepEqual(groups.membersOf('kim jong un'), { full: ['kim jong un'], bare: [] });
  // and joins again when that article goes
  assert.deepEqual([...groups.change('a2', ['kim yo jong'], [])].sort(), ['kim', 'kim jong un', 'kim yo jong']);
  assert.equal(groups.groupOf('kim'), 'kim jong un');
  assert.deepEqual(groups.membersOf('kim yo jong'), { full: [], bare: [] });
});

test('a full name elsewhere that leaves a bare name where it was touches nothing more', () => {
  const groups = new ProfileGroups();
  groups.change('a1', [], ['kim jong un', 'kim yo jong', 'kim']);
  // "Kim" had two full names before and has three after: its group stays "kim", untouched
  assert.deepEqual([...groups.change('a2', [], ['kim dae jung'])], ['kim dae jung']);
  assert.deepEqual([...groups.articlesWith('kim')], ['a1']);
});
