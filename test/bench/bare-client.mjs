// The baseline for `npm run bench:bot`: a bare process that imports discord.js, creates a client
// with the same intent as the bot, and logs in (to the local fake). Logs when each step is done.
import { Client, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
process.stdout.write(`${JSON.stringify({ msg: 'client created' })}\n`);
client.once('clientReady', () => process.stdout.write(`${JSON.stringify({ msg: 'ready' })}\n`));
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
