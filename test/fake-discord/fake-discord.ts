import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for Discord, enough for the real discord.js client: the HTTP API routes the
 * bot uses (gateway lookup, command registration, interaction callbacks, webhook edits) and a
 * gateway websocket (hello, identify → ready, guild create, heartbeats, resume, dispatch), with
 * any number of guilds spread over shards as Discord does (`(guild_id >> 22) % num_shards`), a
 * recommended shard count, and close code 4011 for a shard holding more than 2,500 guilds.
 * Interactions go over the gateway, or, once `deliverOverHttp` is called, to HTTP interaction
 * endpoints signed with Ed25519 like Discord's (round robin, as behind a load balancer).
 * Listens on 127.0.0.1 on a free port. Tests steer it (faults, interactions) and read what the
 * bot sent.
 */

export const FAKE_APPLICATION_ID = '100000000000000001';
export const FAKE_BOT_USER_ID = '100000000000000001';
export const FAKE_GUILD_ID = '200000000000000001';
export const FAKE_CHANNEL_ID = '300000000000000001';
export const FAKE_USER_ID = '400000000000000001';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  at: number;
}

/** What the fake answers to one request instead of the normal response. */
export type Fault =
  | { kind: 'status'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'hang' };

export interface InteractionCallback {
  interactionId: string;
  type: number;
  data: Record<string, unknown> | undefined;
  receivedAt: number;
  /** The message the response created or updated, as Discord would then hold it. */
  message: Record<string, unknown> | undefined;
  /** Which HTTP endpoint answered (index into deliverOverHttp's list); undefined over the gateway. */
  endpoint?: number;
  /** The HTTP status of an HTTP delivery. */
  status?: number;
}

export interface FakeDiscordOptions {
  token: string;
  /** How many guilds the bot is in, spread over the shards. */
  guilds?: number;
  heartbeatIntervalMs?: number;
  /** What GET /gateway/bot recommends (default: one shard per 1,000 guilds, as Discord roughly does). */
  recommendedShards?: number;
  /** session_start_limit.max_concurrency: shards that may identify at once (default 16, a large bot's). */
  maxConcurrency?: number;
}

/** Discord's limit of guilds on one shard; past it, identify is closed with 4011. */
export const MAX_GUILDS_PER_SHARD = 2500;

/** The shard a guild belongs to, by Discord's formula. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * An application's Ed25519 key pair, as the Developer Portal holds it: the private key signs
 * what the fake delivers over HTTP, the public key (64 hex characters) is DISCORD_PUBLIC_KEY.
 */
