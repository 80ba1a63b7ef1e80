import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuildNotice } from '../../src/cli/stale-build.js';
import { temporaryFolder } from '../temporary-folder.js';

/** A checkout with a compiled command and one source file, each last changed at the given second. */
function checkout(builtAt: number, sourceChangedAt: number | null): string {
  const root = temporaryFolder('build');
  const compiled = path.join(root, 'dist', 'cli', 'ask.js');
  mkdirSync(path.dirname(compiled), { recursive: true });
  writeFileSync(compiled, '');
  utimesSync(compiled, builtAt, builtAt);
  if (sourceChangedAt !== null) {
    const source = path.join(root, 'src', 'core', 'ranking.ts');
    mkdirSync(path.dirname(source), { recursive: true });
    writeFileSync(source, '');
    utimesSync(source, sourceChangedAt, sourceChangedAt);
  }
  return compiled;
}

describe('the stale build notice', () => {
  it('says to build when a source file changed after the build, naming the command', () => {
    expect(staleBuildNotice('eval', checkout(1_000, 2_000))).toBe(
      'eval: src/ changed after the last build, so this would run the old code: run npm run build (or keep npm run build:watch running)',
    );
  });

  it('says nothing when the build is newer than every source file', () => {
    expect(staleBuildNotice('eval', checkout(2_000, 1_000))).toBeUndefined();
  });

  it('says nothing where no sources lie beside the build, as in the production image', () => {
    expect(staleBuildNotice('ask', checkout(1_000, null))).toBeUndefined();
  });

  it('says nothing where it cannot read the sources: it cannot tell, so it does not stop the command', () => {
    const compiled = checkout(1_000, null);
    writeFileSync(path.join(path.dirname(path.dirname(path.dirname(compiled))), 'src'), 'not a folder');
    expect(staleBuildNotice('ask', compiled)).toBeUndefined();
  });

  it('says nothing when the command runs from the sources themselves', () => {
    expect(staleBuildNotice('ask')).toBeUndefined();
  });

  it('is what the compiled command prints, with exit code 1, when the sources changed after the build', () => {
    const root = temporaryFolder('stale');
    const repository = new URL('../../', import.meta.url);
    cpSync(new URL('dist', repository), path.join(root, 'dist'), { recursive: true });
    symlinkSync(new URL('node_modules', repository), path.join(root, 'node_modules'));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src', 'changed.ts'), '');
    const future = Date.now() / 1000 + 60;
    utimesSync(path.join(root, 'src', 'changed.ts'), future, future);
    const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'ask.js'), 'who urged restraint'], {
      encoding: 'utf8',
    });
    expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'ask: src/ changed after the last build, so this would run the old code: run npm run build (or keep npm run build:watch running)\n',
    });
  });
});
