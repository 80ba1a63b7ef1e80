/**
 * The HTTP interactions endpoint under bursts: the compiled bot started as `npm start` starts it
 * (DISCORD_PUBLIC_KEY set), and, under the same load, an endpoint that only verifies signatures
 * and answers a fixed response. 1,000 signed /ask interactions (answerable, off-topic and hostile
 * questions) in bursts of 100 concurrent requests over keep-alive connections, as a load
 * balancer sends them; a warm-up of 300 first. Reports p50/p99 per request and how many were
 * lost (anything but a 200 with a response).
 * Run with `npm run bench:http`.
 */
import type { ChildProcess } from 'node:child_process';
import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { applicationKeys, FakeDiscord } from '../fake-discord/fake-discord.js';
import { BURST_QUESTIONS } from '../fixtures/burst-questions.js';
import { NPM_START_COMMAND, spawnCommand } from '../npm-start.js';
import { median, percentile } from './stats.js';

const TOTAL = 1000;
const BURST = 100;
const WARM_UP = 300;
// Single rounds vary by ±40% on a shared machine: the median of 9 is steadier than of 3.
const ROUNDS = 9;
const keys = applicationKeys();

async function start(command: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawnCommand(command, {
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    PORT: '0',
    LOG_LEVEL: 'info',
    ASK_LIMIT: '0',
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += String(chunk);
      for (const line of buffered.split('\n').slice(0, -1)) {
        const entry = JSON.parse(line) as { msg: string; port?: number };
        if ((entry.msg === 'ready' || entry.msg === 'ready: answering /ask') && entry.port) {
          // From now on only drain the log, unread: parsing it here would take CPU from the endpoint.
          child.stdout!.off('data', onData);
          child.stdout!.resume();
          resolve({ child, port: entry.port });
          return;
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready`)));
  });
}

function signedBodies(count: number, privateKey: KeyObject): Array<{ body: string; headers: Record<string, string> }> {
  return Array.from({ length: count }, (_, i) => {
    const question = BURST_QUESTIONS[i % BURST_QUESTIONS.length]!;
    const body = JSON.stringify(FakeDiscord.guildInteraction(FakeDiscord.command('ask', { question })));
    const headers = {
      ...FakeDiscord.signedHeaders(privateKey, body),
      'content-length': String(Buffer.byteLength(body)),
    };
    return { body, headers };
  });
}

function post(
  agent: Agent,
  port: number,
  signed: { body: string; headers: Record<string, string> },
): Promise<{ ms: number; ok: boolean }> {
  const sent = performance.now();
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/interactions', method: 'POST', agent, headers: signed.headers },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += String(chunk)));
        response.on('end', () => {
          let ok = response.statusCode === 200;
          try {
            ok &&= typeof (JSON.parse(text) as { type?: unknown }).type === 'number';
          } catch {
            ok = false;
          }
          resolve({ ms: performance.now() - sent, ok });
        });
      },
    );
    req.on('error', () => resolve({ ms: performance.now() - sent, ok: false }));
    req.end(signed.body);
  });
}

async function bursts(port: number, count: number): Promise<{ latencies: number[]; lost: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: BURST });
  const bodies = signedBodies(count, keys.privateKey);
  const latencies: number[] = [];
  let lost = 0;
  for (let at = 0; at < count; at += BURST) {
    const results = await Promise.all(bodies.slice(at, at + BURST).map((signed) => post(agent, port, signed)));
    for (const result of results) {
      latencies.push(result.ms);
      if (!result.ok) lost++;
    }
  }
  agent.destroy();
  return { latencies, lost };
}

/** CPU time (user + system) a process has used, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const targets = [
  { name: 'bot (npm start, HTTP mode)', command: process.env.BENCH_BOT_COMMAND ?? NPM_START_COMMAND },
  {
    name: 'verify-only endpoint',
    command: process.env.BENCH_BASELINE_COMMAND ?? 'node test/bench/verify-only-endpoint.mjs',
  },
];

console.log(
  `node ${process.version}, ${process.platform}/${process.arch}, load average ${(await import('node:os')).loadavg()[0]!.toFixed(2)} on ${(await import('node:os')).availableParallelism()} cores; ${TOTAL} signed /ask in bursts of ${BURST} concurrent, ${ROUNDS} rounds each, alternating`,
);
const results = new Map<string, { p50: number[]; p99: number[]; lost: number; cpuMs: number }>();
const running = await Promise.all(targets.map(async (target) => ({ ...target, ...(await start(target.command)) })));
for (const target of running) await bursts(target.port, WARM_UP);
for (let round = 0; round < ROUNDS; round++) {
  for (const target of running) {
    const cpuBefore = cpuMs(target.child.pid!);
    const { latencies, lost } = await bursts(target.port, TOTAL);
    const entry = results.get(target.name) ?? { p50: [], p99: [], lost: 0, cpuMs: 0 };
    entry.cpuMs += cpuMs(target.child.pid!) - cpuBefore;
    entry.p50.push(percentile(latencies, 0.5));
    entry.p99.push(percentile(latencies, 0.99));
    entry.lost += lost;
    results.set(target.name, entry);
  }
}
for (const target of running) {
  target.child.kill('SIGTERM');
  await new Promise((resolve) => target.child.once('exit', resolve));
}
for (const [name, entry] of results) {
  console.log(
    `${name}: p50 ${median(entry.p50).toFixed(2)} ms, p99 ${median(entry.p99).toFixed(2)} ms (median of ${ROUNDS} rounds; p99 per round ${entry.p99.map((v) => v.toFixed(1)).join(' / ')}), lost ${entry.lost} of ${ROUNDS * TOTAL}, CPU ${(entry.cpuMs / (ROUNDS * TOTAL)).toFixed(3)} ms per interaction`,
  );
}
const bot = results.get(targets[0]!.name)!;
const base = results.get(targets[1]!.name)!;
console.log(
  `p99 ratio bot / verify-only: ${(median(bot.p99) / median(base.p99)).toFixed(2)}x (target: within 1.5x); p50 ratio ${(median(bot.p50) / median(base.p50)).toFixed(2)}x`,
);
// Each round of the bot is followed by one of the verify-only endpoint, on the machine as it was
// then: their ratio, round by round, does not take the drift between rounds for a difference.
const pairedP99 = bot.p99.map((p99, round) => p99 / base.p99[round]!);
console.log(
  `p99 ratio round by round: ${pairedP99.map((ratio) => ratio.toFixed(2)).join(' / ')}; median ${median(pairedP99).toFixed(2)}x; CPU ratio ${(bot.cpuMs / base.cpuMs).toFixed(2)}x`,
);
