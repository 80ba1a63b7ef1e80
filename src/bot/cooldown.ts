/**
 * Per-user limit on asks: at most `limit` in any `windowMs`. Over it, `check` says when the
 * user may ask again. Memory stays bounded however many users ask: each user's entry holds at
 * most `limit` timestamps and entries older than the window are swept.
 */
export class Cooldown {
  private readonly recent = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an ask by `user` if allowed; otherwise returns when (epoch ms) the next one will be. */
  check(user: string): { allowed: true } | { allowed: false; retryAt: number } {
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

  /** Users with asks inside the window (for tests and memory checks). */
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
