import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';
import type { PrettyOptions } from 'pino-pretty';

// pino-pretty is only for a terminal: loaded then, not at every start of a production process.
const require = createRequire(import.meta.url);
const pretty = (options: PrettyOptions) => (require('pino-pretty') as typeof import('pino-pretty'))(options);

export interface LoggerOptions {
  level: string;
  /** The bot token: wiped from every line, whatever logged it, and so is each of its three parts. */
  secrets: readonly string[];
  /** Where lines go (default stdout). A terminal gets readable lines, anything else JSON. */
  destination?: NodeJS.WritableStream & { isTTY?: boolean };
}

const REDACTED = '[redacted]';
// Shorter strings are too likely to be ordinary text.
const MIN_SECRET_LENGTH = 4;

/**
 * JSON lines in production, readable lines in a terminal. Secrets are wiped twice: known
 * fields by pino's redaction, and any occurrence of the token's text in the finished line,
 * so an error message that happens to quote it cannot leak it either.
 */
export function createLogger({ level, secrets, destination = process.stdout }: LoggerOptions): Logger {
  const wipe = secretWiper(secrets);
  const stream = destination.isTTY
    ? pretty({ destination, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss.l' })
    : destination;
  return pino(
    {
      level,
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'config.token'],
        censor: REDACTED,
      },
      hooks: {
        streamWrite: wipe,
      },
    },
    stream,
  );
}

/**
 * A function that replaces the secrets, and each dot-separated part of them, in a text.
 * discord.js's own debug line shows a token's first two parts; no part of it belongs in output.
 */
export function secretWiper(secrets: readonly (string | undefined)[]): (text: string) => string {
  const parts = [...new Set(secrets.flatMap((secret) => (secret ? [secret, ...secret.split('.')] : [])))]
    .filter((part) => part.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  return (text) => parts.reduce((wiped, part) => wiped.split(part).join(REDACTED), text);
}
