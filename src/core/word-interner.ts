import type { GrowableArray } from './growable-array.js';
import { forEachWord, isAsciiText, UNITED_STATES, unitedStatesLength } from './text.js';

/**
 * Gives each distinct folded word a small integer id while scanning texts.
 *
 * Why not a Map<string, number>: building an index looks up every token, millions of them, and
 * a string Map costs a fresh substring plus a string hash and compare per token (about 0.3 µs
 * each, most of the build). For ASCII text this scans character codes, hashes them as it goes
 * and probes an open-addressing table of ids, creating a string only for a word never seen.
 * Everything else (non-ASCII text, words with apostrophes) takes the general tokenizer, so both
 * paths give the same words.
 */
export class WordInterner {
  /** The words, by id. */
  readonly words: string[] = [];
  // Open addressing, SLOT numbers per slot: both hashes (the second mixed with the length) and
  // the id (-1: empty), side by side so a probe reads one place in memory.
  private table = new Int32Array(SLOT * 4096).fill(-1);
  private mask = 4095;

  /** Appends the id of each word of the text to `ids`, and where it starts to `starts`. */
  scan(text: string, ids: GrowableArray<Uint32Array>, starts: GrowableArray<Uint16Array>): void {
    if (!isAsciiText(text)) {
      forEachWord(text, (word, start) => this.append(this.idOf(word), start, ids, starts));
      return;
    }
    // Case is folded code by code (A-Z to a-z) rather than by lower-casing the whole text,
    // which would copy every text once more.
    const length = text.length;
    let i = 0;
    while (i < length) {
      let code = lowerCode(text.charCodeAt(i));
      if (!isWordCode(code)) {
        i++;
        continue;
      }
      const start = i;
      let hash = FNV_OFFSET;
      let check = CHECK_OFFSET;
      while (i < length && isWordCode((code = lowerCode(text.charCodeAt(i))))) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        check = Math.imul(check + code, CHECK_PRIME) ^ (check >>> 15);
        i++;
      }
      if (code === APOSTROPHE && i + 1 < length && isWordCode(lowerCode(text.charCodeAt(i + 1)))) {
        // "armenia's", "don't": rare; the general tokenizer folds them.
        let end = i + 1;
        while (end < length && (isWordCode(lowerCode(text.charCodeAt(end))) || text.charCodeAt(end) === APOSTROPHE))
          end++;
        forEachWord(text.slice(start, end), (word, offset) =>
          this.append(this.idOf(word), start + offset, ids, starts),
        );
        i = end;
        continue;
      }
      // "US", "U.S.", "United States": the country, as forEachWord reads it.
      const unitedStates =
        text.charCodeAt(start) === CODE_U && (i - start <= 3 || i - start === 6) ? unitedStatesLength(text, start) : 0;
      if (unitedStates > 0) {
        this.append(this.idOf(UNITED_STATES), start, ids, starts);
        i = start + unitedStates;
        // A name ending in a letter runs on through an apostrophe and letters, as the tokenizer
        // reads a word ("States's"); what follows is read.
        if (isLetterCode(lowerCode(text.charCodeAt(i - 1))))
          while (text.charCodeAt(i) === APOSTROPHE && isLetterCode(lowerCode(text.charCodeAt(i + 1)))) {
            i++;
            while (i < length && isLetterCode(lowerCode(text.charCodeAt(i)))) i++;
          }
        continue;
      }
      check ^= (i - start) << 24;
      let id = this.find(hash, check);
      if (id < 0) id = this.add(text.slice(start, i).toLowerCase(), hash, check);
      this.append(id, start, ids, starts);
    }
  }

  /** The id of a folded word, added if new. */
  idOf(word: string): number {
    const [hash, check] = hashesOf(word);
    const id = this.find(hash, check);
    return id >= 0 ? id : this.add(word, hash, check);
  }

  private append(id: number, start: number, ids: GrowableArray<Uint32Array>, starts: GrowableArray<Uint16Array>): void {
    ids.push(id);
    starts.push(Math.min(start, 0xffff));
  }

  /** The id of the word with these hashes, or -1. */
  private find(hash: number, check: number): number {
    const table = this.table;
    const mask = this.mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const id = table[at + 2]!;
      if (id < 0) return -1;
      if (table[at] === hash && table[at + 1] === check) return id;
    }
  }

  private add(word: string, hash: number, check: number): number {
    const id = this.words.length;
    this.words.push(word);
    // Keep the table at most half full, so probes stay short.
    if (this.words.length * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    this.place(hash, check, id);
    return id;
  }

  private rehash(size: number): void {
    const old = this.table;
    this.table = new Int32Array(SLOT * size).fill(-1);
    this.mask = size - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 2]! >= 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
    }
  }

  private place(hash: number, check: number, id: number): void {
    let slot = hash & this.mask;
    while (this.table[SLOT * slot + 2]! >= 0) slot = (slot + 1) & this.mask;
    this.table.set([hash, check, id], SLOT * slot);
  }
}

const CODE_U = 85;
const isLetterCode = (code: number) => code >= 97 && code <= 122;
const APOSTROPHE = 39;
const SLOT = 3;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const CHECK_OFFSET = 0x2545f491;
const CHECK_PRIME = 0x9e3779b1 | 0;

/** A-Z to a-z; any other code as it is. */
function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** a-z or 0-9: what an ASCII word is made of once lower-cased. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Both hashes of a word, exactly as the scan computes them. */
function hashesOf(word: string): [number, number] {
  let hash = FNV_OFFSET;
  let check = CHECK_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    hash = Math.imul(hash ^ code, FNV_PRIME);
    check = Math.imul(check + code, CHECK_PRIME) ^ (check >>> 15);
  }
  return [hash, check ^ (word.length << 24)];
}
