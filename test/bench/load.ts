/**
 * The bot under load and at scale, as a separate process (its memory is its own) logged into
 * the local Discord fake in this one:
 * - bursts of 1,000 /ask interactions (answerable, off-topic and hostile questions, each from
 *   its own user): every one answered exactly once; handler and end-to-end latency; RSS after
 *   a warm-up burst and after three more;
 * - ready time and RSS after ready with 1 guild (one shard) and with 6,000 guilds on the 6 shards
 *   the fake recommends, and the cost per 1,000 guilds.
 * Run with `npm run bench:load`.
 */
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { TEST_TOKEN } from '../e2e/harness.js';
import { FakeDiscord } from '../fake-discord/fake-discord.js';
import { BURST_QUESTIONS } from '../fixtures/burst-questions.js';
import { NPM_START_COMMAND, spawnCommand } from '../npm-start.js';
import { rssMb } from './process-memory.js';
import { percentile } from './stats.js';

const BURST = 1000;

interface RunningChild {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
}

/** Starts the compiled bot exactly as `npm start` does (same node flags), as the process whose memory is measured. */
async function startBot(fake: FakeDiscord): Promise<RunningChild> {
  const child = spawnCommand(NPM_START_COMMAND, {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'info',
    ASK_LIMIT: '0',
  });
  const lines: Array<Record<string, unknown>> = [];
  let partial = '';
  child.stdout!.on('data', (chunk) => {
    const text = partial + String(chunk);
    const parts = text.split('\n');
    partial = parts.pop()!;
    for (const line of parts) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  await until(() => lines.some((line) => line.msg === 'ready: answering /ask'), 30_000);
  return { child, lines };
}

async function stop({ child }: RunningChild): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** One burst: each interaction's time to its reply; one that gets none within 60 s counts as lost. */
async function burst(fake: FakeDiscord): Promise<number[]> {
  const sent = performance.now();
  const callbacks = await Promise.all(
    Array.from({ length: BURST }, (_, i) =>
      fake
        .interact(FakeDiscord.command('ask', { question: BURST_QUESTIONS[i % BURST_QUESTIONS.length]! }), {
          timeoutMs: 60_000,
        })
        .catch(() => null),
    ),
  );
  return callbacks.flatMap((callback) => (callback ? [callback.receivedAt - sent] : []));
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(20);
  }
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);

// Bursts.
{
  const fake = await new FakeDiscord({ token: TEST_TOKEN }).start();
  const bot = await startBot(fake);
  const pid = bot.child.pid!;
  const rssAtReady = await rssMb(pid);
  await burst(fake);
  const rssAfterWarmUp = await rssMb(pid);
  const logStart = bot.lines.length;
  const endToEnd: number[] = [];
  for (let round = 0; round < 3; round++) endToEnd.push(...(await burst(fake)));
  const rssAfter = await rssMb(pid);
  await sleep(200);
  const logged = bot.lines.slice(logStart).filter((line) => line.msg === 'interaction');
  const handler = logged.map((line) => line.latencyMs as number);
  const answering = logged.map((line) => line.answerMs as number);
  const perInteraction = new Map<string, number>();
  for (const callback of fake.callbacks)
    perInteraction.set(callback.interactionId, (perInteraction.get(callback.interactionId) ?? 0) + 1);
  const twice = [...perInteraction.values()].filter((count) => count > 1).length;
  const errors = bot.lines.filter((line) => (line.level as number) >= 50).length;
  const warnings = new Map<string, number>();
  for (const line of bot.lines)
    if ((line.level as number) >= 40) warnings.set(String(line.msg), (warnings.get(String(line.msg)) ?? 0) + 1);
  await stop(bot);
  await fake.stop();
  console.log(
    `bursts: 4 x ${BURST} /ask; ${perInteraction.size} interactions answered, ${twice} answered twice, ${4 * BURST - perInteraction.size} lost, ${errors} errors logged`,
  );
  if (warnings.size > 0) console.log(`warnings and errors logged: ${JSON.stringify(Object.fromEntries(warnings))}`);
  console.log(
    `finding the answer (bot's log, last 3 bursts): median ${percentile(answering, 0.5).toFixed(3)} ms, p99 ${percentile(answering, 0.99).toFixed(3)} ms`,
  );
  console.log(
    `handler, interaction received to reply accepted (bot's log): median ${percentile(handler, 0.5).toFixed(1)} ms, p99 ${percentile(handler, 0.99).toFixed(1)} ms (1,000 replies in flight at once)`,
  );
  console.log(
    `dispatch of a burst to each reply, end to end: median ${percentile(endToEnd, 0.5).toFixed(0)} ms, p99 ${percentile(endToEnd, 0.99).toFixed(0)} ms (1,000 queued at once)`,
  );
  console.log(
    `RSS: at ready ${rssAtReady.toFixed(1)} MB, after warm-up burst ${rssAfterWarmUp.toFixed(1)} MB, after 3 more bursts ${rssAfter.toFixed(1)} MB: growth after warm-up ${(rssAfter - rssAfterWarmUp).toFixed(1)} MB`,
  );
}

// Guilds: three starts each, the median RSS (a single reading varies by several MB). With 6,000
// guilds the fake recommends 6 shards (one per 1,000 guilds) and the bot runs them all.
const MANY = 6000;
const rssWithGuilds = new Map<number, number>();
for (const guilds of [1, MANY]) {
  const readings: number[] = [];
  const readyTimes: number[] = [];
  let shards: unknown;
  for (let run = 0; run < 3; run++) {
    const fake = await new FakeDiscord({ token: TEST_TOKEN, guilds }).start();
    const bot = await startBot(fake);
    const ready = bot.lines.find((line) => line.msg === 'ready: answering /ask')!;
    if (ready.guilds !== guilds) throw new Error(`expected ${guilds} guilds cached, got ${String(ready.guilds)}`);
    readyTimes.push(ready.readyMs as number);
    shards = ready.shards;
    readings.push(await rssMb(bot.child.pid!));
    await stop(bot);
    await fake.stop();
  }
  rssWithGuilds.set(guilds, percentile(readings, 0.5));
  console.log(
    `${guilds} guilds on shards ${JSON.stringify(shards)}: ready ${readyTimes.join(' / ')} ms from startBot (import discord.js, log in, receive every guild; knowledge already loaded), RSS ${readings.map((mb) => mb.toFixed(1)).join(' / ')} MB, median ${rssWithGuilds.get(guilds)!.toFixed(1)} MB`,
  );
}
console.log(
  `cost per 1,000 guilds (${MANY} on 6 shards against 1 on 1): ${((rssWithGuilds.get(MANY)! - rssWithGuilds.get(1)!) / (MANY / 1000)).toFixed(1)} MB RSS`,
);
