/**
 * The open-addressed slot tables behind the word sets that are rebuilt for every turn
 * (caving-features.ts, features.ts): a slot array of entry numbers and, beside it, the
 * call that last wrote each slot, so a new turn empties the table by bumping its call
 * number instead of clearing it.
 */

/** A hash's first slot in a table of `mask + 1` slots (a power of two). */
export function slotOf(hash: number, mask: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
  return (mixed ^ (mixed >>> 13)) & mask;
}

/** The slots of the first `count` entries, in a table twice the size of `oldSize`, all stamped `call`. */
export function rehashedSlots(
  hashes: Int32Array,
  count: number,
  call: number,
  oldSize: number,
): { slots: Int32Array<ArrayBuffer>; slotCall: Int32Array<ArrayBuffer> } {
  const slots = new Int32Array(2 * oldSize);
  const slotCall = new Int32Array(slots.length);
  const mask = slots.length - 1;
  for (let n = 0; n < count; n++) {
    let slot = slotOf(hashes[n] as number, mask);
    while (slotCall[slot] === call) slot = (slot + 1) & mask;
    slots[slot] = n;
    slotCall[slot] = call;
  }
  return { slots, slotCall };
}
