/**
 * The bot against the local Discord fake:
 * - start to ready and RSS at ready of the compiled bot, started exactly as `npm start` starts
 *   it (gateway, one shard), against a bare process that imports discord.js, creates its client
 *   and logs in (test/bench/bare-client.mjs); five starts each, alternating, medians;
 * - interaction-to-reply latency of the bot in this process: 300 /ask one after another, timed
 *   from the moment the fake dispatches each one to the moment the bot's reply arrives.
 * Run with `npm run bench:bot`.
 */

import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_KNOWLEDGE_DIR, loadIndex } from '../../src/core/engine.js';
import { startHarness, TEST_TOKEN } from '../e2e/harness.js';
import { FakeDiscord } from '../fake-discord/fake-discord.js';
import { NPM_START_COMMAND, spawnCommand } from '../npm-start.js';
import { rssMb } from './process-memory.js';
import { median, percentile } from './stats.js';

const STARTS = 5;
const ASKS = 300;
const QUESTIONS = [
  'who urged restraint',
  'How many troops does Armenia contribute?',
  'What is the weather in Yerevan today?',
  'paramedic scool',
  'What did Putin say?',
  'What is IPAP?',
];

/** Starts a command against a fresh fake; ms from spawn to each logged step, and RSS once `readyMessage` is logged. */
async function measureStart(
  command: string,
  readyMessage: string,
): Promise<{ steps: Map<string, number>; rss: number }> {
  const fake = await new FakeDiscord({ token: TEST_TOKEN }).start();
  const spawned = performance.now();
  const child = spawnCommand(command, {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'info',
  });
  const steps = new Map<string, number>();
  let buffered = '';
  child.stdout!.on('data', (chunk) => {
    const at = performance.now() - spawned;
    buffered += String(chunk);
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) steps.set((JSON.parse(line) as { msg: string }).msg, at);
  });
  const deadline = Date.now() + 30_000;
  while (!steps.has(readyMessage)) {
    if (Date.now() > deadline) throw new Error(`${command}: no "${readyMessage}" within 30 s`);
    await sleep(5);
  }
  const rss = await rssMb(child.pid!);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await fake.stop();
  return { steps, rss };
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);

const bot = { ready: [] as number[], rss: [] as number[] };
const bare = { created: [] as number[], ready: [] as number[], rss: [] as number[] };
for (let run = 0; run < STARTS; run++) {
  const b = await measureStart(NPM_START_COMMAND, 'ready: answering /ask');
  bot.ready.push(b.steps.get('ready: answering /ask')!);
  bot.rss.push(b.rss);
  const c = await measureStart('node test/bench/bare-client.mjs', 'ready');
  bare.created.push(c.steps.get('client created')!);
  bare.ready.push(c.steps.get('ready')!);
  bare.rss.push(c.rss);
}
const list = (values: number[], digits = 0) => values.map((v) => v.toFixed(digits)).join(' / ');
console.log(
  `bare discord.js process: client created ${median(bare.created).toFixed(0)} ms, logged in and ready ${median(bare.ready).toFixed(0)} ms after spawn (${list(bare.ready)}); RSS at ready ${median(bare.rss).toFixed(1)} MB (${list(bare.rss, 1)})`,
);
console.log(
  `compiled bot (npm start, gateway, 1 shard): ready ${median(bot.ready).toFixed(0)} ms after spawn (${list(bot.ready)}); RSS at ready ${median(bot.rss).toFixed(1)} MB (${list(bot.rss, 1)})`,
);
console.log(
  `bot minus bare: ready +${(median(bot.ready) - median(bare.ready)).toFixed(0)} ms vs logged-in bare client (+${(median(bot.ready) - median(bare.created)).toFixed(0)} ms vs client created; target within 500 ms), RSS +${(median(bot.rss) - median(bare.rss)).toFixed(1)} MB (target within 35 MB)`,
);

const loadStarted = performance.now();
const index = await loadIndex(DEFAULT_KNOWLEDGE_DIR);
const loadMs = performance.now() - loadStarted;
const harness = await startHarness({ index, env: { LOG_LEVEL: 'info' } });
const latencies: number[] = [];
for (let i = 0; i < ASKS; i++) {
  const sent = performance.now();
  const callback = await harness.fake.interact(
    FakeDiscord.command('ask', { question: QUESTIONS[i % QUESTIONS.length]! }),
  );
  latencies.push(callback.receivedAt - sent);
}
await harness.close();
const at = (p: number) => percentile(latencies, p).toFixed(2);
console.log(
  `in-process start to ready: load knowledge ${loadMs.toFixed(0)} ms + log in to ready ${harness.bot.readyMs} ms`,
);
console.log(`interaction to reply over ${ASKS} /ask: median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
