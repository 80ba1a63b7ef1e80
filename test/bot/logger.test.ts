import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { HandledInteraction } from '../../src/bot/handle-interaction.js';
import { recordInteraction } from '../../src/bot/interaction-log.js';
import { createLogger, secretWiper, turnBatched } from '../../src/bot/logger.js';
import { BotMetrics } from '../../src/bot/metrics.js';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('turnBatched', () => {
  it('writes the lines of one turn of the event loop together, at the end of the turn', async () => {
    const writes: string[] = [];
    const stream = turnBatched((text) => writes.push(text));
    stream.write('a\n');
    stream.write('b\n');
    stream.write('c\n');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(['a\nb\nc\n']);
  });

  it('writes a line logged alone in its own turn, without waiting for more', async () => {
    const writes: string[] = [];
    const stream = turnBatched((text) => writes.push(text));
    stream.write('a\n');
    await nextTurn();
    stream.write('b\n');
    await nextTurn();
    expect(writes).toEqual(['a\n', 'b\n']);
  });

  it('writes at once on flush, and when 64 KB wait', async () => {
    const writes: string[] = [];
    const stream = turnBatched((text) => writes.push(text));
    stream.write('a\n');
    let flushed = false;
    stream.flush(() => (flushed = true));
    expect(writes).toEqual(['a\n']);
    expect(flushed).toBe(true);
    const long = `${'x'.repeat(40 * 1024)}\n`;
    stream.write(long);
    stream.write(long);
    expect(writes).toEqual(['a\n', long + long]);
    await nextTurn();
    expect(writes).toHaveLength(2);
  });
});

class Lines extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
}

describe('the line logged for each interaction', () => {
  const token = 'citebot-test-token.FAKE.do-not-leak-9f8e7d6c5b4a';
  const interaction = { id: '1234', guild_id: '5678', type: 2, token: 'interaction-token' } as never;
  const handled = (extra: Partial<HandledInteraction> = {}): HandledInteraction => ({
    response: { type: 1 },
    command: 'ask',
    kind: 'command',
    outcome: 'answered',
    score: 0.8,
    answerMs: 0.09,
    ...extra,
  });

  it('is one line with the same fields the logger writes for them, secrets still wiped from it', () => {
    const out = new Lines();
    const logger = createLogger({ level: 'info', secrets: [token], destination: out });
    recordInteraction(logger, new BotMetrics({ processMetrics: false }), interaction, handled(), performance.now());
    recordInteraction(
      logger,
      new BotMetrics({ processMetrics: false }),
      interaction,
      handled({ command: `ask ${token}` }),
      performance.now(),
    );
    expect(out.lines).toHaveLength(2);
    const [line, wiped] = out.lines.map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(line).toMatchObject({
      level: 30,
      interaction: '1234',
      guild: '5678',
      command: 'ask',
      kind: 'command',
      outcome: 'answered',
      score: 0.8,
      answerMs: 0.09,
      msg: 'interaction',
    });
    expect(typeof line!.latencyMs).toBe('number');
    // Byte for byte what the logger writes for the same fields.
    const { level: _level, time: _time, pid: _pid, hostname: _hostname, msg: _msg, ...fields } = line!;
    logger.info(fields, 'interaction');
    const untimed = (text: string) => text.replace(/"time":\d+,/, '');
    expect(untimed(out.lines[2]!)).toBe(untimed(out.lines[0]!));
    expect(wiped!.command).toBe('ask [redacted]');
    expect(out.lines.join('\n')).not.toContain('interaction-token');
  });

  it("redacts a failed handler's error as every other line", () => {
    const out = new Lines();
    const logger = createLogger({ level: 'info', secrets: [token], destination: out });
    const error = Object.assign(new Error('boom'), { token: 'interaction-token' });
    recordInteraction(
      logger,
      new BotMetrics({ processMetrics: false }),
      interaction,
      handled({ outcome: 'failed', error }),
      performance.now(),
    );
    expect(out.lines).toHaveLength(1);
    expect(JSON.parse(out.lines[0]!)).toMatchObject({ msg: 'handler failed', err: { token: '[redacted]' } });
  });
});

describe('secretWiper', () => {
  it('wipes the token of any interaction or webhook path, whatever error or message quotes it', () => {
    const wipe = secretWiper([]);
    expect(
      wipe('POST http://x/api/v10/interactions/123456/aW50ZXJhY3Rpb24.abc-_9/callback failed; webhooks/42/tok_en.x'),
    ).toBe('POST http://x/api/v10/interactions/123456/[redacted]/callback failed; webhooks/42/[redacted]');
    expect(wipe('the interactions of 3 users')).toBe('the interactions of 3 users');
  });
});
