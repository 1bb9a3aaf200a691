import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseClock, parseDigestCommand, type DigestCommand } from '../../src/digest/command.ts';

const parse = (text: string) => parseDigestCommand(text);
const asError = (cmd: DigestCommand | null) => {
  assert.equal(cmd?.action, 'error', `expected an error, got ${JSON.stringify(cmd)}`);
  return cmd as Extract<DigestCommand, { action: 'error' }>;
};

describe('parseDigestCommand: accepted forms', () => {
  it('`digest` alone is the preview', () => {
    assert.deepEqual(parse('digest'), { action: 'preview' });
    assert.deepEqual(parse('  Digest  '), { action: 'preview' });
  });
  it('`digest on` subscribes at 08:00 by default, or at the time given', () => {
    assert.deepEqual(parse('digest on'), { action: 'on', time: '08:00', skipEmpty: false });
    assert.deepEqual(parse('digest on 07:30'), { action: 'on', time: '07:30', skipEmpty: false });
    assert.deepEqual(parse('DIGEST ON 7:05'), { action: 'on', time: '07:05', skipEmpty: false });
    assert.deepEqual(parse('digest on 6.45 Uhr'), { action: 'on', time: '06:45', skipEmpty: false });
    assert.deepEqual(parse('digest on 9'), { action: 'on', time: '09:00', skipEmpty: false });
    assert.deepEqual(parse('digest on 00:00'), { action: 'on', time: '00:00', skipEmpty: false });
    assert.deepEqual(parse('digest on 23:59'), { action: 'on', time: '23:59', skipEmpty: false });
  });
  it('`leise` (or quiet/skip) posts nothing on days without new articles', () => {
    assert.deepEqual(parse('digest on 07:30 leise'), { action: 'on', time: '07:30', skipEmpty: true });
    assert.deepEqual(parse('digest me quiet'), { action: 'me', time: '08:00', skipEmpty: true });
  });
  it('`digest off` and `digest status` take nothing more', () => {
    assert.deepEqual(parse('digest off'), { action: 'off' });
    assert.deepEqual(parse('digest status'), { action: 'status' });
  });
  it('`digest me` subscribes the user by DM; `digest me off` ends that', () => {
    assert.deepEqual(parse('digest me'), { action: 'me', time: '08:00', skipEmpty: false });
    assert.deepEqual(parse('digest me 06:00'), { action: 'me', time: '06:00', skipEmpty: false });
    assert.deepEqual(parse('digest me off'), { action: 'me-off' });
  });
  it('is null for text that is not a digest command', () => {
    assert.equal(parse('timeline 2020'), null);
    assert.equal(parse('digests'), null);
    assert.equal(parse(''), null);
  });
});

describe('parseDigestCommand: errors name the problem', () => {
  it('rejects an impossible time', () => {
    for (const bad of ['25:99', '24:00', '12:60', '7:5', '8pm', '-1']) {
      const error = asError(parse(`digest on ${bad}`));
      assert.equal(error.reason, 'bad-time', bad);
      assert.equal(error.input, bad);
    }
    assert.equal(asError(parse('digest me 25:99')).reason, 'bad-time');
  });
  it('rejects an unknown subcommand', () => {
    const error = asError(parse('digest sometimes'));
    assert.equal(error.reason, 'unknown-subcommand');
    assert.equal(error.input, 'sometimes');
  });
  it('rejects extra words', () => {
    assert.equal(asError(parse('digest off now')).reason, 'too-many-arguments');
    assert.equal(asError(parse('digest status please')).input, 'please');
    assert.equal(asError(parse('digest on 07:00 08:00')).reason, 'too-many-arguments');
  });
});

describe('parseClock', () => {
  it('normalises to HH:MM and refuses what is not a time of day', () => {
    assert.equal(parseClock('7:30'), '07:30');
    assert.equal(parseClock('07.30'), '07:30');
    assert.equal(parseClock('23'), '23:00');
    assert.equal(parseClock('25:99'), undefined);
    assert.equal(parseClock('123'), undefined);
    assert.equal(parseClock('7:3'), undefined);
  });
});
