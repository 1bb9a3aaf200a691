/**
 * Feedback and the App Home over signed HTTP against the fake Slack: votes are stored once per
 * user and answer (a second click changes it), "Stimmt nicht" opens the modal and its submission
 * is stored (bad submissions get errors in the modal), editors see the summary and others a
 * polite no, and the Home tab is published and its buttons act at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buttonsIn, clickButton, type FoundButton } from '../support/block-actions.ts';
import { startBot, TEST_EDITOR, TEST_SECRET, type RunningBot } from '../support/bot.ts';
import { mentionEventBody, signedPost, slashCommandBody } from '../support/signed-request.ts';
import { visibleText } from '../support/visible-text.ts';

let running: RunningBot;
before(async () => {
  running = await startBot('corpus');
  running.slack.setDefault('conversations.members', { status: 200, body: { ok: true, members: ['U1', TEST_EDITOR] } });
});
after(async () => running.stop());

const post = (body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded' = 'application/x-www-form-urlencoded') =>
  signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body, contentType });

async function slash(text: string, id: string, user = 'U1') {
  const res = await post(slashCommandBody(text, `${running.slack.url}/respond/${id}`, { user_id: user }));
  assert.equal(res.status, 200);
  return running.slack.waitFor((c) => c.path === `/respond/${id}`);
}

function viewSubmission(metadata: string, values: Record<string, unknown>, user = 'U1'): string {
  const payload = {
    type: 'view_submission',
    team: { id: 'T1' },
    user: { id: user, team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: '2.3.4',
    view: { id: 'V1', type: 'modal', callback_id: 'korea_feedback', private_metadata: metadata, state: { values } },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe('feedback on answers', () => {
  let helpful: FoundButton;
  let wrong: FoundButton;

  it('puts "Helpful" and "Not right" under a who answer', async () => {
    const reply = await slash('who Biegun', 'fb-who');
    const buttons = buttonsIn(reply.body.blocks);
    helpful = buttons.find((b) => b.action_id === 'korea_helpful')!;
    wrong = buttons.find((b) => b.action_id === 'korea_wrong')!;
    assert.ok(helpful && wrong, 'both buttons are there');
    assert.match(visibleText(reply.body.blocks), /Helpful/);
  });

  it('stores one vote per user and answer: the same click again changes nothing, the other button changes it', async () => {
    for (const id of ['c1', 'c2']) {
      const res = await clickButton(running.url, TEST_SECRET, helpful, { responseUrl: `${running.slack.url}/respond/${id}`, ephemeral: true, actionTs: `170000000${id.at(-1)}.1` });
      assert.equal(res.status, 200);
      assert.match(visibleText((await running.slack.waitFor((c) => c.path === `/respond/${id}`)).body.blocks), /Thanks for the feedback/);
    }
    let votes = await running.feedback.all();
    assert.equal(votes.length, 1);
    assert.equal(votes[0]!.verdict, 'helpful');
    assert.equal(votes[0]!.kind, 'who');
    assert.equal(votes[0]!.question, 'who Biegun');
    assert.ok(votes[0]!.cited.length > 0, 'the cited articles are stored');
    const res = await clickButton(running.url, TEST_SECRET, wrong, { responseUrl: `${running.slack.url}/respond/c3`, ephemeral: true });
    assert.equal(res.status, 200);
    const open = await running.slack.waitFor((c) => c.path === '/api/views.open');
    assert.equal(open.body.trigger_id, '1.2.3');
    assert.equal((open.body.view as { callback_id: string }).callback_id, 'korea_feedback');
    votes = await running.feedback.all();
    assert.deepEqual(
      votes.map((v) => v.verdict),
      ['wrong'],
    );
  });

  it("stores the modal's reason and text", async () => {
    const open = running.slack.calls.find((c) => c.path === '/api/views.open')!;
    const metadata = (open.body.view as { private_metadata: string }).private_metadata;
    const res = await post(
      viewSubmission(metadata, { reason: { reason: { type: 'radio_buttons', selected_option: { value: 'date' } } }, text: { text: { type: 'plain_text_input', value: 'Das Treffen war 2019, nicht 2020.' } } }),
    );
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '', 'the modal closes');
    const [vote] = await running.feedback.latestWrong(1);
    assert.equal(vote?.reason, 'date');
    assert.equal(vote?.text, 'Das Treffen war 2019, nicht 2020.');
    assert.equal((await running.feedback.all()).length, 1, 'still one vote');
  });

  it('keeps the modal open with a clear error for a missing reason or 10,000 characters of text, storing nothing', async () => {
    const open = running.slack.calls.find((c) => c.path === '/api/views.open')!;
    const metadata = (open.body.view as { private_metadata: string }).private_metadata;
    const before = JSON.stringify(await running.feedback.all());
    const missing = await post(viewSubmission(metadata, { text: { text: { value: 'x' } } }));
    assert.equal(missing.status, 200);
    assert.deepEqual(await missing.json(), { response_action: 'errors', errors: { reason: 'Please choose a reason.' } });
    const long = await post(viewSubmission(metadata, { reason: { reason: { selected_option: { value: 'other' } } }, text: { text: { value: 'x'.repeat(10_000) } } }));
    assert.match(JSON.stringify(await long.json()), /at most 3000 characters/);
    const forged = await post(viewSubmission('{"a":1}', { reason: { reason: { selected_option: { value: 'date' } } } }));
    assert.equal(((await forged.json()) as { response_action: string }).response_action, 'errors');
    assert.equal(JSON.stringify(await running.feedback.all()), before);
  });

  it('refuses forged and unknown clicks without storing anything', async () => {
    const count = (await running.feedback.all()).length;
    const forged = await signedPost(`${running.url}/slack/events`, {
      secret: 'not-the-secret',
      body: new URLSearchParams({ payload: JSON.stringify({ type: 'block_actions', user: { id: 'U9' }, actions: [{ action_id: 'korea_helpful', value: helpful.value }] }) }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    assert.equal(forged.status, 401);
    const unknown = await clickButton(running.url, TEST_SECRET, { action_id: 'korea_vote_twice', value: helpful.value }, { responseUrl: `${running.slack.url}/respond/u`, ephemeral: true });
    assert.equal(unknown.status, 400);
    const garbage = await clickButton(running.url, TEST_SECRET, { action_id: 'korea_helpful', value: '{"a":' }, { responseUrl: `${running.slack.url}/respond/g`, ephemeral: true, user: 'U7' });
    assert.equal(garbage.status, 200);
    assert.equal((await running.feedback.all()).length, count);
  });

  it('shows editors the summary and others a polite no', async () => {
    const stranger = await slash('feedback', 'fb-stranger');
    assert.match(visibleText(stranger.body.blocks), /Only the desk's editors/);
    const editor = await slash('feedback', 'fb-editor', TEST_EDITOR);
    const text = visibleText(editor.body.blocks);
    assert.match(text, /Last 7 days/);
    assert.match(text, /who: 0 helpful, 1 not right/);
    assert.match(text, /who Biegun/);
    assert.match(text, /Wrong date/);
  });

  it("puts the buttons under a mention's answer too", async () => {
    await post(mentionEventBody({ text: '<@UBOT> timeline 2020', ts: '1700000300.000100' }), 'application/json');
    const answer = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000300.000100');
    assert.deepEqual(buttonsIn(answer.body.blocks).filter((b) => b.action_id.startsWith('korea_helpful') || b.action_id === 'korea_wrong').length, 2);
  });
});

describe('App Home', () => {
  it('publishes the Home tab when it is opened, within 100 blocks', async () => {
    await post(JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvHome1', event: { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' } }), 'application/json');
    const publish = await running.slack.waitFor((c) => c.path === '/api/views.publish' && c.body.user_id === 'U1');
    const view = publish.body.view as { type: string; blocks: unknown[] };
    assert.equal(view.type, 'home');
    assert.ok(view.blocks.length > 0 && view.blocks.length <= 100);
    const text = visibleText(view.blocks);
    assert.match(text, /5 articles/);
    assert.match(text, /Your daily digest/);
    assert.equal(buttonsIn(view.blocks).filter((b) => b.action_id === 'korea_home_example').length, 3);
  });

  it("turns the user's digest on at a time at once and publishes again", async () => {
    const published = running.slack.calls.filter((c) => c.path === '/api/views.publish').length;
    const res = await clickButton(running.url, TEST_SECRET, { action_id: 'korea_home_digest_time', value: '08:00' }, { responseUrl: `${running.slack.url}/respond/h1`, ephemeral: true });
    assert.equal(res.status, 200);
    await running.slack.waitFor(() => running.slack.calls.filter((c) => c.path === '/api/views.publish').length > published);
    const sub = await running.store.getSubscription('U1');
    assert.equal(sub?.kind, 'dm');
    assert.equal(sub?.time, '08:00');
    const last = running.slack.calls.filter((c) => c.path === '/api/views.publish').at(-1)!;
    assert.match(visibleText(last.body.view), /Every day at 08:00/);
  });

  it('stores the language choice and answers an example question in the DM', async () => {
    await clickButton(running.url, TEST_SECRET, { action_id: 'korea_home_language', value: 'de' }, { responseUrl: `${running.slack.url}/respond/h2`, ephemeral: true, actionTs: '1700000002.1' });
    for (let i = 0; i < 50 && (await running.feedback.language('U1')) !== 'de'; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(await running.feedback.language('U1'), 'de');
    await clickButton(running.url, TEST_SECRET, { action_id: 'korea_home_example', value: 'timeline 2019' }, { responseUrl: `${running.slack.url}/respond/h3`, ephemeral: true });
    const dm = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U1');
    assert.match(String(dm.body.text), /Chronik 2019/, 'answered in the chosen language');
    // a timeline over several months comes with its chart, in the answer's thread in the DM
    await running.slack.waitFor(() => running.slack.uploads.some((u) => u.channel === 'U1'));
  });

  it('ignores a digest time that is not offered', async () => {
    await clickButton(running.url, TEST_SECRET, { action_id: 'korea_home_digest_time', value: '03:17' }, { responseUrl: `${running.slack.url}/respond/h4`, ephemeral: true, actionTs: '1700000004.1' });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await running.store.getSubscription('U1'))?.time, '08:00');
  });
});
