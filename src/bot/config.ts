import { httpUrl } from '../core/index.js';

/** A setting that is missing or malformed; the message is the one line to print. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The token placeholder in .env.example: starting with it would only fail at Discord. */
export const TOKEN_PLACEHOLDER = 'paste-your-bot-token-here';

const SNOWFLAKE = /^\d{17,20}$/;
// Three base64url parts joined by dots: the shape of every Discord bot token.
const TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The settings as read from the environment, each checked, in the order .env.example lists them. */
interface Settings {
  DISCORD_TOKEN: string | undefined;
  DISCORD_CLIENT_ID: string | undefined;
  DISCORD_GUILD_ID: string | undefined;
  LOG_LEVEL: (typeof LOG_LEVELS)[number];
  DISCORD_API_URL: string | undefined;
  KNOWLEDGE_DIR: string | undefined;
  ASK_LIMIT: number;
  ASK_LIMIT_WINDOW_SECONDS: number;
  DISCORD_PUBLIC_KEY: string | undefined;
  PORT: number;
  METRICS_PORT: number | undefined;
  SHARD_COUNT: number | undefined;
  SHARD_IDS: string | undefined;
}

/** A setting that is malformed: what it must be. */
class Invalid {
  constructor(readonly problem: string) {}
}

/** Checks one setting's text, trimmed; throws Invalid saying what it must be. */
type Check<T> = (value: string) => T;

// Far above any bot's (Discord asks for one shard per 1,000 to 2,500 servers), and a list this
// process can hold: with SHARD_COUNT alone it runs every shard.
const MAX_SHARD_COUNT = 100_000;

const CHECKS: { [Name in keyof Settings]: { check: Check<NonNullable<Settings[Name]>>; default?: Settings[Name] } } = {
  DISCORD_TOKEN: { check: (value) => value },
  DISCORD_CLIENT_ID: { check: matching(SNOWFLAKE, 'must be the application id, a number of 17 to 20 digits') },
  DISCORD_GUILD_ID: { check: matching(SNOWFLAKE, 'must be a server id, a number of 17 to 20 digits') },
  LOG_LEVEL: {
    check: (value) => {
      const level = LOG_LEVELS.find((known) => known === value);
      if (level === undefined) throw new Invalid(`must be one of ${LOG_LEVELS.join(', ')}`);
      return level;
    },
    default: 'info',
  },
  DISCORD_API_URL: { check: webAddress('must be an http(s) URL such as https://discord.com/api') },
  KNOWLEDGE_DIR: { check: (value) => value },
  ASK_LIMIT: {
    check: number({ problem: 'must be a whole number', whole: true, min: 0, minProblem: 'must be 0 (off) or more' }),
    default: 5,
  },
  ASK_LIMIT_WINDOW_SECONDS: {
    check: number({ problem: 'must be a number of seconds', above: 0, minProblem: 'must be more than 0' }),
    default: 30,
  },
  DISCORD_PUBLIC_KEY: {
    check: matching(
      /^[0-9a-fA-F]{64}$/,
      "must be the application's public key, 64 hexadecimal characters (Developer Portal → General Information)",
    ),
  },
  PORT: { check: port('PORT'), default: 8080 },
  METRICS_PORT: { check: port('METRICS_PORT') },
  SHARD_COUNT: {
    check: number({
      problem: `must be a whole number of shards, from 1 to ${MAX_SHARD_COUNT}`,
      whole: true,
      min: 1,
      max: MAX_SHARD_COUNT,
    }),
  },
  SHARD_IDS: { check: matching(/^\d+(?:\s*,\s*\d+)*$/, 'must be shard numbers separated by commas, such as 0,1,2') },
};

function matching(pattern: RegExp, problem: string): Check<string> {
  return (value) => {
    if (!pattern.test(value)) throw new Invalid(problem);
    return value;
  };
}

function webAddress(problem: string): Check<string> {
  return (value) => {
    if (!httpUrl(value)) throw new Invalid(problem);
    return value;
  };
}

/** A number as `Number()` reads it ("8", " 8 ", "1e3"), finite, within bounds. */
function number(rules: {
  problem: string;
  whole?: boolean;
  min?: number;
  above?: number;
  max?: number;
  minProblem?: string;
}): Check<number> {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || (rules.whole && !Number.isInteger(n))) throw new Invalid(rules.problem);
    if ((rules.min !== undefined && n < rules.min) || (rules.above !== undefined && n <= rules.above))
      throw new Invalid(rules.minProblem ?? rules.problem);
    if (rules.max !== undefined && n > rules.max) throw new Invalid(rules.problem);
    return n;
  };
}

function port(name: string): Check<number> {
  return number({
    problem: `must be a port number from 0 to 65535 (${name}=0 picks a free one)`,
    whole: true,
    min: 0,
    max: 65535,
  });
}

/** Every setting checked in order; the first that is malformed is the one line to print. */
function readSettings(present: Record<string, string>): Settings {
  const settings: Record<string, unknown> = {};
  for (const [name, { check, default: fallback }] of Object.entries(CHECKS) as Array<
    [keyof Settings, { check: Check<unknown>; default?: unknown }]
  >) {
    const value = present[name];
    if (value === undefined) {
      settings[name] = fallback;
      continue;
    }
    try {
      settings[name] = check(value.trim());
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      throw new ConfigError(`${name} ${error.problem}: fix it in .env (see .env.example)`);
    }
  }
  return settings as unknown as Settings;
}

