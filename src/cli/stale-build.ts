import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The commands run compiled, from `dist/`, as `npm start` does. In a checkout whose sources
 * changed after the last build they would run the old code without a word (an `npm run eval`
 * after an engine change would measure the engine before it): this says so instead. Undefined
 * when the build is newer than every source file, when no sources lie beside it (a production
 * image) and when the command runs from the sources themselves. `compiledFile` is one of the
 * build's own files (this module, compiled): the build writes them all at once.
 */
export function staleBuildNotice(command: string, compiledFile = fileURLToPath(import.meta.url)): string | undefined {
  const buildDir = path.dirname(path.dirname(compiledFile));
  if (path.basename(buildDir) !== 'dist') return undefined;
  const sources = path.join(path.dirname(buildDir), 'src');
  try {
    if (newestChange(sources) <= statSync(compiledFile).mtimeMs) return undefined;
  } catch {
    // No sources (a production image), a folder it may not read, a file gone while it looked:
    // it cannot tell, so it does not stop the command.
    return undefined;
  }
  return `${command}: src/ changed after the last build, so this would run the old code: run npm run build (or keep npm run build:watch running)`;
}

/** The latest modification time of a file in the folder or below it. */
function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const entryPath = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestChange(entryPath));
    else if (entry.isFile()) newest = Math.max(newest, statSync(entryPath).mtimeMs);
  }
  return newest;
}
