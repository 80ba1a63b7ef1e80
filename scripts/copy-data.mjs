// The compiled core reads its checked-in data files next to itself, as the sources do.
import { cpSync } from 'node:fs';

cpSync(new URL('../src/core/lexicon', import.meta.url), new URL('../dist/core/lexicon', import.meta.url), {
  recursive: true,
});
