/**
 * Interaction-to-reply latency of the real bot through the local Discord fake: a few hundred
 * /ask interactions one after another, timed from the moment the fake dispatches each one to
 * the moment the bot's reply arrives. Also the time from start to ready.
 * Run with `npm run bench:bot`.
 */
import { performance } from 'node:perf_hooks';
import { loadIndex } from '../../src/core/engine.js';
import { FakeDiscord } from '../fake-discord/fake-discord.js';
import { startHarness } from '../e2e/harness.js';

const ASKS = 300;
const QUESTIONS = ['who urged restraint', 'How many troops does Armenia contribute?', 'What is the weather in Yerevan today?', 'paramedic scool', 'What did Putin say?', 'What is IPAP?'];

const loadStarted = performance.now();
const index = await loadIndex();
const loadMs = performance.now() - loadStarted;
const harness = await startHarness({ index, env: { LOG_LEVEL: 'info' } });

const latencies: number[] = [];
for (let i = 0; i < ASKS; i++) {
  const sent = performance.now();
  const callback = await harness.fake.interact(FakeDiscord.command('ask', { question: QUESTIONS[i % QUESTIONS.length]! }));
  latencies.push(callback.receivedAt - sent);
}
await harness.close();

latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(2);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
console.log(`start to ready: load knowledge ${loadMs.toFixed(0)} ms + log in to ready ${harness.bot.readyMs} ms`);
console.log(`interaction to reply over ${ASKS} /ask: median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
