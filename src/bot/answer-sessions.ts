import type { Found } from '../core/answer.js';

/** One answer message whose buttons still work: what it can page through, and for whom. */
export interface AnswerSession {
  question: string;
  /** The answer first, then the alternatives the engine returned. */
  found: Found[];
  position: number;
  contextShown: boolean;
  askerId: string;
  ephemeral: boolean;
  expiresAt: number;
  /** Disables the message's buttons; called once when the session expires. */
  disable: () => Promise<void>;
}

/**
 * Answers whose "Next match" / "Show context" buttons are live, by key (the asking
 * interaction's id, which the buttons' custom ids carry). Each lives `lifetimeMs`; then its
 * buttons are disabled. At most `capacity` at once: the oldest goes first, its buttons with it.
 */
export class AnswerSessions {
  private readonly sessions = new Map<string, AnswerSession>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    readonly lifetimeMs: number,
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  add(key: string, session: Omit<AnswerSession, 'expiresAt'>): void {
    if (this.sessions.size >= this.capacity) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.expire(oldest);
    }
    this.sessions.set(key, { ...session, expiresAt: this.now() + this.lifetimeMs });
    // unref: a pending expiry never keeps the process alive on shutdown.
    this.timers.set(key, setTimeout(() => this.expire(key), this.lifetimeMs).unref());
  }

  /** The live session, or undefined when unknown or expired. */
  get(key: string): AnswerSession | undefined {
    const session = this.sessions.get(key);
    if (session && session.expiresAt <= this.now()) {
      this.expire(key);
      return undefined;
    }
    return session;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Ends every session, disabling nothing: for shutdown. */
  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.sessions.clear();
  }

  private expire(key: string): void {
    const session = this.sessions.get(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.sessions.delete(key);
    void session?.disable().catch(() => undefined);
  }
}
