import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN_PLACEHOLDER } from '../../src/bot/config.js';
import {
  applicationKeys,
  FAKE_APPLICATION_ID,
  FAKE_GUILD_ID,
  FakeDiscord,
  postSigned,
} from '../fake-discord/fake-discord.js';
import { NPM_START_COMMAND } from '../npm-start.js';
import { temporaryFolder } from '../temporary-folder.js';
import { TEST_TOKEN } from './harness.js';

const root = new URL('../../', import.meta.url);
// Only what the child needs: no .env from the developer's checkout leaks in (dotenv never
// overrides variables that are set, and these are all set or deliberately absent).
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: '' };

/**
 * Runs a compiled script (what `npm start` and `npm run register` run; `npm test` builds them
 * first) to its end. Asynchronously: the fake Discord lives in this process and must keep answering.
 */
async function run(script: string, env: Record<string, string | undefined>) {
  const started = spawn(process.execPath, [script], { cwd: root, env: { ...baseEnv, ...env } });
  let stdout = '';
  let stderr = '';
  started.stdout.on('data', (chunk) => (stdout += String(chunk)));
  started.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const [code] = (await once(started, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  child = undefined;
  await fake?.stop();
  fake = undefined;
});

/** Waits for the bot's "ready" log line; the line as JSON, and a view of everything it logs. */
async function readyLine(started: ChildProcess): Promise<{ ready: Record<string, unknown>; output: { text: string } }> {
  const output = { text: '' };
  started.stdout!.on('data', (chunk) => {
    output.text += String(chunk);
  });
  await waitFor(() => output.text.includes('ready: answering /ask'), 15_000);
  const ready = output.text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((entry) => entry.msg === 'ready: answering /ask')!;
  return { ready, output };
}

describe('npm run register', () => {
  it('bulk-overwrites the commands in the test server, and a second run changes nothing', async () => {
    fake = await new FakeDiscord({ token: TEST_TOKEN }).start();
    const env = {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_CLIENT_ID: FAKE_APPLICATION_ID,
      DISCORD_GUILD_ID: FAKE_GUILD_ID,
      DISCORD_API_URL: fake.apiUrl,
    };
    const first = await run('dist/bot/register.js', env);
    expect(first).toMatchObject({
      code: 0,
      stdout: `Registered 2 commands in server ${FAKE_GUILD_ID} (available now): /ask, /sources\n`,
    });
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([`/applications/${FAKE_APPLICATION_ID}/guilds/${FAKE_GUILD_ID}/commands`]);
    const [ask, sources] = puts[0]!.body as Array<Record<string, unknown>>;
    expect(ask).toMatchObject({
      name: 'ask',
      options: [
        { name: 'question', type: 3, required: true, max_length: 300 },
        { name: 'private', type: 5 },
      ],
    });
    expect(sources).toMatchObject({ name: 'sources' });
    const afterFirst = fake.commands.get(FAKE_GUILD_ID)!.map(({ name, options }) => ({ name, options }));

    expect((await run('dist/bot/register.js', env)).code).toBe(0);
    expect(fake.commands.get(FAKE_GUILD_ID)!.map(({ name, options }) => ({ name, options }))).toEqual(afterFirst);
    expect(JSON.stringify(fake.requests.filter((r) => r.method === 'PUT')[1]!.body)).toBe(
      JSON.stringify(puts[0]!.body),
    );
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    fake = await new FakeDiscord({ token: TEST_TOKEN }).start();
    const result = await run('dist/bot/register.js', {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_CLIENT_ID: FAKE_APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(result.code).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([
      `/applications/${FAKE_APPLICATION_ID}/commands`,
    ]);
    expect(fake.commands.get('global')!.map((c) => c.name)).toEqual(['ask', 'sources']);
  });

  it('says in one line, without waiting, that Discord is rate limiting, or refused the token', async () => {
    fake = await new FakeDiscord({ token: TEST_TOKEN }).start();
    const env = { DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: FAKE_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl };
    fake.commandFaults.push({
      kind: 'status',
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 3600, global: false, code: 30034 },
      headers: { 'retry-after': '3600', 'x-ratelimit-scope': 'user' },
    });
    const limited = await run('dist/bot/register.js', env);
    expect([limited.code, limited.stderr]).toEqual([
      1,
      'citebot: Discord is rate limiting command registration: try again in 3600 s\n',
    ]);
    const refused = await run('dist/bot/register.js', { ...env, DISCORD_TOKEN: `${TEST_TOKEN}x` });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^citebot: Discord refused DISCORD_TOKEN: reset the token .*\n$/);
  });

  it('says in one line that DISCORD_CLIENT_ID is missing', async () => {
    const result = await run('dist/bot/register.js', { DISCORD_TOKEN: TEST_TOKEN });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^citebot: DISCORD_CLIENT_ID is not set: .*\n$/);
  });
});

