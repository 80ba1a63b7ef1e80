import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

describe('the calibrate command', () => {
  it('exits 2 with its usage for an unknown flag, before reading any question or writing the model', () => {
    const result = spawnSync(process.execPath, ['dist/eval/calibrate.js', '--refit-everything'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', 'usage: npm run calibrate [-- --rescale]\n']);
  });
});
