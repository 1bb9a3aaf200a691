import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { installCrashGuards } from '../src/process-guard.ts';
import { createLogger } from '../src/log.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake accepts both listener shapes
function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return { emitter, exits, target: { on: (event: string, listener: (...args: any[]) => void) => emitter.on(event, listener), exit: (code: number) => void exits.push(code) } };
}

describe('installCrashGuards', () => {
  it('logs an unhandled rejection on one line, without secrets, and goes on', () => {
    const { emitter, exits, target } = fakeProcess();
    const logs: string[] = [];
    installCrashGuards(target, createLogger({ write: (l) => logs.push(l), secrets: ['s3cret-value'] }));
    emitter.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check') s3cret-value xoxb-1-2"));
    assert.equal(logs.length, 1);
    assert.match(logs[0]!, /^ERROR unhandled promise rejection \(the bot goes on\): TypeError: Cannot read properties of null/);
    assert.doesNotMatch(logs[0]!, /s3cret-value|xoxb-1-2|\n/);
    assert.deepEqual(exits, []);
  });

  it('survives a rare uncaught exception and exits when they repeat', () => {
    const { emitter, exits, target } = fakeProcess();
    const logs: string[] = [];
    let now = 0;
    installCrashGuards(target, createLogger({ write: (l) => logs.push(l) }), () => now, { exceptions: 2, windowMs: 1000 });
    emitter.emit('uncaughtException', new Error('one'));
    now = 2000;
    emitter.emit('uncaughtException', new Error('two'));
    emitter.emit('uncaughtException', new Error('three'));
    assert.deepEqual(exits, [], 'old ones drop out of the window');
    emitter.emit('uncaughtException', new Error('four'));
    assert.deepEqual(exits, [70]);
    assert.match(logs.at(-1)!, /exiting so that a supervisor restarts the bot/);
  });
});