describe('npm start', () => {
  it.each([
    [{}, /^citebot: DISCORD_TOKEN is not set: .*npm run ask -- "who urged restraint"\n$/],
    [
      { DISCORD_TOKEN: TOKEN_PLACEHOLDER },
      /^citebot: DISCORD_TOKEN is still the placeholder from \.env\.example: .*\n$/,
    ],
    [{ DISCORD_TOKEN: 'not a token' }, /^citebot: DISCORD_TOKEN does not look like a bot token .*\n$/],
    [
      { DISCORD_TOKEN: TEST_TOKEN, DISCORD_GUILD_ID: 'my server' },
      /^citebot: DISCORD_GUILD_ID must be a server id.*\n$/,
    ],
    [
      { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: 'localhost:3000' },
      /^citebot: DISCORD_API_URL must be an http\(s\) URL.*\n$/,
    ],
    [
      { DISCORD_TOKEN: TEST_TOKEN, KNOWLEDGE_DIR: '/nonexistent/knowledge' },
      /^citebot: cannot load the knowledge: \/nonexistent\/knowledge: cannot read the knowledge folder .*\n$/,
    ],
    [
      { DISCORD_PUBLIC_KEY: 'a'.repeat(64), PORT: '0', KNOWLEDGE_DIR: '/nonexistent/knowledge' },
      /^citebot: cannot load the knowledge: \/nonexistent\/knowledge: cannot read the knowledge folder .*\n$/,
    ],
    [
      { DISCORD_PUBLIC_KEY: 'not-a-key' },
      /^citebot: DISCORD_PUBLIC_KEY must be the application's public key, 64 hexadecimal characters .*\n$/,
    ],
    [
      { DISCORD_PUBLIC_KEY: 'a'.repeat(64), PORT: '80000' },
      /^citebot: PORT must be a port number from 0 to 65535 .*\n$/,
    ],
    [{ DISCORD_TOKEN: TEST_TOKEN, METRICS_PORT: 'nine' }, /^citebot: METRICS_PORT must be a port number .*\n$/],
    [
      { DISCORD_TOKEN: TEST_TOKEN, SHARD_COUNT: '0' },
      /^citebot: SHARD_COUNT must be a whole number of shards, from 1 to 100000: .*\n$/,
    ],
    [{ DISCORD_TOKEN: TEST_TOKEN, SHARD_IDS: '0,1' }, /^citebot: SHARD_IDS needs SHARD_COUNT, .*\n$/],
    [
      { DISCORD_TOKEN: TEST_TOKEN, SHARD_COUNT: '3', SHARD_IDS: '0,one' },
      /^citebot: SHARD_IDS must be shard numbers separated by commas, such as 0,1,2: .*\n$/,
    ],
    [
      { DISCORD_TOKEN: TEST_TOKEN, SHARD_COUNT: '3', SHARD_IDS: '2,3' },
      /^citebot: SHARD_IDS has shard 3, but shards are numbered 0 to 2 with SHARD_COUNT=3\n$/,
    ],
    [
      { DISCORD_PUBLIC_KEY: 'a'.repeat(64), SHARD_COUNT: '2' },
      /^citebot: SHARD_COUNT and SHARD_IDS are for the gateway, .*\n$/,
    ],
  ])('refuses a bad setup %j with one line and exit code 1', async (env, line) => {
    const result = await run('dist/bot/main.js', env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(line);
    expect(result.stdout).toBe('');
  });

  it.each([
    [
      'malformed',
      (dir: string) => writeFile(path.join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\nText.'),
      /^citebot: cannot load the knowledge: broken\.md: front matter is not valid YAML .*\n$/,
    ],
    [
      'unreadable',
      (dir: string) => mkdir(path.join(dir, 'broken.md')),
      /^citebot: cannot load the knowledge: broken\.md: cannot read the file .*\n$/,
    ],
  ])('refuses to start when a knowledge file is %s, naming it in one line', async (_case, breakIt, line) => {
    const dir = temporaryFolder('start');
    await cp(new URL('../../knowledge/', import.meta.url), dir, { recursive: true });
    await breakIt(dir);
    const result = await run('dist/bot/main.js', { DISCORD_TOKEN: TEST_TOKEN, KNOWLEDGE_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(line);
  });

  it('says Discord refused the token without ever printing it', async () => {
    fake = await new FakeDiscord({ token: 'the.right.token' }).start();
    const result = await run('dist/bot/main.js', {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'trace',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^citebot: Discord refused DISCORD_TOKEN: .*\n$/);
    expect(result.stdout).toContain('"level":10');
    for (const part of [TEST_TOKEN, ...TEST_TOKEN.split('.')])
      expect(result.stdout + result.stderr).not.toContain(part);
  });

  it('starts from a copy of .env.example with the token filled in, an empty SHARD_COUNT too', async () => {
    // discord.js reads SHARD_COUNT from the environment itself: empty, it read 0 shards and refused.
    const example = Object.fromEntries(
      readFileSync(new URL('.env.example', root), 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    fake = await new FakeDiscord({ token: TEST_TOKEN }).start();
    child = spawn(process.execPath, ['dist/bot/main.js'], {
      cwd: root,
      env: { ...baseEnv, ...example, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: '' },
    });
    const { ready } = await readyLine(child);
    expect(ready).toMatchObject({ mode: 'gateway', guilds: 1, passages: 14 });
  });

  it('logs ready, then shuts down cleanly with exit code 0 on SIGTERM', async () => {
    fake = await new FakeDiscord({ token: TEST_TOKEN }).start();
    child = spawn(process.execPath, ['dist/bot/main.js'], {
      cwd: root,
      env: { ...baseEnv, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' },
    });
    const { ready, output } = await readyLine(child);
    expect(ready).toMatchObject({ user: 'citebot', guilds: 1, passages: 14 });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output.text).toContain('"msg":"shutting down"');
    expect(output.text).not.toContain(TEST_TOKEN);
  });
});

describe('npm start with DISCORD_PUBLIC_KEY (HTTP interactions)', () => {
  it('runs compiled JavaScript, with no TypeScript transpiler in the process', () => {
    expect(NPM_START_COMMAND).toMatch(/^node .* dist\/bot\/main\.js$/);
    expect(NPM_START_COMMAND).not.toMatch(/tsx|ts-node/);
  });

  it('listens on PORT, answers a signed PING, and on SIGTERM finishes the request in flight, then exits 0', async () => {
    const keys = applicationKeys();
    child = spawn('sh', ['-c', `exec ${NPM_START_COMMAND}`], {
      cwd: root,
      env: { ...baseEnv, DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: '0', LOG_LEVEL: 'info' },
    });
    const { ready, output } = await readyLine(child);
    expect(ready).toMatchObject({ mode: 'http', passages: 14 });
    const url = `http://127.0.0.1:${ready.port}`;
    expect(await postSigned(`${url}/interactions`, keys.privateKey, '{"type":1}')).toEqual({
      status: 200,
      body: '{"type":1}',
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // A request whose body is still arriving when SIGTERM comes: it is answered, then the process exits.
    const body = JSON.stringify({ type: 1, padding: 'x'.repeat(2000) });
    const slow = request(`${url}/`, {
      method: 'POST',
      headers: { ...FakeDiscord.signedHeaders(keys.privateKey, body), 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<number>((resolve, reject) =>
      slow
        .on('response', (response) => {
          response.resume();
          resolve(response.statusCode!);
        })
        .on('error', reject),
    );
    slow.write(body.slice(0, 1000));
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    slow.end(body.slice(1000));
    expect(await answered).toBe(200);
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output.text).toContain('"msg":"shutting down"');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
