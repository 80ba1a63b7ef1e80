import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answerQuestion, KnowledgeError, loadIndex, type SearchIndex } from '../core/index.js';
import { readCommandLine } from './command-line.js';
import { ANSI_STYLE, answerJson, formatAnswer, PLAIN_STYLE } from './format.js';
import { knowledgeDirFromEnv } from './knowledge-dir.js';

const USAGE = `usage: npm run ask -- "question"            answer one question
       npm run --silent ask -- --json "question"   the answer as one JSON object
       npm run --silent ask -- --json < file       one JSON line per question line`;

async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`| head -1`) is not a failure: stop answering, quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  const args = readCommandLine('ask', USAGE, () => parse(argv));
  if (typeof args === 'number') return args;
  const question = args.positionals.join(' ');
  if (args.positionals.length === 0 && !args.values.json) {
    process.stderr.write(`ask: no question given\n${USAGE}\n`);
    return 2;
  }

  let index: SearchIndex;
  try {
    index = await loadIndex(knowledgeDirFromEnv());
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    process.stderr.write(`ask: cannot load the knowledge: ${error.message}\n`);
    return 1;
  }

  if (!args.values.json) {
    const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
    process.stdout.write(`${formatAnswer(answerQuestion(index, question), useColor ? ANSI_STYLE : PLAIN_STYLE)}\n`);
    return 0;
  }
  if (args.positionals.length > 0) {
    process.stdout.write(`${JSON.stringify(answerJson(answerQuestion(index, question)))}\n`);
    return 0;
  }
  // One JSON line per input line, in order, so a question set can be piped through.
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    // A file saved with a byte order mark: it is not part of the first question.
    const question = first ? line.replace(/^\uFEFF/, '') : line;
    first = false;
    process.stdout.write(`${JSON.stringify(answerJson(answerQuestion(index, question)))}\n`);
  }
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
}

process.exitCode = await main(process.argv.slice(2));
