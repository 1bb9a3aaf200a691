import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { classifyPostError, describeError, SlackRateLimitError } from '../../src/digest/errors.ts';

/** A stand-in for slack.com/api: the path picks the answer. */
function fakeSlack(): Server {
  return createServer((req, res) => {
    const send = (status: number, body: object, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    req.resume();
    if (req.url?.includes('429')) return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '7' });
    if (req.url?.includes('500')) return send(500, { ok: false });
    if (req.url?.includes('internal')) return send(200, { ok: false, error: 'internal_error' });
    return send(200, { ok: false, error: 'not_in_channel' });
  });
}

describe('classifyPostError on the errors a real WebClient throws', () => {
  let server: Server;
  let client: (path: string) => Promise<unknown>;
  before(async () => {
    server = fakeSlack();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
    // The digest's client must leave retries to the runner: no built-in retries, 429s rejected.
    const web = new webApi.WebClient('xoxb-test', {
      slackApiUrl: url,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      logLevel: webApi.LogLevel.ERROR,
    });
    client = (path) =>
      web.apiCall(path, { channel: 'C1', text: 'x' }).then(
        () => undefined,
        (e: unknown) => e,
      );
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads Retry-After from a 429 as milliseconds to wait', async () => {
    assert.deepEqual(classifyPostError(await client('chat.postMessage.429')), { kind: 'rate-limited', retryAfterMs: 7000 });
  });
  it('retries an HTTP 500 and a Slack internal_error', async () => {
    assert.deepEqual(classifyPostError(await client('chat.postMessage.500')), { kind: 'transient' });
    assert.deepEqual(classifyPostError(await client('chat.postMessage.internal')), { kind: 'transient' });
  });
  it('gives up at once on not_in_channel', async () => {
    const error = await client('chat.postMessage');
    assert.deepEqual(classifyPostError(error), { kind: 'permanent' });
    assert.match(describeError(error), /not_in_channel/);
  });
});

describe('classifyPostError on other errors', () => {
  it("treats our own SlackRateLimitError like Slack's", () => {
    assert.deepEqual(classifyPostError(new SlackRateLimitError(1.5)), { kind: 'rate-limited', retryAfterMs: 1500 });
  });
  it('retries network failures and unknown throws, not client errors', () => {
    assert.deepEqual(classifyPostError(Object.assign(new Error('socket hang up'), { code: 'slack_webapi_request_error' })), { kind: 'transient' });
    assert.deepEqual(classifyPostError('weird'), { kind: 'transient' });
    assert.deepEqual(classifyPostError({ statusCode: 400 }), { kind: 'permanent' });
    assert.deepEqual(classifyPostError({ statusCode: 408 }), { kind: 'transient' });
  });
  it('describes an error on one line, with its code', () => {
    assert.equal(describeError(Object.assign(new Error('boom\n  at x'), { code: 'E_X' })), 'E_X: boom at x');
  });
});
