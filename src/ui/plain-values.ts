/**
 * Checks on stored values without zod, shared by the popup's fast readers
 * (popup/fast-readers.ts) and the fast settings reader (fast-settings.ts). Each is as
 * strict as the schemas they stand in for: a plain object has Object's prototype or none,
 * and an array's holes are read, as the schemas read them, as undefined.
 */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};
export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);
/** Keys a plain object may hold as its own but that would set a prototype on a copy. */
export const hasProtoKey = (value: Record<string, unknown>): boolean => Object.hasOwn(value, '__proto__');
/** Every item passes, holes included (Array#every skips the holes of a sparse array; the schemas read them as undefined). */
export function everyItem(items: unknown[], passes: (item: unknown) => boolean): boolean {
  for (let i = 0; i < items.length; i++) if (!passes(items[i])) return false;
  return true;
}
