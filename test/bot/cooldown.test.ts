import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/bot/cooldown.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the per-user cooldown', () => {
  it('allows the limit within the window, then says when the oldest ask expires', () => {
    const time = clock();
    const cooldown = new Cooldown(5, 30_000, time.now);
    for (let i = 0; i < 5; i++) {
      expect(cooldown.check('alice')).toEqual({ allowed: true });
      time.advance(1000);
    }
    expect(cooldown.check('alice')).toEqual({ allowed: false, retryAt: 1_000_000 + 30_000 });
  });

  it('lets the user ask again once the window has passed', () => {
    const time = clock();
    const cooldown = new Cooldown(2, 10_000, time.now);
    cooldown.check('alice');
    cooldown.check('alice');
    expect(cooldown.check('alice').allowed).toBe(false);
    time.advance(10_001);
    expect(cooldown.check('alice')).toEqual({ allowed: true });
  });

  it('counts each user apart', () => {
    const cooldown = new Cooldown(1, 10_000, clock().now);
    expect(cooldown.check('alice').allowed).toBe(true);
    expect(cooldown.check('alice').allowed).toBe(false);
    expect(cooldown.check('bob').allowed).toBe(true);
  });

  it('forgets users whose asks have left the window', () => {
    const time = clock();
    const cooldown = new Cooldown(5, 1000, time.now);
    for (let i = 0; i < 1000; i++) cooldown.check(`user${i}`);
    expect(cooldown.trackedUsers).toBe(1000);
    time.advance(2001);
    cooldown.check('someone');
    expect(cooldown.trackedUsers).toBe(1);
  });
});
