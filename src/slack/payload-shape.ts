/**
 * What a request to `/slack/events` must look like before Bolt sees it. Bolt reads nested fields
 * (`body.ssl_check`, `event.channel`, `user.id`, …) without checking them, so a signed but
 * malformed body (`null`, `event: "text"`, a click without `user`) would throw inside the
 * receiver. Each kind of request the bot handles has a small check here; anything else is
 * refused with a reason (the guard answers 400 and logs it).
 */
import { ACTION_IDS } from '../render/actions.ts';
import { isSlackUserId } from './slack-ids.ts';

/** A parsed request body, as Bolt parses it. */
export type Body = Record<string, unknown>;

type Check = (body: Body) => string | null;

const KNOWN_ACTIONS = new Set<string>(Object.values(ACTION_IDS));

const isObject = (value: unknown): value is Body => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, type: 'string' | 'object'): boolean => value === undefined || (type === 'string' ? typeof value === 'string' : isObject(value));

/** Interaction payloads (`payload=` form field) the bot has listeners for, by `type`. */
const INTERACTIONS: Record<string, Check> = {
  block_actions: (body) => {
    if (!isObject(body.user) || !isSlackUserId(body.user.id)) return 'block_actions without a valid user.id';
    if (body.team !== null && !optional(body.team, 'object')) return 'block_actions with a team that is not an object';
    if (!Array.isArray(body.actions) || body.actions.length === 0) return 'block_actions without actions';
    if (!body.actions.every((a) => isObject(a) && typeof a.action_id === 'string')) return 'block_actions with an action without action_id';
    // a click on a button the bot does not know would wait for Bolt's 3 s timeout
    if (!body.actions.every((a) => KNOWN_ACTIONS.has((a as Body).action_id as string))) return 'block_actions for an action the bot does not have';
    if (!optional(body.channel, 'object') || (isObject(body.channel) && typeof body.channel.id !== 'string')) return 'block_actions with a malformed channel';
    if (!optional(body.message, 'object') || (isObject(body.message) && typeof body.message.ts !== 'string')) return 'block_actions with a malformed message';
    if (!optional(body.container, 'object') || !optional(body.response_url, 'string')) return 'block_actions with a malformed container or response_url';
    return null;
  },
  view_submission: (body) => {
    if (!isObject(body.user) || !isSlackUserId(body.user.id)) return 'view_submission without a valid user.id';
    if (body.team !== null && !optional(body.team, 'object')) return 'view_submission with a team that is not an object';
    const view = body.view;
    if (!isObject(view) || typeof view.callback_id !== 'string' || typeof view.id !== 'string') return 'view_submission without a view, its id or callback_id';
    if (!optional(view.state, 'object') || !optional(view.private_metadata, 'string')) return 'view_submission with a malformed state or private_metadata';
    return null;
  },
};

/** Events API `event.type`s the bot listens to, with the fields its listeners read. */
const EVENTS: Record<string, Check> = {
  app_mention: (event) => {
    if (typeof event.channel !== 'string' || typeof event.ts !== 'string') return 'app_mention without channel or ts';
    for (const field of ['text', 'user', 'thread_ts', 'bot_id'] as const) {
      if (!optional(event[field], 'string')) return `app_mention with a ${field} that is not a string`;
    }
    return null;
  },
  app_home_opened: (event) => {
    if (!isSlackUserId(event.user)) return 'app_home_opened without a valid user';
    if (!optional(event.tab, 'string') || !optional(event.channel, 'string')) return 'app_home_opened with a malformed tab or channel';
    return null;
  },
};

/** The check for a type; own keys only ("constructor" is not a payload type). */
function checkFor(table: Record<string, Check>, type: string): Check | undefined {
  return Object.hasOwn(table, type) ? table[type] : undefined;
}

function eventCallbackProblem(body: Body): string | null {
  const event = body.event;
  if (!isObject(event) || typeof event.type !== 'string') return 'event_callback without an event object';
  if (!optional(body.event_id, 'string') || !optional(body.team_id, 'string')) return 'event_callback with a malformed event_id or team_id';
  if (body.authorizations !== undefined && !(Array.isArray(body.authorizations) && body.authorizations.every(isObject))) return 'event_callback with malformed authorizations';
  const check = checkFor(EVENTS, event.type);
  return check ? check(event) : `event type "${event.type}" is not handled`;
}

function slashCommandProblem(body: Body): string | null {
  if (typeof body.command !== 'string' || !body.command.startsWith('/')) return 'slash command without a command';
  if (!isSlackUserId(body.user_id)) return 'slash command without a valid user_id';
  if (typeof body.channel_id !== 'string' || typeof body.response_url !== 'string') return 'slash command without channel_id or response_url';
  // `text` may be missing (treated as empty); anything else must be a string
  for (const field of ['text', 'team_id', 'trigger_id'] as const) {
    if (!optional(body[field], 'string')) return `slash command with a ${field} that is not text`;
  }
  return null;
}

/**
 * Why a parsed body cannot be handed to Bolt, or null when it can.
 * @example payloadProblem(null) // "body is not an object"
 * @example payloadProblem({ type: "event_callback", event: "text" }) // "event_callback without an event object"
 * @example payloadProblem({ ssl_check: "1" }) // null
 */
export function payloadProblem(body: unknown): string | null {
  if (!isObject(body)) return 'body is not an object';
  if (body.ssl_check === '1') return null;
  if (body.type === 'url_verification') return typeof body.challenge === 'string' ? null : 'url_verification without a challenge';
  if (body.type === 'event_callback') return eventCallbackProblem(body);
  if (body.type === 'app_rate_limited') return null;
  if (body.command !== undefined) return slashCommandProblem(body);
  if (typeof body.type === 'string') {
    const check = checkFor(INTERACTIONS, body.type);
    return check ? check(body) : `interaction type "${body.type}" is not handled`;
  }
  return 'not a Slack request the bot handles';
}
