import { type Answer, citedParagraphs, type Found } from '../core/index.js';

export interface TerminalStyle {
  emphasize(text: string): string;
  dim(text: string): string;
}

/** ANSI bold and dim for a colour terminal. */
export const ANSI_STYLE: TerminalStyle = {
  emphasize: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
};

/** Markdown-like markers where there is no colour (a pipe, a file, NO_COLOR). */
export const PLAIN_STYLE: TerminalStyle = {
  emphasize: (text) => `**${text}**`,
  dim: (text) => text,
};

/** The passage with its best sentence emphasized, then the citation. */
function formatFound(found: Found, style: TerminalStyle): string {
  const [start, end] = found.highlightSpan;
  const sentence = found.text.slice(start, end);
  const trimmed = sentence.trimEnd();
  const passage =
    found.text.slice(0, start) + style.emphasize(trimmed) + sentence.slice(trimmed.length) + found.text.slice(end);
  return `${passage.trim()}\n\n${style.dim(formatCitation(found))}`;
}

function formatCitation({ citation }: Found): string {
  const { title, publisher, published, paragraph, lastParagraph, url } = citation;
  return `— ${title}. ${publisher}, ${published}, ${citedParagraphs(paragraph, lastParagraph)}.\n  ${url}`;
}

/** What the terminal shows for one question. */
export function formatAnswer(result: Answer, style: TerminalStyle): string {
  if (result.status === 'empty') {
    return 'Nothing to search: ask a question with a few words from the article, for example "who urged restraint".';
  }
  if (result.status === 'overview' && result.best) {
    const lines = [`${formatFound(result.best, style)}  ${style.dim("(the article's opening paragraph)")}`];
    if (result.alternatives.length > 0) {
      lines.push('', 'The other articles open with:');
      for (const found of result.alternatives)
        lines.push(`- ${found.highlight} ${style.dim(`(${found.citation.title})`)}`);
    }
    return lines.join('\n');
  }
  if (result.best) {
    return `${formatFound(result.best, style)}  ${style.dim(`(confidence ${result.best.score.toFixed(2)})`)}`;
  }
  const lines = ['The knowledge here does not seem to cover that.'];
  if (result.alternatives.length > 0) {
    lines.push('', 'Nearest passages, in case one helps:');
    for (const found of result.alternatives) {
      lines.push(`- ${found.highlight} ${style.dim(`(paragraph ${found.citation.paragraph})`)}`);
    }
  }
  return lines.join('\n');
}

/** The JSON shape of one answer, as `ask --json` prints it. */
export function answerJson(result: Answer): object {
  return {
    question: result.question,
    status: result.status,
    answer: result.best ? foundJson(result.best) : null,
    alternatives: result.alternatives.map(foundJson),
  };
}

/** `id` is the passage's stable id (`<document>#p<paragraph>`), as the bot's buttons and picks name it. */
function foundJson({ id, text, score, highlight, citation }: Found): object {
  return { id, text, score, highlight, citation };
}
