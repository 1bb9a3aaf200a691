import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_INPUT_LENGTH, parseCommand, parseRange } from '../../src/answers/command.ts';

describe('parseCommand', () => {
  it('treats empty text and "help" as help', () => {
    assert.deepEqual(parseCommand(''), { kind: 'help' });
    assert.deepEqual(parseCommand('  help '), { kind: 'help' });
  });

  it('strips the /korea prefix and a leading bot mention', () => {
    assert.deepEqual(parseCommand('/korea who Biegun'), { kind: 'who', name: 'Biegun' });
    assert.deepEqual(parseCommand('<@U0BOT> who Kim Jong Un'), { kind: 'who', name: 'Kim Jong Un' });
    assert.deepEqual(parseCommand('<@U0BOT|korea>: timeline 2020'), { kind: 'timeline', range: { from: '2020', to: '2020' } });
  });

  it('parses timeline years, months and ranges', () => {
    assert.deepEqual(parseCommand('timeline 2020-07'), { kind: 'timeline', range: { from: '2020-07', to: '2020-07' } });
    assert.deepEqual(parseCommand('TIMELINE 2018..2020'), { kind: 'timeline', range: { from: '2018', to: '2020' } });
  });

  it('explains what timeline accepts when the range is missing or malformed', () => {
    for (const input of ['timeline', 'timeline 20x0', 'timeline 2020-13', 'timeline 2021..2019']) {
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
    assert.deepEqual(parseCommand('Kaesong Verbindungsbüro'), { kind: 'search', text: 'Kaesong Verbindungsbüro' });
  });

  it(`refuses text over ${MAX_INPUT_LENGTH} characters`, () => {
    const command = parseCommand('a '.repeat(400));
    assert.equal(command.kind, 'invalid');
    if (command.kind === 'invalid') assert.match(command.message, /at most 500/);
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
