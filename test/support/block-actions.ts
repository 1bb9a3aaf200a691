/**
 * Signed `block_actions` payloads, as Slack sends them when a user clicks a button.
 */
import { signedPost } from './signed-request.ts';

/** A button found in blocks. */
export interface FoundButton {
  action_id: string;
  value: string;
}

/** All buttons in a message's blocks (actions rows and section accessories). */
export function buttonsIn(blocks: unknown): FoundButton[] {
  const found: FoundButton[] = [];
  for (const block of (blocks ?? []) as Array<{ type: string; elements?: FoundButton[]; accessory?: FoundButton & { type: string } }>) {
    if (block.type === 'actions') found.push(...(block.elements ?? []));
    if (block.accessory?.type === 'button') found.push(block.accessory);
  }
  return found;
}

/**
 * Click a button: POST the signed form body `payload=<json>`.
 * @example await clickButton(botUrl, secret, button, { responseUrl, ephemeral: true })
 */
export async function clickButton(
  botUrl: string,
  secret: string,
  button: FoundButton,
  where: { responseUrl: string; ephemeral: boolean; messageTs?: string; threadTs?: string; user?: string; actionTs?: string; view?: boolean },
): Promise<Response> {
  const payload = {
    type: 'block_actions',
    user: { id: where.user ?? 'U1', username: 'journalist', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: '1.2.3',
    team: { id: 'T1', domain: 'newsroom' },
    channel: { id: 'C1', name: 'korea-desk' },
    container: { type: 'message', message_ts: where.messageTs ?? '1700000000.000500', channel_id: 'C1', is_ephemeral: where.ephemeral },
    ...(where.ephemeral ? {} : { message: { type: 'message', ts: where.messageTs ?? '1700000000.000500', ...(where.threadTs ? { thread_ts: where.threadTs } : {}), text: 'x' } }),
    response_url: where.responseUrl,
    actions: [{ type: 'button', action_id: button.action_id, block_id: 'b1', value: button.value, text: { type: 'plain_text', text: 'x' }, action_ts: where.actionTs ?? '1700000000.1' }],
  };
  return signedPost(`${botUrl}/slack/events`, { secret, body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' });
}
