// Issue 27 for the Taiyuan subpath: every exported function, given hostile arguments,
// returns or throws one of the library's typed errors; a result marked by the caller
// never shows in the next call's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLibraryError } from '../../../src/core/errors.js';
import * as taiyuan from '../../../src/policies/taiyuan/index.js';

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwing = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('get');
      },
      ownKeys() {
        throw new Error('ownKeys');
      },
    },
  );
const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Infinity,
    1n,
    'zzz',
    '2026-02-30',
    [],
    { asOf: 'zzz' },
    { readings: { 'term.reading': 'x' } },
    { readings: [] },
    { recordScope: 1 },
    { termReading: 'anniversary', readings: { 'term.reading': 'day-before' } },
    { scheme: { id: 1 } },
    { progress: 'yes' },
  ),
  fc.constantFrom('<revoked>', '<throwing>'),
);
// Proxies are built inside the property: fast-check cannot hold a revoked one.
const real = (v: unknown) => (v === '<revoked>' ? revoked() : v === '<throwing>' ? throwing() : v);

const functions = Object.entries(taiyuan).filter(([, v]) => typeof v === 'function') as [
  string,
  (...a: unknown[]) => unknown,
][];

describe('chuangye-rules/taiyuan: typed errors only', () => {
  it.each(functions)('%s', (_name, fn) => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        try {
          fn(real(a), real(b), real(c));
        } catch (e) {
          expect(isLibraryError(e), String(e)).toBe(true);
        }
      }),
      { seed: 27, numRuns: 300 },
    );
  });
});

describe('fresh results', () => {
  const mark = (v: unknown, seen = new Set<unknown>()): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (!Object.isFrozen(v)) (v as Record<string, unknown>).__marked = true;
    for (const x of Object.values(v)) mark(x, seen);
  };
  const marked = (v: unknown, seen = new Set<unknown>()): boolean => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return false;
    seen.add(v);
    return Object.hasOwn(v, '__marked') || Object.values(v).some((x) => marked(x, seen));
  };
  const calls: [string, () => unknown][] = [
    ['checkExpert', () => taiyuan.checkExpert({ terms: [{ appointed: '2026-03-01' }] }, { asOf: '2026-11-22' })],
    ['checkCandidate', () => taiyuan.checkCandidate({}, { asOf: '2026-11-22' })],
    ['evaluateExpert', () => taiyuan.evaluateExpert({ services: [] }, { to: '2026-12-31', asOf: '2026-11-22' })],
    ['evaluateExpert (undecided)', () => taiyuan.evaluateExpert(1, { asOf: '2026-11-22' })],
    [
      'matchExperts',
      () => taiyuan.matchExperts({ field: 'x', date: '2026-11-22' }, [{ terms: [{ appointed: '2026-03-01' }] }, {}]),
    ],
    ['selectionTimeline', () => taiyuan.selectionTimeline({ application: '2026-03-02', objection: '2026-03-01' })],
  ];
  it.each(calls)('%s: marking a result never shows in the next', (_n, call) => {
    mark(call());
    expect(marked(call())).toBe(false);
  });
});
