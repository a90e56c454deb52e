// A list of policy ids from a caller, read once and checked before any work: an array (not
// a string, not a hostile Proxy), short, without holes or repeats, every id known. Every
// function of this folder that takes ids reads them here, so each throws the same typed errors.
import { InvalidArgumentError } from '../core/errors.js';
import type { Policy, PolicyId } from '../core/types.js';
import { isPolicy } from '../define/define.js';
import { getPolicy } from '../policies/index.js';

/** More ids than there are policies is a mistake, whatever they are: refused before reading them. */
export const MAX_IDS = 16;

/**
 * The ids as a fresh array of known policy ids.
 * @throws InvalidArgumentError for anything but a non-empty array of at most MAX_IDS strings without holes or repeats (or, with `allowed`, one of those);
 * UnknownPolicyError for an id the library does not know.
 */
export function readIds(value: unknown, name: string, allowed?: readonly string[]): PolicyId[] {
  const expected = `a non-empty array of at most ${MAX_IDS} distinct policy ids${allowed ? ` (${allowed.join(', ')})` : ''}`;
  const ids: string[] = [];
  try {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IDS) throw new Error();
    for (let i = 0; i < value.length; i++) {
      if (!Object.hasOwn(value, i)) throw new Error();
      const id: unknown = value[i];
      if (typeof id !== 'string') throw new Error();
      ids.push(id);
    }
  } catch {
    // A string, a sparse or huge array, a Proxy whose reading throws: one error naming the argument.
    throw new InvalidArgumentError(name, expected, value);
  }
  // getPolicy knows only the bundled ids.
  const out = ids.map((id) => getPolicy(id).id as PolicyId);
  if (new Set(out).size !== out.length) throw new InvalidArgumentError(name, expected, value);
  if (allowed && !out.every((id) => allowed.includes(id))) throw new InvalidArgumentError(name, expected, value);
  return out;
}

/**
 * Policies named by id or given as policy objects (made by `definePolicy`), read as
 * `readIds` reads ids: a fresh array of policies, without repeats of an id.
 * @throws InvalidArgumentError as `readIds` does, and for an object that is not a defined policy;
 * UnknownPolicyError for an id the library does not know.
 */
export function readPolicies(value: unknown, name: string): Policy[] {
  const expected = `a non-empty array of at most ${MAX_IDS} distinct policy ids or policies made by definePolicy`;
  const items: unknown[] = [];
  try {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IDS) throw new Error();
    for (let i = 0; i < value.length; i++) {
      if (!Object.hasOwn(value, i)) throw new Error();
      const item: unknown = value[i];
      if (typeof item !== 'string' && !isPolicy(item)) throw new Error();
      items.push(item);
    }
  } catch {
    throw new InvalidArgumentError(name, expected, value);
  }
  const out = items.map((item) => (typeof item === 'string' ? getPolicy(item) : (item as Policy)));
  if (new Set(out.map((p) => p.id)).size !== out.length) throw new InvalidArgumentError(name, expected, value);
  return out;
}
