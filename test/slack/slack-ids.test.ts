import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSlackUserId, userMention } from '../../src/slack/slack-ids.ts';

describe('Slack ids in mrkdwn', () => {
  it('accepts user, enterprise and bot ids', () => {
    for (const id of ['U012AB3CD', 'W0G9QF9GT', 'B01ABC']) assert.ok(isSlackUserId(id), id);
  });

  it('refuses anything that could carry markup', () => {
    for (const id of ['U1> <!channel', 'u012ab', '', 'U', 'C0123', `U${'A'.repeat(40)}`, 42, null, undefined]) assert.equal(isSlackUserId(id), false, String(id));
  });

  it('mentions only valid ids, else names nobody', () => {
    assert.equal(userMention('U012AB3CD', 'someone'), '<@U012AB3CD>');
    assert.equal(userMention('U1> <!channel', 'someone'), 'someone');
  });
});
