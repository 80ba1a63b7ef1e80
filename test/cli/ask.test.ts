import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

/** Runs the CLI as `npm run ask` does, without npm's own output. */
function ask(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['dist/cli/ask.js', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the ask command', () => {
  it('prints the passage with the best sentence emphasized, then the citation', () => {
    const { code, stdout } = ask(['who urged restraint']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Iran, another regional power, .* \*\*An Iranian Foreign Ministry spokesman said .*\*\*\n/);
    expect(stdout).toContain(
      '— NATO Secretary General Stoltenberg meets Armenian President Sarkisian in Brussels. Azatutyun (RFE/RL Armenian Service), 2017-02-27, paragraph 7.',
    );
    expect(stdout).toContain('https://azatutyun.am/a/28336839.html');
  });

  it('prints the paragraph an answer goes on into after it, and cites both, in text and in JSON', () => {
    const question = 'What did Obama administration officials say better relations with Sudan could do?';
    const others = { KNOWLEDGE_DIR: 'test/fixtures/articles' };
    const { stdout } = ask([question], '', others);
    expect(stdout).toMatch(
      /Sudan\.(?:\*\*)?\n\nThey said that Sudan had a long way to go .*leverage\.\n\n— United States to Lift Sudan Sanctions\. The New York Times, 2017-01-13, paragraphs 18–19\./,
    );
    const { answer } = JSON.parse(ask(['--json', question], '', others).stdout) as {
      answer: { citation: { paragraph: number; lastParagraph: number } };
    };
    expect([answer.citation.paragraph, answer.citation.lastParagraph]).toEqual([18, 19]);
  });

  it('prints one JSON object with --json', () => {
    const { code, stdout } = ask(['--json', 'who urged restraint']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['question', 'status', 'answer', 'alternatives']);
    expect(Object.keys(parsed.answer)).toEqual(['id', 'text', 'score', 'highlight', 'citation']);
    expect(parsed.answer.id).toBe('stoltenberg-sarkisian-brussels-2017#p7');
    expect(parsed.answer.citation).toEqual({
      title: 'NATO Secretary General Stoltenberg meets Armenian President Sarkisian in Brussels',
      publisher: 'Azatutyun (RFE/RL Armenian Service)',
      url: 'https://azatutyun.am/a/28336839.html',
      published: '2017-02-27',
      paragraph: 7,
    });
  });

  it('reads standard input with --json and prints one line per question line, in order', () => {
    const { code, stdout } = ask(['--json'], 'who urged restraint\n\nWhat did Putin say?\nceasefire violation');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.question)).toEqual([
      'who urged restraint',
      '',
      'What did Putin say?',
      'ceasefire violation',
    ]);
    expect(lines.map((line) => line.answer?.citation.paragraph ?? null)).toEqual([7, null, null, 4]);
    expect(lines.map((line) => line.status)).toEqual(['answered', 'empty', 'abstained', 'answered']);
  });

  it('leaves a byte order mark out of the first question of a batch', () => {
    const { stdout } = ask(['--json'], '\uFEFFwho urged restraint\n');
    expect(JSON.parse(stdout)).toMatchObject({
      question: 'who urged restraint',
      answer: { citation: { paragraph: 7 } },
    });
  });

  it('stops quietly with exit code 0 when the reader of its output stops first', async () => {
    const child = spawn(process.execPath, ['dist/cli/ask.js', '--json'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    child.stdin.end('who urged restraint\n'.repeat(20_000));
    const [code] = await once(child, 'exit');
    expect([code, stderr]).toEqual([0, '']);
  });

  it('says when it has no answer, and exits 0', () => {
    const { code, stdout } = ask(['What is the capital of France?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^The knowledge here does not seem to cover that\./);
  });

  it('exits 2 with the usage for an unknown flag or no question', () => {
    for (const args of [['--nope', 'x'], []]) {
      const { code, stderr } = ask(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/usage: npm run ask/);
    }
  });
});
