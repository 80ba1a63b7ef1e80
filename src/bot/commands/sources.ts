import { ApplicationCommandType } from 'discord-api-types/v10';
import type { Command } from '../command.js';
import { documentsOf } from '../documents.js';
import { sourcesEmbed } from '../embeds.js';
import { reply, sourcesMessage } from '../replies.js';

export const sources: Command = {
  data: {
    name: 'sources',
    description: 'List the articles the bot answers from, with links',
    type: ApplicationCommandType.ChatInput,
  },

  execute(_interaction, context) {
    return { response: reply(sourcesMessage(sourcesEmbed(documentsOf(context.index())))), outcome: 'listed' };
  },
};
