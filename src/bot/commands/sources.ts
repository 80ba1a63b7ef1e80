import { SlashCommandBuilder } from 'discord.js';
import type { DocumentMeta } from '../../core/knowledge.js';
import type { Command } from '../command.js';
import { sourcesReply } from '../replies.js';

export const sources: Command = {
  data: new SlashCommandBuilder().setName('sources').setDescription('List the articles the bot answers from, with links').toJSON(),

  async execute(interaction, context) {
    const documents = new Map<string, DocumentMeta & { passages: number }>();
    for (const { document } of context.index().passages) {
      const entry = documents.get(document.id) ?? { ...document, passages: 0 };
      entry.passages++;
      documents.set(document.id, entry);
    }
    await interaction.reply(sourcesReply([...documents.values()]));
    return { outcome: 'listed' };
  },
};
