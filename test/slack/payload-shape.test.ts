import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadProblem } from '../../src/slack/payload-shape.ts';

const click = { type: 'block_actions', user: { id: 'U1' }, team: { id: 'T1' }, actions: [{ action_id: 'korea_more', value: '{}' }], response_url: 'https://hooks.slack.com/x' };
const mention = { type: 'event_callback', event_id: 'Ev1', team_id: 'T1', event: { type: 'app_mention', channel: 'C1', ts: '1.1', user: 'U1', text: '<@UBOT> who Biegun' } };
const slash = { command: '/korea', text: 'who Biegun', user_id: 'U1', channel_id: 'C1', response_url: 'https://hooks.slack.com/c', team_id: 'T1' };

describe('payloadProblem', () => {
  it('accepts what Slack sends for the requests the bot handles', () => {
    for (const body of [click, mention, slash, { ssl_check: '1' }, { type: 'url_verification', challenge: 'c' }, { ...click, team: null }, { ...slash, text: undefined }]) {
      assert.equal(payloadProblem(body), null, JSON.stringify(body));
    }
  });

  it('refuses bodies that are not objects', () => {
    for (const body of [null, 'text', 42, [], [mention]]) assert.equal(payloadProblem(body), 'body is not an object');
  });

  it('refuses events without an event object or with fields of the wrong type', () => {
    assert.match(payloadProblem({ ...mention, event: null })!, /without an event object/);
    assert.match(payloadProblem({ ...mention, event: 'text' })!, /without an event object/);
    assert.match(payloadProblem({ ...mention, event: { ...mention.event, text: 42 } })!, /text that is not a string/);
    assert.match(payloadProblem({ ...mention, event: { ...mention.event, channel: { id: 'C1' } } })!, /without channel or ts/);
    assert.match(payloadProblem({ ...mention, authorizations: 'x' })!, /authorizations/);
  });

  it('refuses event types and interactions the bot has no listener for, including names of built-ins', () => {
    assert.match(payloadProblem({ ...mention, event: { type: 'constructor' } })!, /not handled/);
    assert.match(payloadProblem({ type: 'view_submission', view: {} })!, /user\.id/);
    assert.match(payloadProblem({ type: 'view_submission', user: { id: 'U1' }, view: { id: 'V1' } })!, /callback_id/);
    assert.equal(payloadProblem({ type: 'view_submission', user: { id: 'U1' }, view: { id: 'V1', callback_id: 'korea_feedback', state: { values: {} }, private_metadata: '{}' } }), null);
    assert.match(payloadProblem({ type: 'shortcut', user: { id: 'U1' } })!, /not handled/);
    assert.match(payloadProblem({ ...mention, event: { type: 'app_home_opened', user: 'U1> x' } })!, /valid user/);
    assert.equal(payloadProblem({ ...mention, event: { type: 'app_home_opened', user: 'U1', tab: 'home' } }), null);
    assert.match(payloadProblem({ type: 'toString' })!, /not handled/);
    assert.match(payloadProblem({ foo: 'bar' })!, /not a Slack request/);
  });

  it('refuses clicks without a valid user id or actions', () => {
    assert.match(payloadProblem({ ...click, user: undefined })!, /user\.id/);
    assert.match(payloadProblem({ ...click, user: { id: 'U1> <!channel' } })!, /user\.id/);
    assert.match(payloadProblem({ ...click, actions: [] })!, /without actions/);
    assert.match(payloadProblem({ ...click, actions: [{ value: 'x' }] })!, /action_id/);
    assert.match(payloadProblem({ ...click, actions: [{ action_id: 'someone_elses' }] })!, /does not have/);
    assert.match(payloadProblem({ ...click, channel: 'C1' })!, /channel/);
    assert.match(payloadProblem({ ...click, message: { text: 'no ts' } })!, /message/);
  });

  it('refuses slash commands with missing ids or text that is not a string', () => {
    assert.match(payloadProblem({ ...slash, user_id: undefined })!, /user_id/);
    assert.match(payloadProblem({ ...slash, text: ['a', 'b'] })!, /text/);
    assert.match(payloadProblem({ ...slash, command: 'korea' })!, /command/);
    assert.match(payloadProblem({ ...slash, response_url: undefined })!, /response_url/);
  });
});
