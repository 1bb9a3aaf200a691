/**
 * GET /metrics: what the operator's Prometheus scrapes, counted from real signed requests.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBot, TEST_SECRET, type RunningBot } from '../support/bot.ts';
import { signedPost, slashCommandBody } from '../support/signed-request.ts';

let running: RunningBot;
before(async () => {
  running = await startBot('corpus');
});
after(async () => running.stop());

/** The value of one sample line, e.g. `korea_requests_total{kind="command"}`. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('GET /metrics', () => {
  it('counts requests by kind, acks, answers by kind, errors and the archive', async () => {
    for (const id of ['m1', 'm2']) {
      await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: slashCommandBody('who Biegun', `${running.slack.url}/respond/${id}`), contentType: 'application/x-www-form-urlencoded' });
      await running.slack.waitFor((c) => c.path === `/respond/${id}`);
    }
    const refused = await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: 'null', contentType: 'application/json' });
    assert.equal(refused.status, 400);
    const res = await fetch(`${running.url}/metrics`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers.get('content-type')), /^text\/plain/);
    const text = await res.text();
    assert.equal(sample(text, 'korea_requests_total{kind="command"}'), 2);
    assert.equal(sample(text, 'korea_requests_total{kind="refused"}'), 1);
    assert.equal(sample(text, 'korea_ack_seconds_count'), 3);
    assert.equal(sample(text, 'korea_answer_seconds_count{kind="who"}'), 2);
    assert.equal(sample(text, 'korea_articles'), 5);
    assert.equal(sample(text, 'korea_merge_running'), 0);
    assert.ok((sample(text, 'korea_process_resident_memory_bytes') ?? 0) > 0, 'process metrics too');
  });
});
