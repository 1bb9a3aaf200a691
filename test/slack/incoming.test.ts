import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_RAW_INPUT_LENGTH } from '../../src/query/index.ts';
import { stripSlackMarkup, UserLanguages } from '../../src/slack/incoming.ts';

describe('stripSlackMarkup', () => {
  it('removes user mentions wherever they are', () => {
    assert.equal(stripSlackMarkup('<@U1ABC> who Biegun'), 'who Biegun');
    assert.equal(stripSlackMarkup('<@U1ABC|korea>, wer ist Biegun? <@U2>'), 'wer ist Biegun?');
    assert.equal(stripSlackMarkup('<@U1>'), '');
  });
  it('leaves text longer than the core accepts alone (the core refuses it by length)', () => {
    const long = `<@U1> ${'x'.repeat(MAX_RAW_INPUT_LENGTH)}`;
    assert.equal(stripSlackMarkup(long), long);
  });
});

describe('UserLanguages', () => {
  it('remembers what a user last wrote in', () => {
    const languages = new UserLanguages('de');
    assert.equal(languages.resolve('U1', 'who is Biegun?'), 'en');
    assert.equal(languages.resolve('U1', 'Kaesong'), 'en');
    assert.equal(languages.resolve('U2', 'Kaesong'), 'de');
    assert.equal(languages.resolve('U2', 'Kaesong', 'en'), 'en');
  });
});
