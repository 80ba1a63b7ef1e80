/**
 * A sliding-window rate limiter per user: at most `limit` actions in any `windowMs`. Memory stays
 * bounded however many users act: each user's entry holds at most `limit` timestamps, and entries
 * older than the window are swept.
 */
export class SlidingWindowRateLimiter {
  private readonly recent = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one of `user`'s actions if the window has room; otherwise says when (epoch ms) it will. */
  tryTake(user: string): { allowed: true } | { allowed: false; retryAt: number } {
    const now = this.now();
    this.sweep(now);
    const since = now - this.windowMs;
    const times = (this.recent.get(user) ?? []).filter((time) => time > since);
    if (times.length >= this.limit) {
      this.recent.set(user, times);
      return { allowed: false, retryAt: times[0]! + this.windowMs };
    }
    times.push(now);
    this.recent.set(user, times);
    return { allowed: true };
  }

  /** Users with actions inside the window (for tests and memory checks). */
  get trackedUsers(): number {
    return this.recent.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    const since = now - this.windowMs;
    for (const [user, times] of this.recent) {
      if (times[times.length - 1]! <= since) this.recent.delete(user);
    }
  }
}
