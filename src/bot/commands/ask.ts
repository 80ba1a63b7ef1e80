import {
  type APIMessageComponentInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  MessageFlags,
} from 'discord-api-types/v10';
import {
  type Answer,
  answerQuestion,
  type Found,
  passageAnswer,
  passageContext,
  suggestPassages,
} from '../../core/index.js';
import type { BotContext, Command, Handled } from '../command.js';
import { answerButtons, suggestionMenu } from '../components.js';
import { decodeAskComponent } from '../custom-id.js';
import { answerEmbed, contextEmbed, questionOfEmbed } from '../embeds.js';
import { booleanOption, focusedText, originOf, stringOption, userIdOf } from '../interaction.js';
import { COMPONENT_LIFETIME_MS, DISCORD_LIMITS, MAX_QUESTION_LENGTH, SUGGESTION_COUNT, truncate } from '../limits.js';
import {
  brokenComponentNote,
  changedKnowledgeNote,
  choices,
  embedMessage,
  emptyQuestionNote,
  expiredNote,
  noAnswerNote,
  onlyAskerNote,
  questionOfNote,
  reply,
  update,
} from '../replies.js';

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
      return { response: reply(answerAt(picked, '', 0, false, ephemeral)), outcome: 'answered', score: picked.score };
    }
    const started = performance.now();
    const result = answerQuestion(index, question);
    const answerMs = Math.round((performance.now() - started) * 1000) / 1000;
    if (result.status === 'empty') return { response: reply(emptyQuestionNote()), outcome: 'empty', answerMs };
    if (result.best === null) {
      const menu = result.alternatives.length > 0 ? suggestionMenu(result.alternatives) : undefined;
      const note = noAnswerNote(question, suggestionsFor(result, context), menu);
      return { response: reply(note), outcome: 'abstained', score: result.alternatives[0]?.score ?? 0, answerMs };
    }
    const data = answerAt(result.best, question, 0, result.alternatives.length > 0, ephemeral);
    return { response: reply(data), outcome: 'answered', score: result.best.score, answerMs };
  },

  autocomplete(interaction, context) {
    const suggestions = suggestPassages(
      context.index(),
      focusedText(interaction.data.options),
      DISCORD_LIMITS.autocompleteChoices,
    );
    const list = suggestions.map(({ id, label }) => ({
      name: truncate(label || id, DISCORD_LIMITS.choiceName),
      value: `${PICKED}${id}`,
    }));
    return { response: choices(list), outcome: 'suggested' };
  },

  /**
   * A click on "Next match", "Show context" or the "did you mean" menu. Nothing is remembered
   * between interactions: the custom id says what to show, the message says for which question
   * (its embed's author line, or the note's quote) and who asked and when (its interaction
   * metadata). Anything that does not add up gets a note, never an exception, and every passage
   * shown comes out of the index.
   */
  component(interaction, context) {
    const component = decodeAskComponent(interaction.data.custom_id);
    const origin = originOf(interaction.message);
    if (!component || !origin) return note(brokenComponentNote(), 'malformed');
    if (context.now() - origin.askedAt > COMPONENT_LIFETIME_MS)
      return note(expiredNote(COMPONENT_LIFETIME_MS / 60_000), 'expired');
    if (userIdOf(interaction) !== origin.userId) return note(onlyAskerNote(), 'refused');
    const index = context.index();

    if (component.action === 'pick') {
      const values = interaction.data.component_type === ComponentType.StringSelect ? interaction.data.values : [];
      const question = questionOfNote(interaction.message.content);
      const chosen = typeof values[0] === 'string' ? passageAnswer(index, values[0], question) : null;
      if (!chosen) return note(changedKnowledgeNote(), 'malformed');
      return { response: update(answerAt(chosen, question, 0, false, true)), outcome: 'answered', score: chosen.score };
    }

    const question = questionOfEmbed(interaction.message.embeds?.[0]);
    const ephemeral = isEphemeral(interaction);
    if (component.action === 'next') {
      const result = question ? answerQuestion(index, question) : null;
      const ranked = result?.best ? [result.best, ...result.alternatives] : [];
      const found = ranked[component.position];
      if (!found) return note(changedKnowledgeNote(), 'malformed');
      return {
        response: update(
          answerAt(found, question, component.position, component.position < ranked.length - 1, ephemeral),
        ),
        outcome: 'paged',
      };
    }

    const found = passageAnswer(index, component.passageId, question);
    const around = found ? passageContext(index, found.id) : null;
    if (!found || !around) return note(changedKnowledgeNote(), 'malformed');
    const embed = contextEmbed(found, question, around.before?.text, around.after?.text);
    const buttons = answerButtons({
      position: component.position,
      passageId: found.id,
      hasNext: nextStillEnabled(interaction),
      contextShown: true,
    });
    return { response: update(embedMessage(embed, [buttons], { ephemeral })), outcome: 'paged' };
  },
};

/** The answer message for the passage at `position` of the question's ranking, with its buttons. */
function answerAt(found: Found, question: string, position: number, hasNext: boolean, ephemeral: boolean) {
  const buttons = answerButtons({ position, passageId: found.id, hasNext, contextShown: false });
  return embedMessage(answerEmbed(found, question), [buttons], { ephemeral });
}

/** What the abstaining note suggests: the nearest passages' best sentences, else the opening of a few passages. */
function suggestionsFor(result: Answer, context: BotContext): string[] {
  const near = result.alternatives.map((found) => found.highlight);
  const topics =
    near.length > 0
      ? near
      : suggestPassages(context.index(), '', SUGGESTION_COUNT).map((suggestion) => suggestion.label);
  return topics.slice(0, SUGGESTION_COUNT);
}

/** Whether the message's "Next match" button is still live: showing the context keeps it as it was. */
function nextStillEnabled(interaction: APIMessageComponentInteraction): boolean {
  for (const row of interaction.message.components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const item of row.components) {
      if (
        item.type === ComponentType.Button &&
        'custom_id' in item &&
        decodeAskComponent(item.custom_id)?.action === 'next'
      )
        return !item.disabled;
    }
  }
  return false;
}

function isEphemeral(interaction: APIMessageComponentInteraction): boolean {
  return ((interaction.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

function note(data: Parameters<typeof reply>[0], outcome: Handled['outcome']): Handled {
  return { response: reply(data), outcome };
}