export interface BotConfig {
  token: string;
  clientId: string | undefined;
  guildId: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  apiUrl: string | undefined;
  knowledgeDir: string | undefined;
  /** Per-user /ask limit: `limit` asks per `windowMs`; limit 0 switches it off. */
  askLimit: { limit: number; windowMs: number };
  /** `http` when DISCORD_PUBLIC_KEY is set: Discord POSTs interactions to PORT, no gateway. */
  mode: 'gateway' | 'http';
  /** The application's public key (hex), in HTTP mode. */
  publicKey: string | undefined;
  /** HTTP mode: where interactions, /healthz and /metrics are served. */
  port: number;
  /** Gateway mode: where /healthz and /metrics are served; undefined for nowhere. */
  metricsPort: number | undefined;
  /** Gateway mode: Discord's recommended shard count, or this process's shards out of `count`. */
  shards: 'auto' | { count: number; ids: readonly number[] };
}

const HOW_TO_TRY_WITHOUT_DISCORD = 'to try the answers without Discord: npm run ask -- "who urged restraint"';

/**
 * Reads and checks the settings. `needs` names what this run cannot do without: starting the
 * bot needs the token; registering commands needs the token and the application id.
 * Throws ConfigError with one line saying what to fix. Never puts the token in a message.
 */
export function loadConfig(env: NodeJS.ProcessEnv, needs: 'start' | 'register'): BotConfig {
  // Empty values in .env mean "not set".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const settings = readSettings(present as Record<string, string>);
  const mode = needs === 'start' && settings.DISCORD_PUBLIC_KEY ? 'http' : 'gateway';
  const shards = shardsOf(settings.SHARD_COUNT, settings.SHARD_IDS);
  if (mode === 'http' && shards !== 'auto') {
    throw new ConfigError(
      'SHARD_COUNT and SHARD_IDS are for the gateway, and DISCORD_PUBLIC_KEY starts the HTTP interactions endpoint instead: set one or the other',
    );
  }
  const token = settings.DISCORD_TOKEN;
  // The HTTP endpoint answers in its HTTP responses: it needs no token (a real one that is set is still checked).
  if (mode === 'http' && (!token || token === TOKEN_PLACEHOLDER)) return configOf(settings, '', mode, shards);
  if (!token) {
    throw new ConfigError(
      `DISCORD_TOKEN is not set: copy .env.example to .env and paste your bot token (Developer Portal → Bot → Reset Token); ${HOW_TO_TRY_WITHOUT_DISCORD}`,
    );
  }
  if (token === TOKEN_PLACEHOLDER) {
    throw new ConfigError(
      `DISCORD_TOKEN is still the placeholder from .env.example: paste your real bot token into .env; ${HOW_TO_TRY_WITHOUT_DISCORD}`,
    );
  }
  if (!TOKEN_SHAPE.test(token)) {
    throw new ConfigError(
      'DISCORD_TOKEN does not look like a bot token (three parts joined by dots): copy it again from Developer Portal → Bot',
    );
  }
  if (needs === 'register' && !settings.DISCORD_CLIENT_ID) {
    throw new ConfigError(
      'DISCORD_CLIENT_ID is not set: put the Application ID (Developer Portal → General Information) in .env',
    );
  }
  return configOf(settings, token, mode, shards);
}

function configOf(settings: Settings, token: string, mode: BotConfig['mode'], shards: BotConfig['shards']): BotConfig {
  return {
    token,
    clientId: settings.DISCORD_CLIENT_ID,
    guildId: settings.DISCORD_GUILD_ID,
    logLevel: settings.LOG_LEVEL,
    apiUrl: settings.DISCORD_API_URL?.replace(/\/+$/, ''),
    knowledgeDir: settings.KNOWLEDGE_DIR,
    askLimit: { limit: settings.ASK_LIMIT, windowMs: settings.ASK_LIMIT_WINDOW_SECONDS * 1000 },
    mode,
    publicKey: settings.DISCORD_PUBLIC_KEY,
    port: settings.PORT,
    metricsPort: settings.METRICS_PORT,
    shards,
  };
}

/** SHARD_COUNT alone: all its shards here; with SHARD_IDS: just those. Neither: Discord's recommendation. */
function shardsOf(count: number | undefined, ids: string | undefined): BotConfig['shards'] {
  if (count === undefined) {
    if (ids !== undefined)
      throw new ConfigError('SHARD_IDS needs SHARD_COUNT, the total number of shards across every process: set both');
    return 'auto';
  }
  if (ids === undefined) return { count, ids: Array.from({ length: count }, (_, i) => i) };
  const list = ids.split(',').map((id) => Number(id.trim()));
  const outside = list.find((id) => id >= count);
  if (outside !== undefined)
    throw new ConfigError(
      `SHARD_IDS has shard ${outside}, but shards are numbered 0 to ${count - 1} with SHARD_COUNT=${count}`,
    );
  if (new Set(list).size !== list.length) throw new ConfigError('SHARD_IDS lists a shard twice: list each once');
  return { count, ids: list };
}
