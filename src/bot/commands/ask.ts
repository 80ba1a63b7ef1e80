import { SlashCommandBuilder, type ChatInputCommandInteraction, type MessageComponentInteraction } from 'discord.js';
import { answerQuestion, passageAnswer, passageContext, suggestPassages, type Found } from '../../core/answer.js';
import type { SearchIndex } from '../../core/search-index.js';
import type { BotContext, Command, Outcome } from '../command.js';
import { DISCORD_LIMITS, MAX_QUESTION_LENGTH, truncate } from '../limits.js';
import {
  answerButtons,
  answerReply,
  contextReply,
  emptyQuestionReply,
  noAnswerReply,
  PRIVATE_NOTE_FLAGS,
  suggestionMenu,
  suggestionsFor,
  withoutComponents,
  type ReplyPayload,
} from '../replies.js';

/**
 * Marks an autocomplete choice's value as a passage id rather than typed text. A character
 * nobody types at the start of a question, so free text is never mistaken for a pick.
 */
const PICKED = '§';

export const ask: Command = {
  limited: true,
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Answer a question about the article with the passage that says it, and its citation')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('What you want to know, e.g. "who urged restraint"; pick a suggestion or type freely')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH)
        .setAutocomplete(true),
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
    const picked = question.startsWith(PICKED) ? passageAnswer(index, question.slice(PICKED.length)) : null;
    if (picked) {
      await replyWithAnswer(interaction, context, question, [picked], ephemeral);
      return { outcome: 'answered', score: picked.score };
    }
    const started = performance.now();
    const result = answerQuestion(index, question);
    const answerMs = Math.round((performance.now() - started) * 1000) / 1000;
    if (result.status === 'empty') {
      await interaction.reply(emptyQuestionReply());
      return { outcome: 'empty', answerMs };
    }
    if (result.answer === null) {
      const startingPoints = suggestPassages(index, '', 3).map((suggestion) => suggestion.label);
      const reply = noAnswerReply(question, suggestionsFor(result, startingPoints));
      if (result.alternatives.length > 0) {
        reply.components = [suggestionMenu(interaction.id, result.alternatives)];
        context.sessions.add(interaction.id, {
          question,
          found: result.alternatives,
          position: 0,
          contextShown: false,
          askerId: interaction.user.id,
          ephemeral: true,
          disable: removeMenu(interaction),
        });
      }
      await interaction.reply(reply);
      return { outcome: 'abstained', score: result.alternatives[0]?.score ?? 0, answerMs };
    }
    await replyWithAnswer(interaction, context, question, [result.answer, ...result.alternatives], ephemeral);
    return { outcome: 'answered', score: result.answer.score, answerMs };
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    const suggestions = suggestPassages(context.index(), typed, DISCORD_LIMITS.autocompleteChoices);
    await interaction.respond(
      suggestions.map(({ id, label }) => ({
        name: truncate(label || id, DISCORD_LIMITS.choiceName),
        value: `${PICKED}${id}`,
      })),
    );
    return { outcome: 'suggested' };
  },

  async component(interaction, context) {
    const [, action, key = ''] = interaction.customId.split(':');
    const session = context.sessions.get(key);
    if (!session) return expire(interaction);
    if (interaction.user.id !== session.askerId) {
      await interaction.reply({
        content: 'Only the person who asked can page through this answer. Ask your own with `/ask`.',
        flags: PRIVATE_NOTE_FLAGS,
        allowedMentions: { parse: [] },
      });
      return { outcome: 'refused' };
    }
    if (action === 'pick' && interaction.isStringSelectMenu()) {
      const chosen = session.found.find((found) => found.id === interaction.values[0]) ?? passageAnswer(context.index(), interaction.values[0] ?? '', session.question);
      if (!chosen) return expire(interaction);
      Object.assign(session, { found: [chosen], position: 0, contextShown: false });
      session.disable = disableButtons(interaction, key);
      await interaction.update(forUpdate(answerReply(chosen, { ephemeral: true }), answerButtons(key, { hasNext: false, contextShown: false })));
      return { outcome: 'answered', score: chosen.score };
    }
    if (action === 'next') {
      session.position = Math.min(session.position + 1, session.found.length - 1);
      session.contextShown = false;
    } else if (action === 'context') {
      session.contextShown = true;
    } else {
      return expire(interaction);
    }
    await interaction.update(forUpdate(render(context.index(), session), buttonsFor(key, session)));
    return { outcome: 'paged' };
  },
};

type Session = NonNullable<ReturnType<BotContext['sessions']['get']>>;

async function replyWithAnswer(interaction: ChatInputCommandInteraction, context: BotContext, question: string, found: Found[], ephemeral: boolean): Promise<void> {
  const key = interaction.id;
  const session = { question, found, position: 0, contextShown: false, askerId: interaction.user.id, ephemeral };
  const reply = answerReply(found[0]!, { ephemeral });
  reply.components = [answerButtons(key, { hasNext: found.length > 1, contextShown: false })];
  context.sessions.add(key, { ...session, disable: disableButtons(interaction, key) });
  await interaction.reply(reply);
}

/**
 * Greys out the buttons of the message an interaction replied with (or updated). Keeps only the
 * interaction's webhook (its id and token), not the whole interaction, for the answer's lifetime.
 */
function disableButtons(interaction: ChatInputCommandInteraction | MessageComponentInteraction, key: string): () => Promise<void> {
  const { webhook } = interaction;
  return async () => {
    await webhook.editMessage('@original', { components: [answerButtons(key, { hasNext: false, contextShown: true, expired: true })] });
  };
}

/** Takes the "did you mean" menu off the message once it expires. */
function removeMenu(interaction: ChatInputCommandInteraction): () => Promise<void> {
  const { webhook } = interaction;
  return async () => {
    await webhook.editMessage('@original', withoutComponents());
  };
}

function render(index: SearchIndex, session: Session): ReplyPayload {
  const found = session.found[session.position]!;
  if (!session.contextShown) return answerReply(found, { ephemeral: session.ephemeral });
  const around = passageContext(index, found.id);
  return contextReply(found, around?.before?.text, around?.after?.text, { ephemeral: session.ephemeral });
}

function buttonsFor(key: string, session: Session) {
  return answerButtons(key, { hasNext: session.position < session.found.length - 1, contextShown: session.contextShown });
}

/** An update keeps the message's visibility; it cannot carry the ephemeral flag. */
function forUpdate(payload: ReplyPayload, buttons: ReturnType<typeof answerButtons>) {
  const { flags: _flags, ...rest } = payload;
  return { ...rest, components: [buttons] };
}

async function expire(interaction: MessageComponentInteraction): Promise<Outcome> {
  await interaction.update(withoutComponents());
  return { outcome: 'expired' };
}
