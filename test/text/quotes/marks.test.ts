import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMarked, isLabel, scareQuoted } from '../../../src/text/quotes/marks.ts';

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

test('a stretch after "sogenannte", "so genannte" or "sog." is a scare quote and a label', () => {
  for (const text of ['Das seien sogenannte „Experten“.', 'Das seien so genannte „Experten“.', 'Das seien sog. „Experten“.', 'Sogenannte „Reformen der Mitte“ folgten.']) {
    const marks = findMarked(text);
    assert.equal(marks.length, 1, text);
    assert.equal(scareQuoted(text, marks[0]!), true, text);
    assert.equal(isLabel(text, marks[0]!), true, text);
  }
});

test('marks after other words are no scare quotes', () => {
  for (const text of ['Er sagte: „Wir gehen“.', 'Das genannte Ziel: „wir gehen“.', 'Sie nannte sog „wir gehen“.']) {
    const marks = findMarked(text);
    assert.equal(marks.length, 1, text);
    assert.equal(scareQuoted(text, marks[0]!), false, text);
  }
});

test('a German opening mark inside a stretch nests: the pair closes at the mark that balances it', () => {
  const text = '„Wir haben „Small Business“ im Blick“, sagte sie. „Ja.“';
  assert.deepEqual(
    findMarked(text).map((m) => text.slice(m.open + 1, m.close)),
    ['Wir haben „Small Business“ im Blick', 'Ja.'],
  );
});

test('when the line does not balance (a closer missing), the first closer ends the stretch as before', () => {
  const text = '„Nein „doch“, sagte er. „Ja“ und „Vielleicht“';
  assert.deepEqual(
    findMarked(text).map((m) => text.slice(m.open + 1, m.close)),
    ['Nein „doch', 'Ja', 'Vielleicht'],
  );
});
