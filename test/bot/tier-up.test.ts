import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * How many calls a small hot function takes before V8 queues it for optimisation, in a fresh
 * Node process, with or without `tierUpSooner` called first.
 */
function callsBeforeOptimising(tierUp: boolean): number {
  const script = `
    import { tierUpSooner } from './src/bot/tier-up.ts';
    if (${tierUp}) tierUpSooner();
    function sum(text) { let total = 0; for (let i = 0; i < text.length; i++) total += text.charCodeAt(i); return total; }
    // Optimised, or marked for optimisation (now or on a helper thread).
    const QUEUED = 16 | 256 | 512 | 1024;
    let calls = 0;
    while (calls < 100000 && !(%GetOptimizationStatus(sum) & QUEUED)) sum('interaction ' + calls++);
    console.log(calls);
  `;
  const result = spawnSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '--eval', script],
    { cwd: new URL('../..', import.meta.url), encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  return Number(result.stdout.trim());
}

describe('tiering up once the bot is ready', () => {
  it('has V8 optimise a hot function after under half the calls it takes by default', () => {
    const byDefault = callsBeforeOptimising(false);
    const sooner = callsBeforeOptimising(true);
    expect(byDefault).toBeLessThan(100000);
    expect(sooner * 2).toBeLessThan(byDefault);
  });
});
