import path from 'node:path';
import { parseArgs } from 'node:util';
import { addArticles } from '../add/add-articles.js';
import type { MetadataFlags } from '../add/resolve.js';
import { firstLineOf } from '../core/index.js';
import { readCommandLine } from './command-line.js';
import { knowledgeDirFromEnv } from './knowledge-dir.js';

const USAGE = `usage: npm run add -- <page.html | https://...> [more pages or addresses]
       flags fill in or override what a page says about itself:
       --title TEXT  --publisher NAME  --published YYYY-MM-DD  --url URL  --language fr  --id file-name`;

async function main(argv: string[]): Promise<number> {
  const args = readCommandLine('add', USAGE, () => parse(argv));
  if (typeof args === 'number') return args;
  if (args.positionals.length === 0) {
    process.stderr.write(`add: no page or address given\n${USAGE}\n`);
    return 2;
  }
  // npm runs scripts in the project folder; page paths are the caller's, from where they ran npm.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const { help: _help, ...flags } = args.values;
  const dir = knowledgeDirFromEnv();
  try {
    const written = await addArticles(args.positionals, { dir, flags: flags as MetadataFlags });
    for (const article of written) {
      const { document } = article;
      process.stdout.write(
        `${article.replaced ? 'replaced' : 'wrote'} ${shown(path.join(dir, article.file))}\n` +
          `  title:     ${document.title}\n` +
          `  publisher: ${document.publisher}\n` +
          `  published: ${document.published}\n` +
          `  passages:  ${article.passages}\n`,
      );
    }
    return 0;
  } catch (error) {
    // Known failures and anything unexpected alike: one line, nothing written.
    process.stderr.write(`add: ${firstLineOf(error)}\n`);
    return 1;
  }
}

/** A path relative to where the command runs when it is inside it, else in full. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      title: { type: 'string' },
      publisher: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      language: { type: 'string' },
      id: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

process.exitCode = await main(process.argv.slice(2));
