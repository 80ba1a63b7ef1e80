import { readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type EvalQuestion, parseQuestionSet, readJsonLines } from './evaluation.js';

/**
 * A question set written blind and kept sealed: compressed, so that nobody reads it by chance,
 * until a later version of the engine is measured on it (its counts only, see `npm run eval --
 * --sealed`). Each line is a question of `questions.jsonl`'s format with one more field,
 * `article`: the knowledge file the question is about, in whichever folder holds it, named with
 * or without its extension (writers of a set name it either way).
 */
export interface SealedQuestion extends EvalQuestion {
  article: string;
}

/** The text of a sealed set's file: gunzipped when it is compressed (a `.gz` name). */
export function sealedText(file: string, bytes: Buffer): string {
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Parses a sealed set; throws with the line number on a malformed line or one naming no article. */
export function parseSealedSet(source: string): SealedQuestion[] {
  const questions = parseQuestionSet(source);
  const articles = readJsonLines(source).map(({ value, number }) => {
    const { article } = (value ?? {}) as { article?: unknown };
    if (typeof article !== 'string' || article.length === 0)
      throw new Error(`line ${number}: needs "article", the knowledge file the question is about`);
    return article;
  });
  return questions.map((question, i) => ({ ...question, article: articles[i]! }));
}

/**
 * The questions grouped by the knowledge folder holding the article each is about, among
 * `folders`; throws naming the first article none of them holds.
 */
export function byKnowledgeFolder(
  questions: readonly SealedQuestion[],
  folders: readonly string[],
): Map<string, SealedQuestion[]> {
  const folderOf = new Map<string, string>();
  for (const folder of folders) {
    for (const file of readdirSync(folder)) {
      for (const name of [file, path.parse(file).name]) if (!folderOf.has(name)) folderOf.set(name, folder);
    }
  }
  const groups = new Map<string, SealedQuestion[]>();
  for (const question of questions) {
    const folder = folderOf.get(path.basename(question.article));
    if (folder === undefined) throw new Error(`no knowledge folder holds ${question.article}`);
    const group = groups.get(folder) ?? [];
    group.push(question);
    groups.set(folder, group);
  }
  return groups;
}
