import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 64 * 1024;

/**
 * The text of a checked-in data file of a few MB (the lexical tables), read in 64 KB chunks.
 * readFileSync(file, 'utf8') collects the whole file in memory of its own malloc before making the
 * string; for the two lexical tables glibc kept about 5 MB of that freed memory in the process,
 * which showed in the bot's RSS at ready. Read in chunks, the text is made in V8's heap alone, which
 * gives it back to the system once the text has been parsed and collected.
 */
export function readDataFile(url: URL): string {
  const fd = openSync(url, 'r');
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  const decoder = new StringDecoder('utf8');
  let text = '';
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) text += decoder.write(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return text + decoder.end();
}
