import { parentPort, workerData } from 'node:worker_threads';
import { loadIndex, loadLexicalResources, type SearchIndex } from '../core/index.js';
import type { AnswerThreadSettings, FromAnswerThread, ToAnswerThread } from './answer-thread.js';
import { createBotHandler } from './bot-handler.js';
import { LOST_REPLY, replyToInteraction } from './interaction-request.js';
import { problemOf, reloadIndex } from './knowledge-watcher.js';

/**
 * The answer thread (see answer-thread.ts): the only holder of the knowledge in HTTP mode. Loads
 * it, answers the interaction requests the HTTP server hands it, one message each, with the same
 * handler as the gateway, and reloads it when asked.
 */
const port = parentPort!;
const settings = workerData as AnswerThreadSettings;
const post = (message: FromAnswerThread) => port.postMessage(message);

async function answerRequests(): Promise<void> {
  let index: SearchIndex;
  try {
    index = await loadIndex(settings.knowledgeDir);
  } catch (error) {
    // Said, not thrown: the process refuses to start with this line. The thread then ends.
    post({ type: 'refused', problem: problemOf(error) });
    return;
  }
  loadLexicalResources();
  const handle = createBotHandler(() => index, settings.askLimit);
  let reloads: Promise<void> = Promise.resolve();

  port.on('message', (message: ToAnswerThread) => {
    if (message.type === 'request') {
      const reply = replyToInteraction(handle, message.body);
      try {
        post({ type: 'reply', id: message.id, reply });
      } catch {
        // A reply that cannot be copied to the event loop (nothing of ours should make one).
        post({ type: 'reply', id: message.id, reply: LOST_REPLY });
      }
      return;
    }
    // One reload at a time, in the order asked, each built in slices so that questions are
    // answered meanwhile: a later reload always reads the folder later, and wins.
    reloads = reloads.then(async () => {
      const reload = await reloadIndex(settings.knowledgeDir, (next) => {
        index = next;
      });
      post({ type: 'reloaded', reload });
    });
  });
  post({ type: 'ready', passages: index.passages.length });
}

await answerRequests();
