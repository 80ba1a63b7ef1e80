import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type Fault } from '../fake-discord/fake-discord.js';
import { type Harness, startHarness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ heartbeatIntervalMs: 500 });
});
afterAll(async () => {
  await harness?.close();
});

type Embed = { footer: { text: string } };
const ask = (question: string) => FakeDiscord.command('ask', { question });

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Asks the restraint question and expects the restraint paragraph back. */
async function expectStillAnswering(): Promise<void> {
  const callback = await harness.fake.interact(ask('who urged restraint'));
  expect((callback.data as { embeds: Embed[] }).embeds[0]!.footer.text).toMatch(/paragraph 7/);
}

function logged(message: string, interaction?: string) {
  return harness.logs.entries.filter(
    (entry) => entry.msg === message && (interaction === undefined || entry.interaction === interaction),
  );
}

describe('gateway faults', () => {
  it('keeps heartbeating', async () => {
    await waitFor(
      () => logged('discord client debug').some((entry) => String(entry.detail).includes('Heartbeat acknowledged')),
      5000,
    );
  });

  it('resumes the session when the connection drops mid-stream', async () => {
    const resumesBefore = harness.fake.resumes.length;
    harness.fake.dropConnection(4000);
    await waitFor(() => harness.fake.resumes.length === resumesBefore + 1 && harness.fake.connected);
    expect(harness.fake.identifies).toHaveLength(1);
    await expectStillAnswering();
  });

  it('identifies again after an invalid session', async () => {
    const identifiesBefore = harness.fake.identifies.length;
    harness.fake.invalidateSession();
    await waitFor(() => harness.fake.identifies.length === identifiesBefore + 1 && harness.fake.connected, 15_000);
    await expectStillAnswering();
  }, 20_000);
});

describe('REST faults on the interaction callback', () => {
  const rateLimited = (seconds: number): Fault => ({
    kind: 'status',
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
    headers: { 'retry-after': String(seconds), 'x-ratelimit-scope': 'user' },
  });

  it('waits out a 429 with retry_after, logs the wait, and the reply still lands within the deadline', async () => {
    harness.fake.callbackFaults.push(rateLimited(0.4));
    const sent = performance.now();
    const callback = await harness.fake.interact(ask('who urged restraint'));
    const took = callback.receivedAt - sent;
    expect(took).toBeGreaterThanOrEqual(400);
    expect(took).toBeLessThan(3000);
    expect(harness.fake.callbackRequests(callback.interactionId)).toHaveLength(2);
    // retry_after plus the 50 ms safety offset discord.js adds.
    expect(logged('rate limited by Discord: waiting before retrying').at(-1)).toMatchObject({
      retryAfterMs: 450,
      givingUp: false,
    });
  });

  it('gives up on a reply whose rate-limit wait outlasts the interaction, and answers the next one', async () => {
    harness.fake.callbackFaults.push(rateLimited(30));
    const id = harness.fake.send(ask('who urged restraint'));
    await waitFor(() => logged('reply dropped: rate limited past the interaction deadline', id).length === 1);
    expect(harness.fake.callbackRequests(id)).toHaveLength(1);
    await expectStillAnswering();
  });

  it('retries a 500 once and the reply lands', async () => {
    harness.fake.callbackFaults.push({
      kind: 'status',
      status: 500,
      body: { message: 'Internal Server Error', code: 0 },
    });
    const callback = await harness.fake.interact(ask('who urged restraint'));
    expect(harness.fake.callbackRequests(callback.interactionId)).toHaveLength(2);
  });

  it('logs a 500 that persists with the interaction id, survives, and answers the next one', async () => {
    const serverError: Fault = { kind: 'status', status: 500, body: { message: 'Internal Server Error', code: 0 } };
    harness.fake.callbackFaults.push(serverError, serverError, serverError, serverError);
    const id = harness.fake.send(ask('who urged restraint'));
    await waitFor(() => logged('reply failed: Discord did not take the response', id).length === 1);
    expect(
      (logged('reply failed: Discord did not take the response', id)[0]!.err as { message: string }).message,
    ).toMatch(/Internal Server Error/);
    await expectStillAnswering();
  });

  it('retries a request that times out, and logs one that never gets through', async () => {
    harness.fake.callbackFaults.push({ kind: 'hang' });
    const first = await harness.fake.interact(ask('who urged restraint'), { timeoutMs: 10_000 });
    expect(harness.fake.callbackRequests(first.interactionId)).toHaveLength(2);

    harness.fake.callbackFaults.push({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
    const id = harness.fake.send(ask('who urged restraint'));
    await waitFor(() => logged('reply failed: Discord did not take the response', id).length === 1, 15_000);
    expect(JSON.stringify(logged('reply failed: Discord did not take the response', id))).not.toMatch(
      /interaction-token|restraint/,
    );
    await expectStillAnswering();
  }, 30_000);

  it.each([
    [40060, 400, 'Interaction has already been acknowledged.'],
    [10062, 404, 'Unknown interaction'],
  ])('logs %i as a warning, without retrying or apologising', async (code, status, message) => {
    harness.fake.callbackFaults.push({ kind: 'status', status, body: { message, code } });
    const id = harness.fake.send(ask('who urged restraint'));
    await waitFor(() => logged('reply refused: interaction expired or already answered', id).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const line = logged('reply refused: interaction expired or already answered', id)[0]!;
    expect(line).toMatchObject({ level: 40, code, err: { status, message } });
    // Neither the interaction's token (it can post as the bot) nor the reply (the asker's answer) is logged.
    expect(JSON.stringify(line)).not.toMatch(/interaction-token|restraint/);
    expect(harness.fake.callbackRequests(id)).toHaveLength(1);
    await expectStillAnswering();
  });
});
