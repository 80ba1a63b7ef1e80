import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The command `npm start` runs, from package.json: what benchmarks and process tests start. */
export const NPM_START_COMMAND = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }
).scripts.start;

/**
 * Runs a shell command from the project's folder as its own process (exec'd, so signals reach
 * it), with only PATH and HOME from this environment plus `env`; its log lines on a pipe.
 */
export function spawnCommand(command: string, env: Record<string, string>): ChildProcess {
  return spawn('sh', ['-c', `exec ${command}`], {
    cwd: new URL('..', import.meta.url),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}
