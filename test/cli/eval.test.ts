import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

/** Runs the CLI as `npm run eval` does, without npm's own output. */
function evaluate(args: string[]) {
  const result = spawnSync(process.execPath, ['dist/cli/eval.js', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the eval command', () => {
  it('says in one line, exit code 1, which line of a question set is malformed', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'citebot-eval-')), 'bad.jsonl');
    writeFileSync(file, '{"q": "who urged restraint", "expect": null}\n{bad\n');
    expect(evaluate([file])).toEqual({ code: 1, stdout: '', stderr: `eval: ${file}: line 2: not valid JSON\n` });
  });

  it('says in one line, exit code 1, that the knowledge folder cannot be loaded', () => {
    const { code, stderr } = evaluate(['eval/questions.jsonl', '--knowledge', '/nonexistent/citebot']);
    expect([code, stderr]).toEqual([
      1,
      'eval: cannot load the knowledge: /nonexistent/citebot: cannot read the knowledge folder ' +
        "(ENOENT: no such file or directory, scandir '/nonexistent/citebot')\n",
    ]);
  });
});
