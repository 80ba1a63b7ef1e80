import { type APIMessageComponentInteraction, ComponentType, MessageFlags } from 'discord-api-types/v10';
import { answerQuestion, passageAnswer, passageContext } from '../../core/index.js';
import type { BotContext, Handled } from '../command.js';
import { decodeAskComponent } from '../custom-id.js';
import { overviewPlace } from '../documents.js';
import { questionOfEmbed } from '../embeds.js';
import { originOf, userIdOf } from '../interaction.js';
import { COMPONENT_LIFETIME_MS } from '../limits.js';
import {
  answerMessage,
  brokenComponentNote,
  changedKnowledgeNote,
  contextMessage,
  expiredNote,
  type MessageData,
  onlyAskerNote,
  questionOfNote,
  reply,
  update,
} from '../replies.js';
import { withoutDiscordMarkup } from '../user-text.js';

/**
 * A click on "Next match", "Show context" or the "did you mean" menu under an /ask answer.
 * Nothing is remembered between interactions: the custom id says what to show, the message says
 * for which question (its embed's author line, or the note's quote) and who asked and when (its
 * interaction metadata). Anything that does not add up gets a note, never an exception, and every
 * passage shown comes out of the index.
 */
export function askComponent(interaction: APIMessageComponentInteraction, context: BotContext): Handled {
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
    return {
      response: update(answerMessage(chosen, question, { position: 0, hasNext: false, ephemeral: true, picked: true })),
      outcome: 'answered',
      score: chosen.score,
    };
  }

  const question = questionOfEmbed(interaction.message.embeds?.[0]);
  const ephemeral = ((interaction.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  if (component.action === 'next') {
    const result = question ? answerQuestion(index, withoutDiscordMarkup(question)) : null;
    const ranked = result?.best ? [result.best, ...result.alternatives] : [];
    const found = ranked[component.position];
    if (!found || !result) return note(changedKnowledgeNote(), 'malformed');
    const hasNext = component.position < ranked.length - 1;
    return {
      response: update(
        answerMessage(found, question, {
          position: component.position,
          hasNext,
          ephemeral,
          ...overviewPlace(index, result),
        }),
      ),
      outcome: 'paged',
    };
  }

  const found = passageAnswer(index, component.passageId, question);
  const around = found ? passageContext(index, found.id) : null;
  if (!found || !around) return note(changedKnowledgeNote(), 'malformed');
  const place = { position: component.position, hasNext: nextStillEnabled(interaction), ephemeral };
  return {
    response: update(contextMessage(found, question, around.before, around.after, place)),
    outcome: 'paged',
  };
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

function note(data: MessageData, outcome: Handled['outcome']): Handled {
  return { response: reply(data), outcome };
}
