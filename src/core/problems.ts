// Problems collected in a bounded list, in the input's order of paths. Apart from input.ts
// (which reads input with zod) so that a subpath without schemas (the handbook) stays small.
import { render } from './messages.js';
import type { InputProblem } from './types.js';

/** A report lists at most this many problems of one kind, then counts the rest. */
export const PROBLEMS_PER_KIND = 20;

/**
 * Problems collected in a bounded list: past PROBLEMS_PER_KIND of one code, only a count
 * is kept, so 150,000 unknown keys make a readable report of bounded size.
 */
export class ProblemList {
  private readonly kept: InputProblem[] = [];
  private readonly seen = new Map<string, number>();
  private readonly omitted = new Map<string, { count: number; error: boolean }>();

  add(p: InputProblem): void {
    const n = (this.seen.get(p.code) ?? 0) + 1;
    this.seen.set(p.code, n);
    if (n <= PROBLEMS_PER_KIND) {
      this.kept.push(p);
      return;
    }
    const o = this.omitted.get(p.code) ?? { count: 0, error: false };
    o.count++;
    o.error ||= p.severity === 'error';
    this.omitted.set(p.code, o);
  }

  addAll(list: readonly InputProblem[]): void {
    for (const p of list) this.add(p);
  }

  get size(): number {
    return this.kept.length + this.omitted.size;
  }

  hasError(): boolean {
    return this.kept.some((p) => p.severity === 'error');
  }

  /** The problems in the input's order of paths, then one count per kind left out. */
  list(): InputProblem[] {
    const out = this.kept.slice().sort((a, b) => comparePaths(a.path, b.path));
    for (const [kind, o] of this.omitted)
      out.push({
        path: [],
        code: 'more_problems',
        severity: o.error ? 'error' : 'warning',
        message: render('more_problems', { count: o.count, kind }),
      });
    return out;
  }
}

/** Orders paths as the input reads: keys by name, array items by index, parents first. */
export function comparePaths(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    // Stryker disable next-line EqualityOperator: siblings are all indices or all keys, so String(x) ≠ String(y) here
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** An issue's path: the data is readInput's copy, which has no symbol key. */
