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
  const child = spawn('sh', ['-c', `exec ${command}`], {
    cwd: new URL('..', import.meta.url),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  stopsWithThisProcess(child);
  return child;
}

const children = new Set<ChildProcess>();

/**
 * Stops the child when this process exits, however it ends (a benchmark whose reader closed the
 * pipe, "npm run bench:http | head", dies of the write error): a bot left running would hold its
 * port and take CPU from the next run.
 */
function stopsWithThisProcess(child: ChildProcess): void {
  if (children.size === 0) process.once('exit', stopChildren);
  children.add(child);
  child.once('exit', () => {
    children.delete(child);
    if (children.size === 0) process.off('exit', stopChildren);
  });
}

function stopChildren(): void {
  for (const child of children) child.kill('SIGKILL');
}
