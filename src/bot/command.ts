import type {
  APIApplicationCommandAutocompleteInteraction,
  APIChatInputApplicationCommandInteraction,
  APIInteractionResponse,
  APIMessageComponentInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { SearchIndex } from '../core/index.js';
import type { SlidingWindowRateLimiter } from './rate-limiter.js';

/** What handlers may use: the current index (it can be swapped while running) and the clock. */
export interface BotContext {
  index(): SearchIndex;
  /** The per-user limit for commands that are `limited`; undefined when switched off. */
  rateLimiter: SlidingWindowRateLimiter | undefined;
  /** Epoch ms; components expire by it. */
  now(): number;
}

/** What one interaction came to, for the log line and the metrics. */
export type Outcome =
  | 'answered'
  | 'abstained'
  | 'empty'
  | 'listed'
  | 'suggested'
  | 'rate-limited'
  | 'paged'
  | 'expired'
  | 'malformed'
  | 'refused'
  | 'unknown'
  | 'failed';

/** A handler's result: the response Discord expects, and what it came to. */
export interface Handled {
  response: APIInteractionResponse;
  outcome: Outcome;
  score?: number;
  /** Time spent finding the answer, in ms. */
  answerMs?: number;
}

/**
 * A slash command: its definition as registered with Discord, and its handlers. Handlers take
 * the raw interaction and return the response; they never see how it arrived or how the
 * response leaves (that is a transport's job), and they do no I/O.
 */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether the per-user rate limit applies (commands that do real work for the user). */
  limited?: boolean;
  execute(interaction: APIChatInputApplicationCommandInteraction, context: BotContext): Handled;
  autocomplete?(interaction: APIApplicationCommandAutocompleteInteraction, context: BotContext): Handled;
  /** Buttons and menus whose custom id starts with the command's name and a colon. */
  component?(interaction: APIMessageComponentInteraction, context: BotContext): Handled;
}
