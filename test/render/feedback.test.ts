import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helpAnswer } from '../../src/answers/help.ts';
import type { SearchAnswer } from '../../src/answers/types.ts';
import { decodeFeedback } from '../../src/render/actions.ts';
import { messageProblems } from '../../src/render/check-message.ts';
import { answerFeedbackButtons, answerId, citedIds, feedbackModal, feedbackSummaryMessage, readFeedbackModal } from '../../src/render/feedback.ts';
import { renderSlack } from '../../src/render/slack.ts';

const search = (ids: string[], query = 'Kaesong'): SearchAnswer => ({
  kind: 'search',
  lang: 'de',
  query,
  command: query,
  page: 1,
  pageCount: 1,
  remaining: 0,
  total: ids.length,
  suggestions: [],
  searchedFor: query,
  corrections: [],
  filters: {},
  partial: false,
  withoutFilters: 0,
  weaker: 0,
  hits: ids.map((id) => ({ id, title: `Titel ${id}`, date: '2020', score: 1, snippet: 'x', passages: [], phrase: false })),
});

describe('feedback rendering', () => {
  it('gives the same answer the same id, and another answer another', () => {
    assert.equal(answerId('who', 'who Biegun', ['a']), answerId('who', 'who Biegun', ['a']));
    assert.notEqual(answerId('who', 'who Biegun', ['a']), answerId('who', 'who Biegun', ['b']));
    assert.match(answerId('search', 'x', []), /^[0-9a-f]{16}$/);
  });

  it("carries the question and cited ids in the buttons, within Slack's limits even for 500 ids", () => {
    const answer = search(Array.from({ length: 500 }, (_, i) => `article_${i}_${'x'.repeat(20)}`));
    assert.equal(citedIds(answer).length, 500);
    const [helpful, wrong] = answerFeedbackButtons(answer);
    assert.ok(helpful && wrong);
    const value = decodeFeedback(helpful.value);
    assert.ok(value);
    assert.equal(value.q, 'Kaesong');
    assert.ok(value.c.length > 10 && value.c.length < 500, 'as many ids as fit');
    assert.deepEqual(messageProblems(renderSlack(answer)), []);
  });

  it('has no feedback buttons on help, errors or shared answers', () => {
    const ids = (m: ReturnType<typeof renderSlack>) => m.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    assert.ok(!ids(renderSlack(helpAnswer('help', 'de'))).includes('korea_helpful'));
    assert.ok(!ids(renderSlack({ kind: 'error', query: 'x', lang: 'de', message: 'Nein.', usage: [] })).includes('korea_helpful'));
    assert.ok(!ids(renderSlack(search(['a']), { interactive: false })).includes('korea_helpful'));
    assert.ok(ids(renderSlack(search(['a']))).includes('korea_helpful'));
  });

  it('reads a modal submission, and refuses missing, unknown or too long input', () => {
    const modal = feedbackModal({ a: 'abc', k: 'who', q: 'who Biegun', c: ['a'], lang: 'en', ch: 'C1' }, 'en');
    const view = (values: Record<string, unknown>) => ({ private_metadata: modal.private_metadata, state: { values } });
    const good = readFeedbackModal(view({ reason: { reason: { selected_option: { value: 'person' } } }, text: { text: { value: 'Zitat von Kim, nicht Moon' } } }), 'en');
    assert.deepEqual(good, { ok: true, context: { a: 'abc', k: 'who', q: 'who Biegun', c: ['a'], lang: 'en', ch: 'C1' }, reason: 'person', text: 'Zitat von Kim, nicht Moon' });
    assert.deepEqual(readFeedbackModal(view({}), 'en'), { ok: false, errors: { reason: 'Please choose a reason.' } });
    assert.equal(readFeedbackModal(view({ reason: { reason: { selected_option: { value: 'hack' } } } }), 'en').ok, false);
    assert.equal(readFeedbackModal(view({ reason: { reason: { selected_option: { value: 'date' } } }, text: { text: { value: 'x'.repeat(3001) } } }), 'en').ok, false);
    assert.equal(readFeedbackModal({ private_metadata: 'not json', state: { values: { reason: { reason: { selected_option: { value: 'date' } } } } } }, 'en').ok, false);
  });

  it("keeps the modal's metadata within 3000 characters", () => {
    const modal = feedbackModal({ a: 'abc', k: 'search', q: 'q'.repeat(2000), c: Array.from({ length: 300 }, (_, i) => `id${i}`), lang: 'de' }, 'de');
    assert.ok(modal.private_metadata!.length <= 3000);
  });

  it("escapes what users wrote in the editors' summary", () => {
    const message = feedbackSummaryMessage(
      {
        periods: [{ days: 7, counts: [{ kind: 'who', helpful: 1, wrong: 2 }] }],
        latestWrong: [
          { answerId: 'a', question: 'who <!channel>', kind: 'who', cited: [], user: 'U1', verdict: 'wrong', reason: 'date', text: '<@U2> *fett*', at: '2026-12-01T00:00:00.000Z', link: 'javascript:alert(1)' },
        ],
      },
      'de',
    );
    assert.deepEqual(messageProblems(message), []);
    const text = JSON.stringify(message.blocks);
    assert.match(text, /who: 1 hilfreich, 2 stimmt nicht/);
    assert.doesNotMatch(text, /javascript:/, 'only https links');
  });
});
