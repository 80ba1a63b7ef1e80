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
 * Whether a request really comes from Discord: an Ed25519 signature (X-Signature-Ed25519) over
 * X-Signature-Timestamp followed by the body, with a timestamp no more than 5 minutes off.
 * Anything missing or malformed is simply `false`.
 */
export function isSignedByDiscord(
  key: KeyObject,
  signature: unknown,
  timestamp: unknown,
  body: Buffer,
  nowMs = Date.now(),
): boolean {
  if (typeof signature !== 'string' || !/^[0-9a-f]{128}$/i.test(signature)) return false;
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_REQUEST_AGE_SECONDS) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}
