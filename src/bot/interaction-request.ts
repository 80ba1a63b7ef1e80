import type { APIInteraction } from 'discord-api-types/v10';
import type { HandledInteraction } from './handle-interaction.js';
import { isSnowflake } from './interaction.js';

/** The parts of an interaction its log line names. */
export type LoggedInteraction = Pick<APIInteraction, 'id' | 'guild_id'>;

/** A handled interaction without its response: what the log line and the metrics need. */
export type HandledSummary = Omit<HandledInteraction, 'response'>;

/**
 * The HTTP reply to one verified interaction request: its status and JSON body, and, when it was
 * an interaction, what to log about it. Plain data, so that it can come back from another thread.
 */
export interface InteractionReply {
  status: number;
  body: string;
  record?: { interaction: LoggedInteraction; handled: HandledSummary };
}

/**
 * Answers the body of a request whose signature was checked: bad JSON or anything that is not an
 * interaction gets a 400, an interaction its handler's response. Never throws (the handler does not).
 */
export function replyToInteraction(
  handle: (interaction: APIInteraction) => HandledInteraction,
  body: string,
): InteractionReply {
  let interaction: APIInteraction;
  try {
    interaction = JSON.parse(body) as APIInteraction;
  } catch {
    return failure(400, 'body is not JSON');
  }
  if (typeof interaction !== 'object' || interaction === null || typeof interaction.type !== 'number')
    return failure(400, 'not an interaction');
  const { response, outcome, score, answerMs, command, kind, error } = handle(interaction);
  // The summary named field by field: a rest pattern copies through V8's slow paths, per request.
  const handled: HandledSummary = { outcome, score, answerMs, command, kind, error };
  return { status: 200, body: JSON.stringify(response), record: { interaction: loggedIds(interaction), handled } };
}

/**
 * The ids the log line names, only where they are snowflakes: the record crosses threads and
 * reaches the log, and a verified body can still hold anything in these fields (a nesting too deep
 * to copy between threads, a megabyte of text).
 */
function loggedIds(interaction: APIInteraction): LoggedInteraction {
  const { id, guild_id: guildId } = interaction as { id?: unknown; guild_id?: unknown };
  return { id: isSnowflake(id) ? id : 'invalid', guild_id: isSnowflake(guildId) ? guildId : undefined };
}

/** The reply to a request that was lost on our side (an answer thread that died or never replied). */
export const LOST_REPLY: InteractionReply = failure(500, 'internal error');

function failure(status: number, error: string): InteractionReply {
  return { status, body: JSON.stringify({ error }) };
}

/** Answers requests in the calling thread: how the bot answers when no answer thread runs. */
export type RequestAnswerer = (body: Buffer, done: (reply: InteractionReply) => void) => void;

export function answeringInline(handle: (interaction: APIInteraction) => HandledInteraction): RequestAnswerer {
  return (body, done) => done(replyToInteraction(handle, body.toString('utf8')));
}
