import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerSessions } from '../../src/bot/answer-sessions.js';

function session(disable: () => Promise<void>) {
  return { question: 'q', found: [], position: 0, contextShown: false, askerId: 'alice', ephemeral: false, disable };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('live answers', () => {
  it('disable their buttons once, when their lifetime is over', async () => {
    const sessions = new AnswerSessions(10 * 60_000, 10);
    const disable = vi.fn(async () => undefined);
    sessions.add('a', session(disable));
    vi.advanceTimersByTime(10 * 60_000 - 1);
    expect(sessions.get('a')).toBeDefined();
    expect(disable).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(disable).toHaveBeenCalledTimes(1);
    expect(sessions.get('a')).toBeUndefined();
  });

  it('make room by expiring the oldest when full', () => {
    const sessions = new AnswerSessions(60_000, 2);
    const first = vi.fn(async () => undefined);
    sessions.add('a', session(first));
    sessions.add('b', session(vi.fn(async () => undefined)));
    sessions.add('c', session(vi.fn(async () => undefined)));
    expect(first).toHaveBeenCalledTimes(1);
    expect([sessions.get('a'), sessions.size]).toEqual([undefined, 2]);
  });

  it('survive a failure to disable the buttons (the message may be gone)', () => {
    const sessions = new AnswerSessions(1000, 5);
    sessions.add('a', session(async () => Promise.reject(new Error('Unknown Message'))));
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
    expect(sessions.size).toBe(0);
  });
});
