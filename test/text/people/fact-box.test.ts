/**
 * The fact box of an interview (fact-box.ts): "Zur Person X" and the offices on the lines after it.
 * The texts are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as roles } from '../../support/people-roles.ts';

const BOX = 'Zur Person Anna Roth\n\n200px\n\nVizepräsidentin des Landtages\n\nStellvertretende Vorsitzende der Fraktion „Die Blauen“\n Mitglied des Innenausschusses\n\n';

test('the lines under "Zur Person X" are X\'s offices, past a line without a title', () => {
  const found = roles(`${BOX}In einem Interview äußert sich Anna Roth zu den Plänen der Regierung.`);
  assert.deepEqual(found['Anna Roth'], ['Vizepräsidentin des Landtages', 'Stellvertretende Vorsitzende der Fraktion', 'Mitglied des Innenausschusses']);
});

test("the box ends at a line with a verb; without the heading the lines are nobody's", () => {
  const after = roles('Zur Person Anna Roth\n\nIn einem Interview äußert sich Anna Roth zu den Plänen.\n\nVorsitzende des Vereins\n\nDas war alles.');
  assert.deepEqual(after['Anna Roth'], []);
  const headless = roles('Anna Roth\n\nVizepräsidentin des Landtages\n\nIn einem Interview äußert sich Anna Roth zu den Plänen.');
  assert.deepEqual(headless['Anna Roth'], []);
});
