import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { SearchIndex } from '../core/search-index.js';
import type { AnswerSessions } from './answer-sessions.js';
import type { Cooldown } from './cooldown.js';

/** What commands may use: the current index (it can be swapped while running) and the logger. */
export interface BotContext {
  index(): SearchIndex;
  logger: Logger;
  /** The per-user limit for commands that are `limited`; undefined when switched off. */
  cooldown: Cooldown | undefined;
  /** Answers whose buttons still work. */
  sessions: AnswerSessions;
}

/** What a handler reports about one interaction, for the interaction log line. */
export interface Outcome {
  outcome: 'answered' | 'abstained' | 'empty' | 'listed' | 'suggested' | 'cooldown' | 'paged' | 'expired' | 'refused';
  score?: number;
  /** Time spent finding the answer, apart from sending it. */
  answerMs?: number;
}

/** A slash command: its definition as registered with Discord, and its handlers. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether the per-user cooldown applies (commands that do real work for the user). */
  limited?: boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Outcome>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<Outcome>;
  /** Buttons and menus whose custom id starts with the command's name and a colon. */
  component?(interaction: MessageComponentInteraction, context: BotContext): Promise<Outcome>;
}
