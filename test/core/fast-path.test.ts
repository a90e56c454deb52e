// checkPolicy takes a clean application through a compiled guard (core/guard.ts) and
// anything else through readInput and zod. Which path a report took must not show: the
// same input gives the same report with the guard switched off.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const guardOn = vi.hoisted(() => ({ value: true }));
vi.mock('../../src/core/guard.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/guard.js')>();
  return { ...original, guardOf: (schema: never) => (guardOn.value ? original.guardOf(schema) : null) };
});
const { check } = await import('../../src/index.js');
const { guardOf } = await import('../../src/core/guard.js');
const { policies } = await import('../../src/index.js');

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const EXAMPLES = [
  ['national', 'studio', 'national/eligible-studio.json'],
  ['national', 'studio', 'national/ineligible-studio.json'],
  ['national', 'studio', 'national/incomplete-studio.json'],
  ['tianjin', 'studio', 'tianjin/studio-application.json'],
  ['pingdingshan', 'studio', 'pingdingshan/studio-application.json'],
  ['pingdingshan', 'mentor', 'pingdingshan/mentor.json'],
] as const; // Taiyuan's expert schema has no guard: it always takes the full path.

describe('the fast path and the full path give the same report', () => {
  it.each(EXAMPLES)('%s %s: %s', (policy, subject, path) => {
    const input = read(path);
    const spec = policies[policy]?.checks[subject];
    guardOn.value = true;
    const fast = check(policy, subject as never, input, { asOf: '2026-11-22' });
    // The example does take the fast path, or this test would compare the full path with itself.
    expect(spec && guardOf(spec.schema)?.(input)).toBe(true);
    guardOn.value = false;
    const full = check(policy, subject as never, input, { asOf: '2026-11-22' });
    guardOn.value = true;
    expect(full).toEqual(fast);
  });
});
