import type { Command } from '../command.js';
import { ask } from './ask.js';
import { sources } from './sources.js';

/** Every command the bot has; registering and dispatching both read this list. */
export const COMMANDS: readonly Command[] = [ask, sources];
