/**
 * The one way in: questions, digest commands and the feedback summary through `core.handle`,
 * with what the adapter says in the context.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { parseArticle } from '../src/corpus/parse.ts';
import { createCore, languageOf } from '../src/core.ts';
import { MemoryDigestStore } from '../src/digest/memory-store.ts';
import { DigestService } from '../src/digest/service.ts';
import type { FeedbackStore } from '../src/store/feedback.ts';

const knowledge = buildKnowledge([parseArticle(' date 2020-01 Minister Ri Son Gwon sprach in Pjöngjang.', 'a.txt')]);
const store = new MemoryDigestStore();
const now = new Date('2026-03-10T06:00:00Z');
const digests = new DigestService({ store, clock: () => now, tz: 'Europe/Berlin', articles: () => knowledge.articlesByDate() });
const feedback = { store: { countsSince: async () => [], latestWrong: async () => [] } as unknown as FeedbackStore, editors: new Set(['UEDITOR']) };
const core = createCore(knowledge, 'de', { digests, feedback, clock: () => now });

describe('core.handle', () => {
  it('answers a question in the language of the context', async () => {
    const reply = await core.handle('who Ri Son Gwon', { lang: 'en' });
    assert.equal(reply.kind, 'who');
    assert.equal(reply.lang, 'en');
    assert.equal(reply.command, 'who Ri Son Gwon');
  });

  it("continues the thread's previous question", async () => {
    const reply = await core.handle('und 2020?', { lang: 'de', previous: 'timeline Pjöngjang 2019' });
    assert.equal(reply.kind, 'timeline');
    assert.equal(reply.command, 'timeline Pjöngjang 2020');
  });

  it('runs digest commands for a Slack channel and user', async () => {
    const reply = await core.handle('digest on 07:30', { lang: 'de', user: 'U1', channel: 'C1' });
    assert.ok(reply.kind === 'digest' && reply.reply.kind === 'subscribed');
    assert.equal((await store.getSubscription('C1'))?.time, '07:30');
  });

  it('without a Slack channel shows only the preview', async () => {
    const preview = await core.handle('digest', { lang: 'de' });
    assert.ok(preview.kind === 'digest' && preview.reply.kind === 'preview');
    const refused = await core.handle('digest off', { lang: 'de' });
    assert.ok(refused.kind === 'error' && /nur in Slack/.test(refused.message));
  });

  it('answers a digest command that does not parse with its error, in the console too', async () => {
    for (const context of [{ lang: 'de' as const }, { lang: 'de' as const, user: 'U1', channel: 'C1' }]) {
      const reply = await core.handle('digest um 25:99', context);
      assert.ok(reply.kind === 'digest' && reply.reply.kind === 'error', JSON.stringify(reply));
    }
  });

  it('times every reply, digests and the feedback summary too', async () => {
    const timed: string[] = [];
    const measured = createCore(knowledge, 'de', { digests, feedback, clock: () => now, metrics: { answer: (kind) => timed.push(kind) } });
    await measured.handle('digest', { lang: 'de' });
    await measured.handle('feedback', { lang: 'de', user: 'UEDITOR', private: true });
    await measured.handle('who Nobody Known', { lang: 'de' });
    assert.deepEqual(timed.slice(0, 2), ['digest', 'feedback']);
    assert.equal(timed.length, 3);
  });

  it('shows the feedback summary to editors in a private reply only', async () => {
    const editor = await core.handle('feedback', { lang: 'en', user: 'UEDITOR', private: true });
    assert.ok(editor.kind === 'feedback' && editor.summary?.periods.length === 2);
    const other = await core.handle('feedback', { lang: 'en', user: 'U2', private: true });
    assert.ok(other.kind === 'feedback' && other.summary === null);
    const inPublic = await core.handle('feedback', { lang: 'en', user: 'UEDITOR' });
    assert.equal(inPublic.kind, 'error');
  });

  it('without stores, digests and feedback say they need Slack', async () => {
    const bare = createCore(knowledge, 'de');
    assert.equal((await bare.handle('digest', { lang: 'de' })).kind, 'error');
    assert.equal((await bare.handle('feedback', { lang: 'de', user: 'UEDITOR', private: true })).kind, 'error');
  });
});

describe('languageOf', () => {
  it('is the language the text is written in, else the fallback', () => {
    assert.equal(languageOf('who is Ri Son Gwon?', 'de'), 'en');
    assert.equal(languageOf('Pjöngjang 2020', 'en'), 'en');
  });
});
