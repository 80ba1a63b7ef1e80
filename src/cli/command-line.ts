import { staleBuildNotice } from './stale-build.js';

/**
 * A command's arguments, read by `parse` (node's parseArgs): a mistake in them is one line and
 * the usage on stderr, exit code 2; --help is the usage on stdout, exit code 0. Before them, a
 * build older than its sources is one line on stderr, exit code 1 (see stale-build.ts). Either
 * way the exit code comes back instead of the arguments.
 */
export function readCommandLine<Args extends { values: { help?: boolean | undefined } }>(
  command: string,
  usage: string,
  parse: () => Args,
): Args | number {
  const stale = staleBuildNotice(command);
  if (stale !== undefined) {
    process.stderr.write(`${stale}\n`);
    return 1;
  }
  let args: Args;
  try {
    args = parse();
  } catch (error) {
    process.stderr.write(`${command}: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return args;
}
