import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../temporary-folder.js';

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
    const file = path.join(temporaryFolder('eval'), 'bad.jsonl');
    writeFileSync(file, '{"q": "who urged restraint", "expect": null}\n{bad\n');
    expect(evaluate([file])).toEqual({ code: 1, stdout: '', stderr: `eval: ${file}: line 2: not valid JSON\n` });
  });

  it('measures a sealed set against the folder holding each article, printing its counts and no question', () => {
    const file = path.join(temporaryFolder('sealed'), 'set.jsonl.gz');
    const lines = [
      { article: 'stoltenberg-sarkisian-brussels-2017.md', q: 'who urged restraint', expect: ['exercise restraint'] },
      {
        article: 'us-sudan-sanctions-2017.md',
        q: 'What did Clinton impose on Sudan in 1997?',
        expect: ['trade embargo'],
      },
      { article: 'stoltenberg-sarkisian-brussels-2017.md', q: 'What is the weather in Yerevan today?', expect: null },
    ];
    writeFileSync(file, gzipSync(lines.map((line) => JSON.stringify({ ...line, kind: 'plain' })).join('\n')));
    const { code, stdout, stderr } = evaluate(['--sealed', file]);
    expect({ code, stderr, stdout: stdout.replace(file, 'FILE') }).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '== sealed: FILE (3 questions, not shown)\n' +
        'answered right 2/2   best passage right 2/2   answered with a wrong passage 0/2\n' +
        'off-topic answered 0/1 at confidence >= 0.62\n',
    });
  });

  it('says in one line, exit code 1, which line of a sealed set names no article, or one no folder holds', () => {
    const folder = temporaryFolder('sealed');
    const unnamed = path.join(folder, 'unnamed.jsonl');
    writeFileSync(
      unnamed,
      '{"article": "us-sudan-sanctions-2017.md", "q": "q", "expect": null}\n{"q": "q", "expect": null}\n',
    );
    expect(evaluate(['--sealed', unnamed])).toEqual({
      code: 1,
      stdout: '',
      stderr: `eval: ${unnamed}: line 2: needs "article", the knowledge file the question is about\n`,
    });
    const unknown = path.join(folder, 'unknown.jsonl');
    writeFileSync(unknown, '{"article": "nowhere.md", "q": "q", "expect": null}\n');
    expect(evaluate(['--sealed', unknown])).toEqual({
      code: 1,
      stdout: '',
      stderr: `eval: ${unknown}: no knowledge folder holds nowhere.md\n`,
    });
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
