import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMarked, isLabel } from '../../../src/text/quotes/marks.ts';

test('pairs of German, French and straight quotation marks', () => {
  const text = 'Er sagte: „Nein.“ Sie: «Ja» und "Vielleicht".';
  assert.deepEqual(
    findMarked(text).map((m) => text.slice(m.open + 1, m.close)),
    ['Nein.', 'Ja', 'Vielleicht'],
  );
});

test('quotation marks do not pair across a line break', () => {
  assert.deepEqual(findMarked('„offen\nzu“'), []);
});

test('a name or title in marks is a label', () => {
  const text = 'die Illustrierte „Stern“ und das «Zwei-plus-Zwei»-Treffen, aber „wir kommen wieder“';
  const labels = findMarked(text).map((m) => isLabel(text, m));
  assert.deepEqual(labels, [true, true, false]);
});
