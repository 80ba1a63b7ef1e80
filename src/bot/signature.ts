import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** DER header of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** How old a request's timestamp may be, in seconds: older ones are refused as replays. */
const MAX_REQUEST_AGE_SECONDS = 5 * 60;

/** The application's public key (64 hex characters, from the Developer Portal) as a key object. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/**
 * Checks that a request really comes from Discord, then calls `done` once with the verdict: an
 * Ed25519 signature (X-Signature-Ed25519) over X-Signature-Timestamp followed by the body, with
 * a timestamp no more than 5 minutes off. Anything missing or malformed is simply `false`.
 * The Ed25519 check, a quarter of a millisecond, runs on libuv's thread pool: meanwhile the event
 * loop goes on answering the requests already verified, as a burst of interactions needs.
 */
export function checkDiscordSignature(
  key: KeyObject,
  signature: unknown,
  timestamp: unknown,
  body: Buffer,
  done: (signed: boolean) => void,
  nowMs = Date.now(),
): void {
  const signed = signedParts(signature, timestamp, body, nowMs);
  if (signed === undefined) {
    done(false);
    return;
  }
  try {
    verify(null, signed.message, key, signed.signature, (error, valid) => done(error === null && valid));
  } catch {
    done(false);
  }
}

/** The message and signature to verify, or undefined when the headers cannot be Discord's. */
function signedParts(
  signature: unknown,
  timestamp: unknown,
  body: Buffer,
  nowMs: number,
): { message: Buffer; signature: Buffer } | undefined {
  if (typeof signature !== 'string' || !/^[0-9a-f]{128}$/i.test(signature)) return undefined;
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return undefined;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_REQUEST_AGE_SECONDS) return undefined;
  return { message: Buffer.concat([Buffer.from(timestamp), body]), signature: Buffer.from(signature, 'hex') };
}
