import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeAction, fittedValue, shareButton, sourceButton, type CommandAction, type SourceAction } from '../../src/render/actions.ts';
import { BLOCK_LIMITS } from '../../src/render/limits.ts';

describe('button values', () => {
  it("fit Slack's limit and still decode when the command is full of escaped characters", () => {
    const command = `Kaesong ${'\u0001'.repeat(490)}`;
    const value = shareButton(command, 'de').value;
    assert.ok(value.length <= BLOCK_LIMITS.buttonValue, `${value.length}`);
    const decoded = decodeAction<CommandAction>(value);
    assert.ok(decoded);
    assert.ok(decoded.command.startsWith('Kaesong '));
    assert.equal(decoded.lang, 'de');
  });

  it('are left whole when they fit', () => {
    const value = { command: 'timeline 2020', lang: 'en' } as const;
    assert.equal(fittedValue(value), JSON.stringify(value));
  });

  it('cut by characters, never inside a surrogate pair or an escape, exactly to the limit', () => {
    for (const limit of [60, 61, 62, 63, 100]) {
      const value = fittedValue({ command: '🇰🇷"\\'.repeat(50), lang: 'en' }, limit);
      assert.ok(value.length <= limit, `${value.length} > ${limit}`);
      const decoded = decodeAction<CommandAction>(value);
      assert.ok(decoded);
      assert.ok(!/[\uD800-\uDBFF]$/.test(decoded.command), 'no lone high surrogate at the end');
    }
  });

  it('source buttons keep the article id whole and cut the passage', () => {
    const value = sourceButton('001_abc', '"'.repeat(300), 'de').value;
    const decoded = decodeAction<SourceAction>(value);
    assert.ok(decoded);
    assert.equal(decoded.id, '001_abc');
    assert.ok(value.length <= BLOCK_LIMITS.buttonValue);
  });
});
