import { parentPort, workerData } from 'node:worker_threads';
import {
  KnowledgeError,
  loadIndex,
  loadIndexInBackground,
  loadLexicalResources,
  type SearchIndex,
} from '../core/index.js';
import type { AnswerThreadSettings, FromAnswerThread, ToAnswerThread } from './answer-thread.js';
import { createBotHandler } from './bot-handler.js';
import { replyToInteraction } from './interaction-request.js';

/**
 * The answer thread (see answer-thread.ts): loads the knowledge and answers the interaction
 * requests the HTTP server hands it, one message each, with the same handler as the gateway.
 */
const port = parentPort!;
const settings = workerData as AnswerThreadSettings;
const post = (message: FromAnswerThread) => port.postMessage(message);

let index: SearchIndex = await loadIndex(settings.knowledgeDir);
loadLexicalResources();
const handle = createBotHandler(() => index, settings.askLimit);
let reloads = Promise.resolve();

port.on('message', (message: ToAnswerThread) => {
  if (message.type === 'request') {
    post({ type: 'reply', id: message.id, reply: replyToInteraction(handle, message.body) });
    return;
  }
  // One reload at a time, in the order asked, each built in slices so that questions are
  // answered meanwhile: a later reload always reads the folder later, and wins.
  reloads = reloads.then(() =>
    loadIndexInBackground(settings.knowledgeDir).then(
      (next) => {
        index = next;
        post({ type: 'reloaded', passages: next.passages.length });
      },
      (error: unknown) =>
        post({ type: 'reload-failed', problem: error instanceof KnowledgeError ? error.message : String(error) }),
    ),
  );
});
post({ type: 'ready', passages: index.passages.length });
