import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messageProblems } from '../../src/render/check-message.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { shareButton } from '../../src/render/actions.ts';
import type { SlackMessage } from '../../src/render/block-types.ts';

const section = (text: string): SlackMessage['blocks'][number] => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('messageProblems', () => {
  it('finds nothing wrong in a rendered answer', () => {
    const message = renderSlack({ kind: 'error', query: 'who <!channel>', lang: 'de', message: 'Kein Treffer für <!channel>', usage: ['who Biegun'] });
    assert.deepEqual(messageProblems(message), []);
  });

  it('finds live broadcast markup and mentions of things that are not user ids', () => {
    for (const text of ['hi <!channel>', '<!here|here>', '<!subteam^S1>', '<@U1> <!everyone>', '<@U1|x>', '<#C1|general>']) {
      const problems = messageProblems({ text: 'x', blocks: [section(text)] });
      assert.ok(
        problems.some((p) => p.startsWith('live markup')),
        text,
      );
    }
    assert.deepEqual(messageProblems({ text: 'x', blocks: [section('Geteilt von <@U012AB> · <https://example.org|Quelle>')] }), []);
  });

  it('finds limits exceeded and buttons that do not decode', () => {
    const tooMany: SlackMessage = { text: 'x', blocks: Array.from({ length: 51 }, () => section('a')) };
    assert.ok(messageProblems(tooMany).includes('51 blocks'));
    assert.ok(messageProblems({ text: 'x', blocks: [section('a'.repeat(3001))] }).some((p) => /section over 3000/.test(p)));
    assert.ok(messageProblems({ text: '', blocks: [] }).includes('no fallback text'));
    const broken = { ...shareButton('Kaesong', 'de'), value: '{"command":"Kaes' };
    assert.ok(messageProblems({ text: 'x', blocks: [{ type: 'actions', elements: [broken] }] }).some((p) => /does not decode/.test(p)));
  });
});
