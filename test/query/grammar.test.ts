import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inputText, MAX_INPUT_LENGTH, parseCommand } from '../../src/answers/command.ts';
import { parseRange } from '../../src/answers/period.ts';

describe('parseCommand', () => {
  it('treats empty text and "help" as help', () => {
    assert.deepEqual(parseCommand(''), { kind: 'help' });
    assert.deepEqual(parseCommand('  help '), { kind: 'help' });
  });

  it('strips the bot mention wherever it is, and a greeting', () => {
    assert.deepEqual(parseCommand('hey <@U0BOT> wer ist Biegun?'), { kind: 'who', name: 'Biegun' });
    assert.deepEqual(parseCommand('wer ist Biegun? <@U0BOT>'), { kind: 'who', name: 'Biegun' });
  });

  it('does not mistake built-in object names for commands', () => {
    assert.deepEqual(parseCommand('constructor'), { kind: 'search', text: 'constructor', page: 1 });
    assert.deepEqual(parseCommand('timeline constructor 2020'), { kind: 'timeline', page: 1, range: { from: '2020', to: '2020' }, topic: 'constructor' });
  });

  it('asks for a name when who has only punctuation', () => {
    assert.equal(parseCommand('who ?').kind, 'invalid');
  });

  it('strips the /korea prefix and a leading bot mention', () => {
    assert.deepEqual(parseCommand('/korea who Biegun'), { kind: 'who', name: 'Biegun' });
    assert.deepEqual(parseCommand('<@U0BOT> who Kim Jong Un'), { kind: 'who', name: 'Kim Jong Un' });
    assert.deepEqual(parseCommand('<@U0BOT|korea>: timeline 2020'), { kind: 'timeline', page: 1, range: { from: '2020', to: '2020' } });
  });

  it('parses timeline years, months and ranges', () => {
    assert.deepEqual(parseCommand('timeline 2020-07'), { kind: 'timeline', page: 1, range: { from: '2020-07', to: '2020-07' } });
    assert.deepEqual(parseCommand('TIMELINE 2018..2020'), { kind: 'timeline', page: 1, range: { from: '2018', to: '2020' } });
  });

  it('explains what timeline accepts when the range is missing or malformed', () => {
    for (const input of ['timeline', 'timeline 20x0', 'timeline 2020-13', 'timeline 2021..2019', 'timeline ..', 'timeline 2019-']) {
      const command = parseCommand(input);
      assert.equal(command.kind, 'invalid', input);
      if (command.kind === 'invalid') assert.ok(command.usage.includes('timeline 2020'));
    }
  });

  it('asks for a name when who has none', () => {
    const command = parseCommand('who   ');
    assert.equal(command.kind, 'invalid');
  });

  it('searches anything else', () => {
    assert.deepEqual(parseCommand('Kaesong Verbindungsbüro'), { kind: 'search', text: 'Kaesong Verbindungsbüro', page: 1 });
  });

  it('reads a page suffix in German or English, and rejects a bad page', () => {
    assert.deepEqual(parseCommand('Kaesong page 2'), { kind: 'search', text: 'Kaesong', page: 2 });
    assert.deepEqual(parseCommand('timeline 2020 seite 3'), { kind: 'timeline', page: 3, range: { from: '2020', to: '2020' } });
    assert.equal(parseCommand('Kaesong page 0').kind, 'invalid');
    assert.deepEqual(parseCommand('Vorschlag der Seite Nordkoreas'), { kind: 'search', text: 'Vorschlag der Seite Nordkoreas', page: 1 }, 'only digits make a page');
  });

  it('parses a timeline topic or person beside the period', () => {
    assert.deepEqual(parseCommand('timeline Kaesong 2019'), { kind: 'timeline', page: 1, range: { from: '2019', to: '2019' }, topic: 'Kaesong' });
    assert.deepEqual(parseCommand('timeline Biegun'), { kind: 'timeline', page: 1, topic: 'Biegun' });
  });

  it('accepts German command words', () => {
    assert.deepEqual(parseCommand('wer Biegun'), { kind: 'who', name: 'Biegun' });
    assert.deepEqual(parseCommand('chronik 2020'), { kind: 'timeline', page: 1, range: { from: '2020', to: '2020' } });
    assert.deepEqual(parseCommand('hilfe'), { kind: 'help' });
    assert.deepEqual(parseCommand('Zusammenfassung'), { kind: 'digest', args: '' });
  });

  it('maps natural questions onto commands', () => {
    assert.deepEqual(parseCommand('wer ist Biegun?'), { kind: 'who', name: 'Biegun' });
    assert.deepEqual(parseCommand('who is Lee Do-hoon'), { kind: 'who', name: 'Lee Do-hoon' });
    assert.deepEqual(parseCommand('was geschah im Juli 2020?'), { kind: 'timeline', page: 1, range: { from: '2020-07', to: '2020-07' } });
    assert.deepEqual(parseCommand('was passierte 2019 in Kaesong?'), { kind: 'timeline', page: 1, range: { from: '2019', to: '2019' }, topic: 'Kaesong' });
  });

  it('recognises thread follow-ups', () => {
    assert.deepEqual(parseCommand('mehr'), { kind: 'more' });
    assert.deepEqual(parseCommand('und 2021?'), { kind: 'followup', range: { from: '2021', to: '2021' } });
    assert.deepEqual(parseCommand('was hat er gesagt?'), { kind: 'followup', about: 'quotes' });
  });

  it(`refuses text over ${MAX_INPUT_LENGTH} characters`, () => {
    const command = parseCommand('a '.repeat(400));
    assert.equal(command.kind, 'invalid');
    if (command.kind === 'invalid') assert.deepEqual(command.problem, { code: 'tooLong', length: 799, max: 500 });
  });

  it('refuses very long raw input before any pattern looks at it, mention markup included', () => {
    const command = parseCommand('<@U1|'.repeat(40_000));
    assert.equal(command.kind, 'invalid');
    if (command.kind === 'invalid') assert.deepEqual(command.problem, { code: 'tooLong', length: 200_000, max: 500 });
  });

  it('reads control characters as spaces', () => {
    assert.deepEqual(parseCommand(`who\u0001Biegun\u0007`), { kind: 'who', name: 'Biegun' });
  });
});

describe('inputText', () => {
  it('makes a missing or non-string field empty text', () => {
    assert.equal(inputText(undefined), '');
    assert.equal(inputText(42), '');
    assert.equal(inputText({ text: 'x' }), '');
    assert.equal(inputText('who Biegun'), 'who Biegun');
  });
});

describe('parseRange', () => {
  it('accepts "bis" and a dash between years', () => {
    assert.deepEqual(parseRange('2018 bis 2020'), { from: '2018', to: '2020' });
    assert.deepEqual(parseRange('2018-2020'), { from: '2018', to: '2020' });
  });
  it('rejects reversed ranges', () => {
    assert.equal(parseRange('2020..2018'), null);
  });
});
