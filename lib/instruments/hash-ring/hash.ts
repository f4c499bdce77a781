/**
 * A stable 32-bit hash for placing keys and virtual nodes on the ring. It must give the same answer in
 * every process and browser (the partitioning lesson's warning about Python's per-process `hash()`), so
 * it is written out here: FNV-1a over the key's UTF-8 bytes, then MurmurHash3's 32-bit finaliser.
 *
 * FNV-1a alone barely changes the high bits between keys that differ only in their last character
 * ("user:1", "user:2"), and the ring reads the whole 32 bits as a position; the finaliser spreads every
 * input bit over the output, so neighbouring keys land far apart.
 */

/** Positions on the ring run from 0 to RING_SIZE − 1 (the whole unsigned 32-bit range). */
export const RING_SIZE = 2 ** 32;

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const utf8 = new TextEncoder();

/** 32-bit FNV-1a of `text`'s UTF-8 bytes, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of utf8.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** MurmurHash3's fmix32: a bijection on 32-bit integers that mixes every input bit into every output bit. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Where `text` sits on the ring: an unsigned 32-bit position, the same on every machine. */
export function ringHash(text: string): number {
  return fmix32(fnv1a32(text));
}

/** A ring position as a fraction of a full turn, 0 ≤ f < 1 (0 at the top of the drawing). */
export function turnOf(position: number): number {
  return position / RING_SIZE;
}
