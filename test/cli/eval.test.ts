import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_CONFIDENCE } from '../../src/core/answer.js';
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
  it('ends a run of several sets with their totals by role, and one set with none', () => {
    const { code, stdout } = evaluate(['eval/questions.jsonl', 'eval/questions.jsonl']);
    expect(code).toBe(0);
    expect(stdout.slice(stdout.lastIndexOf('== '))).toBe(
      '== total, public (2 sets)\n' +
        'answered right  36/36  100%   best passage right 36/36   in top 3 36/36   answered with a wrong passage 0/36\n' +
        `off-topic answered 0/8    0%   (abstained right 8/8) at confidence >= ${MIN_CONFIDENCE}\n`,
    );
    expect(evaluate(['eval/questions.jsonl']).stdout).not.toContain('== total');
  });

  it('says in one line, exit code 1, which line of a question set is malformed', () => {
    const file = path.join(temporaryFolder('eval'), 'bad.jsonl');
    writeFileSync(file, '{"q": "who urged restraint", "expect": null}\n{bad\n');
    expect(evaluate([file])).toEqual({ code: 1, stdout: '', stderr: `eval: ${file}: line 2: not valid JSON\n` });
  });

  it('measures a sealed set against the folder holding each article, named with or without its extension, printing its counts and no question', () => {
    const file = path.join(temporaryFolder('sealed'), 'set.jsonl.gz');
    const lines = [
      { article: 'stoltenberg-sarkisian-brussels-2017.md', q: 'who urged restraint', expect: ['exercise restraint'] },
      {
        article: 'us-sudan-sanctions-2017',
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
        `off-topic answered 0/1 at confidence >= ${MIN_CONFIDENCE}\n`,
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

  it('saves what became of each question, and lists those that moved when compared with the saved run', () => {
    const folder = temporaryFolder('outcomes');
    const file = path.join(folder, 'before.jsonl');
    const saving = evaluate(['eval/questions.jsonl', '--save', file]);
    expect([saving.code, saving.stderr]).toEqual([0, '']);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(JSON.parse(lines[0]!)).toEqual({
      set: 'questions.jsonl',
      role: 'public',
      q: 'who urged restraint',
      kind: 'unlabelled',
      verdict: 'right',
      top: 'stoltenberg-sarkisian-brussels-2017#p7',
      confidence: 0.99,
    });
    // As if the run before had abstained on the first question.
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), verdict: 'abstained', confidence: 0.5 });
    writeFileSync(file, `${lines.join('\n')}\n`);
    const comparing = evaluate(['eval/questions.jsonl', '--compare', file]);
    expect([comparing.code, comparing.stderr]).toEqual([0, '']);
    expect(comparing.stdout.slice(comparing.stdout.indexOf('== changes'))).toBe(
      `== changes since ${file}: 1 question(s) moved\n` +
        'public: right 17 -> 18, wrong 0 -> 0, off-topic answered 0 -> 0\n' +
        '    1  abstained -> right\n' +
        '  abstained -> right  0.50 -> 0.99  (questions.jsonl) [unlabelled] "who urged restraint"\n',
    );
  });

  it('writes no outcomes file at all when it cannot save one', () => {
    const folder = temporaryFolder('outcomes');
    const file = path.join(folder, 'missing-folder', 'out.jsonl');
    const { code, stderr } = evaluate(['eval/questions.jsonl', '--save', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^eval: cannot save the outcomes to .*out\.jsonl: ENOENT/);
    expect([existsSync(file), readdirSync(folder)]).toEqual([false, []]);
  });

  it('refuses, in one line, to compare with a file it did not save, or to show a sealed set', () => {
    const file = path.join(temporaryFolder('outcomes'), 'not-outcomes.jsonl');
    writeFileSync(file, '{"q": "who urged restraint", "expect": null}\n');
    expect(evaluate(['--compare', file])).toEqual({
      code: 1,
      stdout: '',
      stderr: `eval: ${file}: line 1: not an outcome saved by npm run eval -- --save\n`,
    });
    expect(evaluate(['--sealed', 'eval/sealed/blind-45.jsonl.gz', '--save', file])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'eval: --save and --compare show questions, and a sealed set stays unshown: leave them out\n',
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