export function applicationKeys(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // The raw key is the last 32 bytes of its DER SubjectPublicKeyInfo.
  return { privateKey, publicKeyHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex') };
}

/** A signed POST of `body` to `url` as Discord sends it (or with the given headers instead). */
export async function postSigned(
  url: string,
  privateKey: KeyObject,
  body: string,
  options: { timestamp?: string; headers?: Record<string, string> } = {},
) {
  const headers = { ...FakeDiscord.signedHeaders(privateKey, body, options.timestamp), ...options.headers };
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}

interface Session {
  socket: WebSocket;
  sequence: number;
  sessionId: string;
  shard: [number, number];
}

/** What the fake remembers of an interaction it sent, to shape the message its response makes. */
interface SentInteraction {
  type: number;
  userId: string;
  /** The message a component interaction was clicked on. */
  message: Record<string, unknown> | undefined;
}

let snowflakeCounter = 0n;
/** A unique, time-ordered id in Discord's snowflake format. */
export function snowflake(): string {
  const discordEpoch = 1420070400000n;
  snowflakeCounter = (snowflakeCounter + 1n) % 4096n;
  return (((BigInt(Date.now()) - discordEpoch) << 22n) | snowflakeCounter).toString();
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly callbacks: InteractionCallback[] = [];
  /** Registered commands by route ("global" or a guild id). */
  readonly commands = new Map<string, Array<Record<string, unknown>>>();
  readonly identifies: unknown[] = [];
  readonly resumes: unknown[] = [];
  /** Faults to answer the next callback requests with, in order. */
  readonly callbackFaults: Fault[] = [];
  /** Faults to answer the next command registrations (PUT .../commands) with, in order. */
  readonly commandFaults: Fault[] = [];

  private readonly server: Server;
  private readonly gateway: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  /** Live sessions by shard id. */
  private readonly sessions = new Map<number, Session>();
  private readonly sent = new Map<string, SentInteraction>();
  private readonly acknowledged = new Set<string>();
  /** Which shard each session id was for, so a resume lands on the right shard. */
  private readonly resumedShards = new Map<string, [number, number]>();
  private http: { urls: string[]; privateKey: KeyObject; next: number } | undefined;
  private readonly callbackWaiters = new Map<string, (callback: InteractionCallback) => void>();
  private readonly readyWaiters: Array<() => void> = [];
  private readonly options: Required<FakeDiscordOptions>;
  private port = 0;

  constructor(options: FakeDiscordOptions) {
    this.options = {
      guilds: 1,
      heartbeatIntervalMs: 41_250,
      recommendedShards: Math.max(1, Math.ceil((options.guilds ?? 1) / 1000)),
      maxConcurrency: 16,
      ...options,
    };
    this.server = createServer((request, response) => void this.handleHttp(request, response));
    this.gateway = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (request, socket, head) => {
      if (!request.url?.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.gateway.handleUpgrade(request, socket, head, (ws) => this.handleGateway(ws));
    });
  }

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** What DISCORD_API_URL should be for a bot talking to this fake. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves when a client has identified or resumed and been sent READY / RESUMED. */
  whenReady(): Promise<void> {
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Whether the shard holding the test guild (FAKE_GUILD_ID) has a live session. */
  get connected(): boolean {
    return this.sessionOf(FAKE_GUILD_ID) !== undefined;
  }

  /** Shard ids with a live session. */
  get connectedShards(): number[] {
    return [...this.sessions.keys()].sort((a, b) => a - b);
  }

  /** Every guild id the bot is in: the first is FAKE_GUILD_ID, the rest spread evenly over shards. */
  get guildIds(): string[] {
    return Array.from({ length: this.options.guilds }, (_, i) =>
      (BigInt(FAKE_GUILD_ID) + (BigInt(i) << 22n)).toString(),
    );
  }

  /**
   * From now on, interactions are POSTed to these HTTP endpoints in turn, signed with this
   * Ed25519 private key, and the HTTP response is the callback (as Discord's Interactions
   * Endpoint URL works).
   */
  deliverOverHttp(urls: string[], privateKey: KeyObject): void {
    this.http = { urls, privateKey, next: 0 };
  }

  /** Signs a body as Discord does: Ed25519 over the timestamp followed by the body. */
  static signature(privateKey: KeyObject, timestamp: string, body: string): string {
    return sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  }

  /** The headers of a POST of `body` as Discord sends it, signed now unless `timestamp` is given. */
  static signedHeaders(
    privateKey: KeyObject,
    body: string,
    timestamp = String(Math.floor(Date.now() / 1000)),
  ): Record<string, string> {
    return {
      'content-type': 'application/json',
      'x-signature-ed25519': FakeDiscord.signature(privateKey, timestamp, body),
      'x-signature-timestamp': timestamp,
    };
  }

  /**
   * Sends an INTERACTION_CREATE over the gateway and resolves with the bot's first callback
   * for it (or rejects after `timeoutMs`). Each comes from a new user unless `userId` is given.
   */
  async interact(
    data: Record<string, unknown>,
    options: { type?: number; userId?: string; timeoutMs?: number; extra?: Record<string, unknown> } = {},
  ): Promise<InteractionCallback> {
    const id = snowflake();
    const answered = new Promise<InteractionCallback>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.callbackWaiters.delete(id);
        reject(new Error(`no callback for interaction ${id} within ${options.timeoutMs ?? 5000} ms`));
      }, options.timeoutMs ?? 5000);
      this.callbackWaiters.set(id, (callback) => {
        clearTimeout(timer);
        resolve(callback);
      });
    });
    this.deliver(this.interactionPayload(id, data, options));
    return answered;
  }

  /** Sends an INTERACTION_CREATE without waiting for any reply; returns the interaction id. */
  send(
    data: Record<string, unknown>,
    options: { type?: number; userId?: string; extra?: Record<string, unknown> } = {},
  ): string {
    const id = snowflake();
    this.deliver(this.interactionPayload(id, data, options));
    return id;
  }

  /** Sends an interaction payload the way deliveries go now: the gateway, or a signed HTTP POST. */
  private deliver(payload: ReturnType<FakeDiscord['interactionPayload']>): void {
    if (!this.http) {
      this.dispatch('INTERACTION_CREATE', payload, this.sessionOf(payload.guild_id)?.shard[0]);
      return;
    }
    const endpoint = this.http.next++ % this.http.urls.length;
    const body = JSON.stringify(payload);
    const headers = FakeDiscord.signedHeaders(this.http.privateKey, body);
    void fetch(this.http.urls[endpoint]!, { method: 'POST', headers, body })
      .then(async (response) => {
        const text = await response.text();
        const parsed = (text ? JSON.parse(text) : {}) as { type: number; data?: Record<string, unknown> };
        this.recordCallback(payload.id, parsed.type, parsed.data, { endpoint, status: response.status });
      })
      .catch(() => undefined);
  }

  /** The callback requests made for one interaction, answered or not. */
  callbackRequests(interactionId: string): RecordedRequest[] {
    return this.requests.filter(
      (request) => request.method === 'POST' && request.path.startsWith(`/interactions/${interactionId}/`),
    );
  }

  /** The message a callback created, as Discord sends it inside a component interaction. */
  static messageOf(callback: InteractionCallback): Record<string, unknown> {
    if (!callback.message) throw new Error(`callback of type ${callback.type} made no message`);
    return callback.message;
  }

  /** Clicks a button (or picks in a menu) on the message a callback created or updated. */
  click(
    on: InteractionCallback | Record<string, unknown>,
    customId: string,
    options: { userId?: string; values?: string[]; timeoutMs?: number } = {},
  ): Promise<InteractionCallback> {
    const message = 'interactionId' in on ? FakeDiscord.messageOf(on as InteractionCallback) : on;
    const data = options.values
      ? { custom_id: customId, component_type: 3, values: options.values }
      : { custom_id: customId, component_type: 2 };
    return this.interact(data, {
      type: 3,
      ...(options.userId ? { userId: options.userId } : {}),
      extra: { message },
      timeoutMs: options.timeoutMs ?? 5000,
    });
  }

  /** An autocomplete interaction's data: `/name` with `option` focused and `typed` in it. */
  static autocomplete(name: string, option: string, typed: string): Record<string, unknown> {
    return {
      id: '500000000000000001',
      name,
      type: 1,
      options: [{ name: option, type: 3, value: typed, focused: true }],
    };
  }

  /** A chat-input command interaction's data: `/name option:value ...`. */
  static command(name: string, options: Record<string, string | boolean> = {}): Record<string, unknown> {
    return {
      id: '500000000000000001',
      name,
      type: 1,
      options: Object.entries(options).map(([optionName, value]) => ({
        name: optionName,
        type: typeof value === 'boolean' ? 5 : 3,
        value,
      })),
    };
  }

  /** Sends a dispatch event on a shard's session (default: the shard holding FAKE_GUILD_ID). */
  dispatch(event: string, data: unknown, shard?: number): void {
    const session = shard === undefined ? this.sessionOf(FAKE_GUILD_ID) : this.sessions.get(shard);
    if (!session)
      throw new Error(`no client connected to the fake gateway${shard === undefined ? '' : ` on shard ${shard}`}`);
    this.send_(session, event, data);
  }

  private send_(session: Session, event: string, data: unknown): void {
    session.sequence++;
    session.socket.send(JSON.stringify({ op: 0, t: event, s: session.sequence, d: data }));
  }

  /** The live session of the shard a guild belongs to. */
  private sessionOf(guildId: string): Session | undefined {
    for (const session of this.sessions.values())
      if (shardOf(guildId, session.shard[1]) === session.shard[0]) return session;
    return undefined;
  }

  /** Drops a shard's gateway connection as a network failure would (the client should resume). */
  dropConnection(code = 4000, shard?: number): void {
    const session = shard === undefined ? this.sessionOf(FAKE_GUILD_ID) : this.sessions.get(shard);
    session?.socket.close(code, 'fake: connection dropped');
  }

  /** Tells the client its session is gone (op 9, not resumable): it must identify again. */
  invalidateSession(): void {
    const session = this.sessionOf(FAKE_GUILD_ID);
    if (!session) return;
    this.sessions.delete(session.shard[0]);
    session.socket.send(JSON.stringify({ op: 9, d: false }));
  }

  private interactionPayload(
    id: string,
    data: Record<string, unknown>,
    options: { type?: number; userId?: string; extra?: Record<string, unknown> },
  ) {
    // A new user for each interaction unless a test says who asks, as in a busy server.
    const userId = options.userId ?? snowflake();
    this.sent.set(id, {
      type: options.type ?? 2,
      userId,
      message: options.extra?.message as Record<string, unknown> | undefined,
    });
    return FakeDiscord.guildInteraction(data, { ...options, id, userId });
  }

  /**
   * An interaction payload as Discord sends it, from a member of the fake guild: a new id and a
   * new user unless given. Only built: nothing is sent or recorded (for requests a test signs
   * and posts itself, or hands straight to a handler).
   */
  static guildInteraction(
    data: Record<string, unknown>,
    options: { id?: string; type?: number; userId?: string; extra?: Record<string, unknown> } = {},
  ) {
    const id = options.id ?? snowflake();
    const userId = options.userId ?? snowflake();
    return {
      id,
      application_id: FAKE_APPLICATION_ID,
      type: options.type ?? 2,
      token: `interaction-token-${id}`,
      version: 1,
      guild_id: FAKE_GUILD_ID,
      channel_id: FAKE_CHANNEL_ID,
      channel: { id: FAKE_CHANNEL_ID, type: 0, guild_id: FAKE_GUILD_ID, name: 'general' },
      member: {
        user: { id: userId, username: `user${userId.slice(-4)}`, discriminator: '0', global_name: null, avatar: null },
        roles: [],
        permissions: '0',
        joined_at: '2020-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      },
      locale: 'en-US',
      guild_locale: 'en-US',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { 0: FAKE_GUILD_ID },
      context: 0,
      data,
      ...options.extra,
    };
  }

  private handleGateway(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      for (const [shard, session] of this.sessions) if (session.socket === socket) this.sessions.delete(shard);
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | number | null };
      if (packet.op === 1) {
        socket.send(JSON.stringify({ op: 11 }));
      } else if (packet.op === 2) {
        this.identify(socket, packet.d as Record<string, unknown>);
      } else if (packet.op === 6) {
        this.resume(socket, packet.d as Record<string, unknown>);
      }
    });
  }

  private identify(socket: WebSocket, identify: Record<string, unknown>): void {
    this.identifies.push(identify);
    if (identify.token !== this.options.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const [shardId, shardCount] = Array.isArray(identify.shard) ? (identify.shard as [number, number]) : [0, 1];
    if (shardId >= shardCount) {
      socket.close(4010, 'Invalid shard.');
      return;
    }
    const guildIds = this.guildIds.filter((id) => shardOf(id, shardCount) === shardId);
    if (guildIds.length > MAX_GUILDS_PER_SHARD) {
      socket.close(4011, 'Sharding required.');
      return;
    }
    const sessionId = `session-${snowflake()}`;
    this.resumedShards.set(sessionId, [shardId, shardCount]);
    const session: Session = { socket, sequence: 0, sessionId, shard: [shardId, shardCount] };
    this.sessions.set(shardId, session);
    this.send_(session, 'READY', {
      v: 10,
      user: {
        id: FAKE_BOT_USER_ID,
        username: 'citebot',
        discriminator: '0',
        global_name: null,
        avatar: null,
        bot: true,
        flags: 0,
      },
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard: [shardId, shardCount],
      application: { id: FAKE_APPLICATION_ID, flags: 0 },
    });
    for (const id of guildIds) this.send_(session, 'GUILD_CREATE', guildPayload(id));
    this.readyWaiters.splice(0).forEach((resolve) => {
      resolve();
    });
  }

  private resume(socket: WebSocket, resume: Record<string, unknown>): void {
    this.resumes.push(resume);
    if (resume.token !== this.options.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const shard = (this.resumedShards.get(String(resume.session_id)) ?? [0, 1]) as [number, number];
    const session: Session = { socket, sequence: Number(resume.seq ?? 0), sessionId: String(resume.session_id), shard };
    this.sessions.set(shard[0], session);
    this.send_(session, 'RESUMED', {});
    this.readyWaiters.splice(0).forEach((resolve) => {
      resolve();
    });
  }

  /**
   * Records a response to an interaction, with the message it makes as Discord would hold it: a
   * new message (type 4) carries `interaction_metadata` naming the interaction and its user; an
   * update (type 7) changes the clicked message and keeps its metadata.
   */
  private recordCallback(
    interactionId: string,
    type: number,
    data: Record<string, unknown> | undefined,
    via: { endpoint?: number; status?: number } = {},
  ): InteractionCallback {
    const sent = this.sent.get(interactionId);
    this.sent.delete(interactionId);
    let message: Record<string, unknown> | undefined;
    if (type === 4 && sent) {
      message = messageFrom(data, {
        id: interactionId,
        type: sent.type,
        user: { id: sent.userId, username: `user${sent.userId.slice(-4)}`, discriminator: '0', avatar: null },
      });
    } else if (type === 7 && sent?.message) {
      message = { ...sent.message, ...data, edited_timestamp: new Date().toISOString() };
    }
    const callback: InteractionCallback = { interactionId, type, data, receivedAt: performance.now(), message, ...via };
    this.callbacks.push(callback);
    this.callbackWaiters.get(interactionId)?.(callback);
    this.callbackWaiters.delete(interactionId);
    return callback;
  }

  private async handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${this.port}`);
    const body = await readBody(request);
    const path = url.pathname.replace(/^\/api\/v\d+/, '');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: request.headers,
      body,
      at: performance.now(),
    };
    this.requests.push(recorded);

    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      // Like Discord: a 204 has no body and no content type.
      response.writeHead(status, payload === undefined ? headers : { 'content-type': 'application/json', ...headers });
      response.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const authorized = request.headers.authorization === `Bot ${this.options.token}`;
    let match: RegExpMatchArray | null;

    if (recorded.method === 'GET' && path === '/gateway/bot') {
      if (!authorized) return send(401, { message: '401: Unauthorized', code: 0 });
      return send(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.options.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 0,
          max_concurrency: this.options.maxConcurrency,
        },
      });
    }
    if ((match = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      if (!authorized) return send(401, { message: '401: Unauthorized', code: 0 });
      const key = match[2] ?? 'global';
      if (recorded.method === 'PUT') {
        const fault = this.commandFaults.shift();
        if (fault?.kind === 'hang') return;
        if (fault?.kind === 'status') return send(fault.status, fault.body, fault.headers);
        const commands = (body as Array<Record<string, unknown>>).map((command) => ({
          id: snowflake(),
          application_id: match![1],
          ...(match![2] ? { guild_id: match![2] } : {}),
          version: snowflake(),
          ...command,
        }));
        this.commands.set(key, commands);
        return send(200, commands);
      }
      return send(200, this.commands.get(key) ?? []);
    }
    if (recorded.method === 'POST' && (match = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const fault = this.callbackFaults.shift();
      if (fault?.kind === 'hang') return; // never answers: the client's request times out
      if (fault?.kind === 'status') return send(fault.status, fault.body, fault.headers);
      const interactionId = match[1]!;
      // Like Discord: an interaction takes one response; a second (say, a retry after a timeout) is refused.
      if (this.acknowledged.has(interactionId))
        return send(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      this.acknowledged.add(interactionId);
      const { type, data } = body as { type: number; data?: Record<string, unknown> };
      const callback = this.recordCallback(interactionId, type, data);
      if (url.searchParams.get('with_response') === 'true') {
        return send(200, {
          interaction: { id: interactionId, type: 2 },
          resource: { type, message: callback.message },
        });
      }
      return send(204);
    }
    if ((match = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) {
      return send(200, messageFrom(body as Record<string, unknown>));
    }
    return send(404, { message: `fake Discord has no route ${recorded.method} ${path}`, code: 0 });
  }
}

function guildPayload(id: string) {
  return {
    id,
    name: `Guild ${id.slice(-4)}`,
    icon: null,
    owner_id: FAKE_USER_ID,
    unavailable: false,
    member_count: 10,
    large: false,
    features: [],
    roles: [],
    emojis: [],
    stickers: [],
    channels: [{ id: FAKE_CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [] }],
    threads: [],
    members: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    system_channel_flags: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    preferred_locale: 'en-US',
    joined_at: '2020-01-01T00:00:00.000Z',
  };
}

function messageFrom(data: Record<string, unknown> | undefined, interactionMetadata?: Record<string, unknown>) {
  return {
    ...(interactionMetadata
      ? { interaction_metadata: { ...interactionMetadata, authorizing_integration_owners: { 0: FAKE_GUILD_ID } } }
      : {}),
    id: snowflake(),
    channel_id: FAKE_CHANNEL_ID,
    type: 20,
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    author: { id: FAKE_BOT_USER_ID, username: 'citebot', discriminator: '0', avatar: null, bot: true },
    ...data,
  };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
