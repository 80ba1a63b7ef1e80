import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKnowledgeFile } from '../../src/core/knowledge.js';
import { toPassages } from '../../src/core/passages.js';
import { SearchIndex } from '../../src/core/search-index.js';
import { knowledgeSource, VALID_FIELDS } from '../helpers.js';

const WORDS = ['harbour', 'ferry', 'council', 'budget', 'storm', 'bridge'];

/** An index of several documents, each of a few paragraphs made of WORDS. */
function indexOfDocuments(documents: number[][][]): SearchIndex {
  return SearchIndex.build(
    toPassages(
      documents.map((paragraphs, d) =>
        parseKnowledgeFile(
          `doc-${d}.md`,
          knowledgeSource(
            { ...VALID_FIELDS, url: `https://example.org/a/${d}.html` },
            paragraphs.map((words) => `The ${words.map((w) => WORDS[w]).join(' and the ')} were there.`),
          ),
        ),
      ),
    ),
  );
}

describe('the search index', () => {
  it('tells whether a document holds a term by walking its postings as by searching them, passage after passage', () => {
    const paragraph = fc.array(fc.nat(WORDS.length - 1), { minLength: 1, maxLength: 3 });
    const documents = fc.array(fc.array(paragraph, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(documents, (texts) => {
        const index = indexOfDocuments(texts);
        for (const own of WORDS) {
          const ownId = index.termId(own);
          if (ownId === undefined) continue;
          for (const other of WORDS) {
            const otherId = index.termId(other);
            if (otherId === undefined) continue;
            // Walk the other word's postings, as the ranking does for a related word.
            const { passages, from, to } = index.postings(otherId);
            const ownPostings = index.postings(ownId);
            let at = ownPostings.from;
            for (let k = from; k < to; k++) {
              const passage = passages[k]!;
              at = index.postingFromDocumentOf(at, ownPostings.to, passage);
              const walked = at < ownPostings.to && ownPostings.passages[at]! < index.documentEndOf(passage);
              // Read the slow way: any of the own word's postings inside the passage's document.
              let holds = false;
              for (let j = ownPostings.from; j < ownPostings.to; j++) {
                const other = ownPostings.passages[j]!;
                if (other >= index.leadOf(passage) && other < index.documentEndOf(passage)) holds = true;
              }
              expect(walked).toBe(holds);
              expect(index.documentHolds(ownId, passage)).toBe(holds);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
