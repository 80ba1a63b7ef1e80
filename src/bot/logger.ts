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
  /**
   * Where lines go (default stdout). A terminal gets readable lines, anything else JSON. Stdout
   * that is not a terminal (production: a pipe or a file) gets the lines of each turn of the
   * event loop in one write at the end of the turn (see `turnBatched`).
   */
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
export function createLogger({ level, secrets, destination }: LoggerOptions): Logger {
  const wipe = secretWiper(secrets);
  const out = destination ?? process.stdout;
  const stream = out.isTTY
    ? pretty({ destination: out, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss.l' })
    : (destination ?? stdoutInTurns());
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

// An interaction's or a webhook's token in one of Discord's paths ("interactions/<id>/<token>/callback",
// "webhooks/<application id>/<token>"): it can post as the bot for 15 minutes.
const TOKEN_IN_PATH = /((?:interactions|webhooks)\/\d+\/)[\w.-]+/g;

/**
 * A function that replaces the secrets, and each dot-separated part of them, in a text, and the
 * token in any interaction or webhook path. discord.js's own debug line shows a token's first two
 * parts; no part of it belongs in output.
 */
export function secretWiper(secrets: readonly (string | undefined)[]): (text: string) => string {
  const parts = [...new Set(secrets.flatMap((secret) => (secret ? [secret, ...secret.split('.')] : [])))]
    .filter((part) => part.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  return (text) =>
    parts.reduce((wiped, part) => wiped.split(part).join(REDACTED), text).replace(TOKEN_IN_PATH, `$1${REDACTED}`);
}

/** Past this many characters waiting, lines go out at once rather than at the end of the turn. */
const MAX_BATCH_CHARS = 64 * 1024;

/**
 * A destination that takes lines as they come and writes all those of one turn of the event loop
 * together, at the end of the turn (`setImmediate`), or as soon as MAX_BATCH_CHARS wait. A busy
 * process (a burst of interactions, each logging a line) makes one write where it made one per
 * line; a quiet one still writes each line in the turn that logged it. `flush` writes what waits
 * at once, as does the process's exit, so only a kill (SIGKILL) can lose the current turn's lines.
 */
export function turnBatched(write: (text: string) => void): {
  write(line: string): void;
  flush(callback?: (error?: Error) => void): void;
} {
  let waiting: string[] = [];
  let chars = 0;
  let scheduled = false;
  const flushNow = () => {
    if (waiting.length === 0) return;
    const text = waiting.length === 1 ? waiting[0]! : waiting.join('');
    waiting = [];
    chars = 0;
    write(text);
  };
  const endOfTurn = () => {
    scheduled = false;
    flushNow();
  };
  return {
    write(line) {
      waiting.push(line);
      chars += line.length;
      if (chars >= MAX_BATCH_CHARS) flushNow();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(endOfTurn);
      }
    },
    flush(callback) {
      flushNow();
      callback?.();
    },
  };
}

/** Stdout for JSON lines, in turns; what waits is written when the process exits (a crash too, not a SIGKILL). */
function stdoutInTurns(): ReturnType<typeof turnBatched> {
  // Synchronous writes that wait out a full pipe (EAGAIN) rather than fail.
  const fd = pino.destination({ dest: process.stdout.fd ?? 1, sync: true });
  const stream = turnBatched((text) => fd.write(text));
  process.on('exit', () => stream.flush());
  return stream;
}
