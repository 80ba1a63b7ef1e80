import { describe, expect, it } from 'vitest';
import type { QuestionOutcome } from '../../src/eval/evaluation.js';
import {
  describeChanges,
  outcomeChanges,
  parseSavedOutcomes,
  type SavedOutcome,
  savedOutcomes,
  verdictOf,
} from '../../src/eval/outcome-changes.js';

function outcome(overrides: Partial<QuestionOutcome>): QuestionOutcome {
  return {
    q: 'who urged restraint',
    kind: 'plain',
    answerable: true,
    topRight: true,
    inTopThree: true,
    confidence: 0.9,
    top: 'doc#p7',
    shipped: 'doc#p7',
    ...overrides,
  };
}

function saved(
  q: string,
  verdict: SavedOutcome['verdict'],
  confidence: number,
  set = 'held',
  role = 'held out',
): SavedOutcome {
  return { set, role, q, kind: 'plain', verdict, top: 'doc#p1', confidence };
}

describe('what became of a question', () => {
  it('names the five outcomes the eval counts, at the threshold', () => {
    expect(
      [
        outcome({}),
        outcome({ topRight: false }),
        outcome({ confidence: 0.3 }),
        outcome({ answerable: false, topRight: false }),
        outcome({ answerable: false, topRight: false, confidence: 0.3 }),
        outcome({ top: null, confidence: 0 }),
      ].map((each) => verdictOf(each, 0.62)),
    ).toEqual(['right', 'wrong', 'abstained', 'off-topic answered', 'off-topic abstained', 'abstained']);
  });

  it('saves each question with its set and its role, verdict, best passage and confidence', () => {
    expect(savedOutcomes('public questions', 'public', [outcome({ confidence: 0.924 })])).toEqual([
      {
        set: 'public questions',
        role: 'public',
        q: 'who urged restraint',
        kind: 'plain',
        verdict: 'right',
        top: 'doc#p7',
        confidence: 0.924,
      },
    ]);
  });
});

describe('comparing two runs', () => {
  it('lists the questions whose verdict moved, matching them by set and text, the n-th repeat with the n-th', () => {
    const before = [
      saved('a', 'abstained', 0.58),
      saved('b', 'right', 0.7),
      saved('a', 'right', 0.7),
      saved('a', 'abstained', 0.5, 'other set'),
      saved('gone', 'right', 0.9),
    ];
    const after = [
      saved('a', 'right', 0.64),
      saved('b', 'right', 0.75),
      saved('a', 'right', 0.71),
      saved('a', 'abstained', 0.51, 'other set'),
      saved('new', 'wrong', 0.66),
    ];
    expect(outcomeChanges(before, after)).toEqual({
      changes: [{ before: before[0], after: after[0] }],
      onlyBefore: 1,
      onlyAfter: 1,
    });
  });

  it("gives each role's totals before and after, counts the moves by kind, most first, then lists each", () => {
    const before = [
      saved('x', 'abstained', 0.58),
      saved('y', 'right', 0.63),
      saved('z', 'abstained', 0.5),
      saved('w', 'off-topic answered', 0.7, 'tuning set', 'tuning'),
      saved('gone', 'wrong', 0.9),
    ];
    const after = [
      saved('x', 'right', 0.64),
      saved('y', 'abstained', 0.61),
      saved('z', 'right', 0.7),
      saved('w', 'off-topic abstained', 0.4, 'tuning set', 'tuning'),
      saved('new', 'right', 0.8),
    ];
    expect(describeChanges('before.jsonl', before, after)).toBe(
      '== changes since before.jsonl: 4 question(s) moved\n' +
        'held out: right 1 -> 3, wrong 1 -> 0, off-topic answered 0 -> 0\n' +
        'tuning: right 0 -> 0, wrong 0 -> 0, off-topic answered 1 -> 0\n' +
        '    2  abstained -> right\n' +
        '    1  off-topic answered -> off-topic abstained\n' +
        '    1  right -> abstained\n' +
        '(1 question(s) only in before.jsonl, 1 only now)\n' +
        '  abstained -> right  0.58 -> 0.64  (held) [plain] "x"\n' +
        '  right -> abstained  0.63 -> 0.61  (held) [plain] "y"\n' +
        '  abstained -> right  0.50 -> 0.70  (held) [plain] "z"\n' +
        '  off-topic answered -> off-topic abstained  0.70 -> 0.40  (tuning set) [plain] "w"\n',
    );
  });

  it('reads back what it saved, and names the first line it did not write', () => {
    const lines = savedOutcomes('s', 'tuning', [outcome({}), outcome({ answerable: false, top: null, confidence: 0 })]);
    expect(parseSavedOutcomes(lines.map((line) => JSON.stringify(line)).join('\n'))).toEqual(lines);
    expect(() => parseSavedOutcomes(`${JSON.stringify(lines[0])}\n{"q": "who"}\n`)).toThrow(
      'line 2: not an outcome saved by npm run eval -- --save',
    );
    expect(() => parseSavedOutcomes('{oops')).toThrow('line 1: not valid JSON');
    expect(() => parseSavedOutcomes(JSON.stringify({ ...lines[0], verdict: 'maybe' }))).toThrow('line 1:');
  });
});
