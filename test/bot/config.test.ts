import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/bot/config.js';

const TOKEN = 'aaaaaaaa.bbbbbb.cccccccccc';
const start = (env: Record<string, string>) => loadConfig({ DISCORD_TOKEN: TOKEN, ...env }, 'start');
const problem = (env: Record<string, string>) => {
  try {
    start(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return 'no problem';
};

describe('reading the settings', () => {
  it('gives the defaults for settings left out or left empty', () => {
    const config = start({ LOG_LEVEL: '', ASK_LIMIT: '  ' });
    expect(config.logLevel).toBe('info');
    expect(config.askLimit).toEqual({ limit: 5, windowMs: 30_000 });
    expect(config.port).toBe(8080);
    expect(config.metricsPort).toBeUndefined();
    expect(config.shards).toBe('auto');
    expect(config.mode).toBe('gateway');
  });

  it('reads numbers as written, spaces around them allowed', () => {
    const config = start({ ASK_LIMIT: ' 0 ', ASK_LIMIT_WINDOW_SECONDS: '1.5', METRICS_PORT: '0', LOG_LEVEL: 'debug ' });
    expect(config.askLimit).toEqual({ limit: 0, windowMs: 1500 });
    expect(config.metricsPort).toBe(0);
    expect(config.logLevel).toBe('debug');
  });

  it('says in one line which setting is wrong and what it must be, the first in .env.example order', () => {
    expect(problem({ ASK_LIMIT: '2.5' })).toBe('ASK_LIMIT must be a whole number: fix it in .env (see .env.example)');
    expect(problem({ ASK_LIMIT: '-1' })).toBe('ASK_LIMIT must be 0 (off) or more: fix it in .env (see .env.example)');
    expect(problem({ ASK_LIMIT_WINDOW_SECONDS: '0' })).toMatch(/^ASK_LIMIT_WINDOW_SECONDS must be more than 0:/);
    expect(problem({ ASK_LIMIT_WINDOW_SECONDS: 'Infinity' })).toMatch(/^ASK_LIMIT_WINDOW_SECONDS must be a number/);
    expect(problem({ PORT: '70000' })).toMatch(/^PORT must be a port number from 0 to 65535 /);
    expect(problem({ LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of fatal, error, warn, info, debug/);
    expect(problem({ DISCORD_API_URL: 'ftp://example.org' })).toMatch(/^DISCORD_API_URL must be an http\(s\) URL/);
    expect(problem({ SHARD_COUNT: '0', PORT: 'x' })).toMatch(/^PORT must be a port number/);
    expect(problem({ SHARD_COUNT: '100000000' })).toMatch(
      /^SHARD_COUNT must be a whole number of shards, from 1 to 100000:/,
    );
    expect(problem({ SHARD_COUNT: '1e300' })).toMatch(
      /^SHARD_COUNT must be a whole number of shards, from 1 to 100000:/,
    );
  });

  it('keeps an API URL as written, less any trailing slash', () => {
    expect(start({ DISCORD_API_URL: 'http://127.0.0.1:9999/api/' }).apiUrl).toBe('http://127.0.0.1:9999/api');
  });
});
