import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { type Answer, answerQuestion, mapPacked, passageAnswer, suggestPassages } from '../../core/index.js';
import type { BotContext, Command } from '../command.js';
import { suggestionMenu } from '../components.js';
import { holdsSeveralDocuments, overviewPlace } from '../documents.js';
import { booleanOption, focusedText, stringOption } from '../interaction.js';
import { DISCORD_LIMITS, MAX_QUESTION_LENGTH, SUGGESTION_COUNT, truncate } from '../limits.js';
import { answerMessage, choices, emptyQuestionNote, noAnswerNote, reply } from '../replies.js';
import { withoutDiscordMarkup } from '../user-text.js';
import { askComponent } from './ask-components.js';

/**
 * Marks an autocomplete choice's value as a passage id rather than typed text. A character
 * nobody types at the start of a question, so free text is never mistaken for a pick.
 */
const PICKED = '§';

export const ask: Command = {
  limited: true,
  data: {
    name: 'ask',
    description: 'Answer a question about the article with the passage that says it, and its citation',
    type: ApplicationCommandType.ChatInput,
    options: [
      {
        name: 'question',
        description: 'What you want to know, e.g. "who urged restraint"; pick a suggestion or type freely',
        type: ApplicationCommandOptionType.String,
        required: true,
        max_length: MAX_QUESTION_LENGTH,
        autocomplete: true,
      },
      {
        name: 'private',
        description: 'Show the answer only to you (default: everyone in the channel sees it)',
        type: ApplicationCommandOptionType.Boolean,
      },
    ],
  },

  // Answers straight from the in-memory index, well inside Discord's 3 seconds, so no defer.
  execute(interaction, context) {
    const question = stringOption(interaction.data.options, 'question') ?? '';
    const ephemeral = booleanOption(interaction.data.options, 'private') ?? false;
    const index = context.index();
    const picked = question.startsWith(PICKED) ? passageAnswer(index, question.slice(PICKED.length)) : null;
    if (picked) {
      return {
        response: reply(answerMessage(picked, '', { position: 0, hasNext: false, ephemeral, picked: true })),
        outcome: 'answered',
        score: picked.score,
      };
    }
    const started = performance.now();
    const result = answerQuestion(index, withoutDiscordMarkup(question));
    const answerMs = Math.round((performance.now() - started) * 1000) / 1000;
    if (result.status === 'empty') return { response: reply(emptyQuestionNote()), outcome: 'empty', answerMs };
    if (result.best === null) {
      const menu = result.alternatives.length > 0 ? suggestionMenu(result.alternatives) : undefined;
      const note = noAnswerNote(question, suggestionsFor(result, context), {
        ...(menu ? { menu } : {}),
        severalArticles: holdsSeveralDocuments(index),
      });
      return { response: reply(note), outcome: 'abstained', score: result.alternatives[0]?.score ?? 0, answerMs };
    }
    const data = answerMessage(result.best, question, {
      position: 0,
      hasNext: result.alternatives.length > 0,
      ephemeral,
      ...overviewPlace(index, result),
    });
    return { response: reply(data), outcome: 'answered', score: result.best.score, answerMs };
  },

  autocomplete(interaction, context) {
    const suggestions = suggestPassages(
      context.index(),
      withoutDiscordMarkup(focusedText(interaction.data.options)),
      DISCORD_LIMITS.autocompleteChoices,
    );
    const list = mapPacked(suggestions, ({ id, label }) => ({
      name: truncate(label || id, DISCORD_LIMITS.choiceName),
      value: `${PICKED}${id}`,
    }));
    return { response: choices(list), outcome: 'suggested' };
  },

  component: askComponent,
};

/** What the abstaining note suggests: the nearest passages' best sentences, else the opening of a few passages. */
function suggestionsFor(result: Answer, context: BotContext): string[] {
  // Checked before mapping: an empty list mapped has another shape than a full one, and the
  // code optimised for one is thrown away at the other.
  const topics =
    result.alternatives.length > 0
      ? mapPacked(result.alternatives, (found) => found.highlight)
      : mapPacked(suggestPassages(context.index(), '', SUGGESTION_COUNT), (suggestion) => suggestion.label);
  return topics.slice(0, SUGGESTION_COUNT);
}
