/**
 * Reading one JSON Lines row for `candor check` and `candor eval`.
 *
 * Hand-written checks, not a schema library: they run once per line of files with
 * hundreds of thousands of lines, and a few typeof tests protect the engine just as
 * well (it needs strings where it reads text) at a fraction of the cost. Each failure
 * names the field; the caller adds the line number. Fields not named here are ignored.
 */
import type { HistoryTurn } from '../engine/types';

export interface CheckRow {
  id: string | number;
  reply: string;
  user: string | undefined;
  history: HistoryTurn[] | undefined;
}

export interface EvalRow extends CheckRow {
  /** Undefined when the line has no label at all (eval reports those together). */
  label: boolean | undefined;
  source: string | undefined;
  categories: string[];
  balancedCore: boolean;
}

/** A line that cannot be read; the message names the field. */
export class RowError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(line: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new RowError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(json)) throw new RowError('(line): expected a JSON object');
  return json;
}

/** An optional field: absent and null both mean "not given". */
function optionalString(row: Record<string, unknown>, field: string): string | undefined {
  const value = row[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new RowError(`${field}: expected a string`);
  return value;
}

function readHistory(value: unknown): HistoryTurn[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new RowError('history: expected an array of {role, text}');
  for (let i = 0; i < value.length; i++) {
    const turn: unknown = value[i];
    if (!isObject(turn)) throw new RowError(`history.${i}: expected an object with role and text`);
    if (turn.role !== 'user' && turn.role !== 'assistant') throw new RowError(`history.${i}.role: expected "user" or "assistant"`);
    if (typeof turn.text !== 'string') throw new RowError(`history.${i}.text: expected a string`);
  }
  // Extra fields on a turn are ignored by the engine, so the turns are passed as they are.
  return value as HistoryTurn[];
}

function readCheckFields(row: Record<string, unknown>): CheckRow {
  const { id, reply } = row;
  if (typeof id !== 'string' && typeof id !== 'number') throw new RowError('id: expected a string or a number');
  if (typeof reply !== 'string') throw new RowError('reply: expected a string');
  return { id, reply, user: optionalString(row, 'user'), history: readHistory(row.history) };
}

/** One line of `candor check`. Throws RowError. */
export function readCheckRow(line: string): CheckRow {
  return readCheckFields(parseJson(line));
}

/** One line of `candor eval`. Throws RowError; a missing label is not an error here. */
export function readEvalRow(line: string): EvalRow {
  const row = parseJson(line);
  const base = readCheckFields(row);
  const { label, categories, balanced_core: balancedCore } = row;
  if (label !== undefined && label !== 0 && label !== 1 && typeof label !== 'boolean') {
    throw new RowError('label: expected 1 (sycophantic) or 0 (not), or true or false');
  }
  if (categories !== undefined && !(Array.isArray(categories) && categories.every((c) => typeof c === 'string'))) {
    throw new RowError('categories: expected an array of strings');
  }
  if (balancedCore !== undefined && typeof balancedCore !== 'boolean') throw new RowError('balanced_core: expected true or false');
  return {
    ...base,
    label: label === undefined ? undefined : label === 1 || label === true,
    source: optionalString(row, 'source'),
    categories: (categories as string[] | undefined) ?? [],
    balancedCore: balancedCore === true,
  };
}
