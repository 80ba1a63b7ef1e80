// The baseline for `npm run bench:http`: an endpoint that only verifies Discord's signature (the
// bot's own code for it, compiled: on libuv's thread pool, as the bot does) and answers a fixed
// response. Prints its port.
import { createServer } from 'node:http';
import { checkDiscordSignature, publicKeyFromHex } from '../../dist/bot/signature.js';

const key = publicKeyFromHex(process.env.DISCORD_PUBLIC_KEY);
const RESPONSE = JSON.stringify({ type: 4, data: { content: 'ok', allowed_mentions: { parse: [] } } });
const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const { headers } = request;
    checkDiscordSignature(key, headers['x-signature-ed25519'], headers['x-signature-timestamp'], Buffer.concat(chunks), (ok) => {
      response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      response.end(ok ? RESPONSE : '{}');
    });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ msg: 'ready', port: server.address().port })}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
