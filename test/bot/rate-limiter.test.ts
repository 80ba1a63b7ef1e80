import { describe, expect, it } from 'vitest';
import { SlidingWindowRateLimiter } from '../../src/bot/rate-limiter.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the per-user sliding-window rate limiter', () => {
  it('allows the limit within the window, then says when the oldest ask expires', () => {
    const time = clock();
    const limiter = new SlidingWindowRateLimiter(5, 30_000, time.now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.tryTake('alice')).toEqual({ allowed: true });
      time.advance(1000);
    }
    expect(limiter.tryTake('alice')).toEqual({ allowed: false, retryAt: 1_000_000 + 30_000 });
  });

  it('lets the user ask again once the window has passed', () => {
    const time = clock();
    const limiter = new SlidingWindowRateLimiter(2, 10_000, time.now);
    limiter.tryTake('alice');
    limiter.tryTake('alice');
    expect(limiter.tryTake('alice').allowed).toBe(false);
    time.advance(10_001);
    expect(limiter.tryTake('alice')).toEqual({ allowed: true });
  });

  it('counts each user apart', () => {
    const limiter = new SlidingWindowRateLimiter(1, 10_000, clock().now);
    expect(limiter.tryTake('alice').allowed).toBe(true);
    expect(limiter.tryTake('alice').allowed).toBe(false);
    expect(limiter.tryTake('bob').allowed).toBe(true);
  });

  it('forgets users whose asks have left the window', () => {
    const time = clock();
    const limiter = new SlidingWindowRateLimiter(5, 1000, time.now);
    for (let i = 0; i < 1000; i++) limiter.tryTake(`user${i}`);
    expect(limiter.trackedUsers).toBe(1000);
    time.advance(2001);
    limiter.tryTake('someone');
    expect(limiter.trackedUsers).toBe(1);
  });
});
