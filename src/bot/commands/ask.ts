import { SlashCommandBuilder } from 'discord.js';
import { answerQuestion } from '../../core/answer.js';
import type { SearchIndex } from '../../core/search-index.js';
import type { Command } from '../command.js';
import { MAX_QUESTION_LENGTH } from '../limits.js';
import { answerReply, emptyQuestionReply, noAnswerReply, suggestionsFor } from '../replies.js';

export const ask: Command = {
  limited: true,
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Answer a question about the article with the passage that says it, and its citation')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('What you want to know, e.g. "who urged restraint"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((option) =>
      option.setName('private').setDescription('Show the answer only to you (default: everyone in the channel sees it)'),
    )
    .toJSON(),

  // Answers straight from the in-memory index, well inside Discord's 3 seconds, so no defer.
  async execute(interaction, context) {
    const question = interaction.options.getString('question', true);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    const index = context.index();
    const started = performance.now();
    const result = answerQuestion(index, question);
    const answerMs = Math.round((performance.now() - started) * 1000) / 1000;
    if (result.status === 'empty') {
      await interaction.reply(emptyQuestionReply());
      return { outcome: 'empty', answerMs };
    }
    if (result.answer === null) {
      await interaction.reply(noAnswerReply(question, suggestionsFor(result, openingSentences(index))));
      return { outcome: 'abstained', score: result.alternatives[0]?.score ?? 0, answerMs };
    }
    await interaction.reply(answerReply(result.answer, { ephemeral }));
    return { outcome: 'answered', score: result.answer.score, answerMs };
  },
};

/** The first sentence of a few passages spread over the knowledge: what it can talk about. */
function openingSentences(index: SearchIndex): string[] {
  const { passages } = index;
  const picks = [0, Math.floor(passages.length / 3), Math.floor((2 * passages.length) / 3)];
  return [...new Set(picks)]
    .map((i) => passages[i])
    .filter((passage) => passage !== undefined)
    .map((passage) => {
      const [start, end] = passage.sentences[0] ?? [0, passage.text.length];
      return passage.text.slice(start, end).trim();
    });
}
