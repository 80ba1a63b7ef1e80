import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mapPacked } from '../../src/core/packed.js';

/**
 * Runs `body` in a Node process with V8's natives syntax, after `mapPacked` is imported: it
 * prints what the test checks.
 */
function inV8(body: string): string {
  const script = `import { mapPacked } from './src/core/packed.ts';\n${body}`;
  const result = spawnSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '--eval', script],
    { cwd: new URL('../..', import.meta.url), encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

describe('mapping an array', () => {
  it('maps every item with its index, in order', () => {
    expect(mapPacked(['a', 'b', 'c'], (item, i) => `${item}${i}`)).toEqual(['a0', 'b1', 'c2']);
    expect(mapPacked([], () => 1)).toEqual([]);
  });

  it('gives a packed array from optimised code too, as it does from unoptimised code', () => {
    const holey = inV8(`
      const words = (items) => mapPacked(items, (item) => item.word);
      const items = [{ word: 'a' }, { word: 'b' }];
      %PrepareFunctionForOptimization(words);
      const before = %HasHoleyElements(words(items));
      %OptimizeFunctionOnNextCall(words);
      console.log(before, %HasHoleyElements(words(items)));
    `);
    expect(holey).toBe('false false');
  });
});
