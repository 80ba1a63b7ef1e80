import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkDiscordSignature, publicKeyFromHex } from '../../src/bot/signature.js';
import { applicationKeys } from '../fake-discord/fake-discord.js';

const keys = applicationKeys();
const publicKey = publicKeyFromHex(keys.publicKeyHex);
const NOW_MS = 1_700_000_000_000;
const timestamp = String(NOW_MS / 1000);
const body = Buffer.from('{"type":1}');

function signatureOf(privateKey: KeyObject, signedTimestamp: string, signedBody: Buffer): string {
  return sign(null, Buffer.concat([Buffer.from(signedTimestamp), signedBody]), privateKey).toString('hex');
}

/** The verdicts `checkDiscordSignature` gave, once its callbacks have all run. */
async function verdicts(signature: unknown, signedTimestamp: unknown, key = publicKey): Promise<boolean[]> {
  const given: boolean[] = [];
  await new Promise<void>((resolve) => {
    checkDiscordSignature(
      key,
      signature,
      signedTimestamp,
      body,
      (signed) => {
        given.push(signed);
        resolve();
      },
      NOW_MS,
    );
  });
  // A second call of `done` would come on a later turn: wait one so that it would be seen.
  await new Promise((resolve) => setTimeout(resolve, 5));
  return given;
}

describe('checkDiscordSignature', () => {
  it('accepts a signature by the application key over the timestamp and body, once', async () => {
    expect(await verdicts(signatureOf(keys.privateKey, timestamp, body), timestamp)).toEqual([true]);
  });

  it('refuses a signature by another key, once', async () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    expect(await verdicts(signatureOf(other, timestamp, body), timestamp)).toEqual([false]);
  });

  it('refuses a signature over another body', async () => {
    expect(await verdicts(signatureOf(keys.privateKey, timestamp, Buffer.from('{}')), timestamp)).toEqual([false]);
  });

  it('accepts a timestamp 5 minutes old and refuses one a second older', async () => {
    const fiveMinutes = String(NOW_MS / 1000 - 300);
    const older = String(NOW_MS / 1000 - 301);
    expect(await verdicts(signatureOf(keys.privateKey, fiveMinutes, body), fiveMinutes)).toEqual([true]);
    expect(await verdicts(signatureOf(keys.privateKey, older, body), older)).toEqual([false]);
  });

  it.each([
    ['a missing signature', undefined, timestamp],
    ['a signature that is not hex', 'zz'.repeat(64), timestamp],
    ['a signature of the wrong length', 'ab'.repeat(63), timestamp],
    ['a missing timestamp', 'ab'.repeat(64), undefined],
    ['a timestamp that is not a number', 'ab'.repeat(64), '17e8'],
  ])('refuses %s without verifying', async (_case, signature, signedTimestamp) => {
    expect(await verdicts(signature, signedTimestamp)).toEqual([false]);
  });

  it('refuses, without throwing, when the key is not an Ed25519 key', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(await verdicts(signatureOf(keys.privateKey, timestamp, body), timestamp, rsa)).toEqual([false]);
  });
});
