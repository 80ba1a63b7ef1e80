import { readFileSync } from 'node:fs';

/** The command `npm start` runs, from package.json: what benchmarks and process tests start. */
export const NPM_START_COMMAND = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }
).scripts.start;
