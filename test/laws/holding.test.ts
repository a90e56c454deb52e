// The laws issue 18 measured as holding, kept as seeded properties so that every policy,
// now and later, inherits them: determinism, key order and decimal spellings, both
// languages, improving a fact, and additions to a year record.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, evaluate, type PolicyId, type Report } from '../../src/index.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const AS_OF = '2026-11-22';
const RUNS = { seed: 20261129, numRuns: 200 };
const EXAMPLES: [PolicyId, string, unknown][] = [
  ['national', 'studio', read('national/eligible-studio.json')],
  ['national', 'studio', read('national/ineligible-studio.json')],
  ['tianjin', 'studio', read('tianjin/studio-application.json')],
  ['pingdingshan', 'studio', read('pingdingshan/studio-application.json')],
  ['pingdingshan', 'mentor', read('pingdingshan/mentor.json')],
  ['taiyuan', 'expert', read('taiyuan/candidate.json')],
];
const run = (policy: PolicyId, subject: string, input: unknown): Report =>
  check(policy, subject as never, input, { asOf: AS_OF });
const statuses = (r: Report) => r.results.map((x) => `${x.ruleId}:${x.status}`);

/** The same data with every object's keys in another order. */
function reorder(value: unknown, flip: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, flip));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (flip) keys.reverse();
  return Object.fromEntries(keys.map((k) => [k, reorder((value as Record<string, unknown>)[k], !flip)]));
}

describe('laws that hold for every policy', () => {
  it('running twice gives identical JSON', () => {
    for (const [policy, subject, input] of EXAMPLES)
      expect(JSON.stringify(run(policy, subject, input))).toBe(JSON.stringify(run(policy, subject, input)));
  });

  it('the order of keys never changes a result', () => {
    for (const [policy, subject, input] of EXAMPLES) {
      const a = run(policy, subject, input);
      const b = run(policy, subject, reorder(input, true));
      expect(statuses(b)).toEqual(statuses(a));
      expect(b.verdict).toBe(a.verdict);
    }
  });

  it('decimal spellings of the same amount give the same result (100, "100", "100.0", "0100")', () => {
    const app = read('tianjin/studio-application.json');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.nat({ max: 3 }), (n, spelling) => {
        const spelled = [n, String(n), `${n}.0`, `0${n}`][spelling] as number | string;
        const a = run('tianjin', 'studio', { ...app, venue: { ...app.venue, areaSqm: n } });
        const b = run('tianjin', 'studio', { ...app, venue: { ...app.venue, areaSqm: spelled } });
        expect(statuses(b)).toEqual(statuses(a));
      }),
      RUNS,
    );
  });

  it('a report carries both languages, so zh and en never differ in a status', () => {
    for (const [policy, subject, input] of EXAMPLES)
      for (const r of run(policy, subject, input).results) {
        expect(r.message.zh.length).toBeGreaterThan(0);
        expect(r.message.en.length).toBeGreaterThan(0);
      }
  });
});

describe('improving a single quantitative fact never turns a passing rule into a failing one', () => {
  const passing = (r: Report) => new Set(r.results.filter((x) => x.status === 'pass').map((x) => x.ruleId));
  const cases: [string, PolicyId, unknown, (app: Record<string, unknown>, k: number) => Record<string, unknown>][] = [
    [
      'tianjin: a larger venue',
      'tianjin',
      read('tianjin/studio-application.json'),
      (a, k) => ({
        ...a,
        venue: { ...(a.venue as object), areaSqm: 80 + k },
      }),
    ],
    [
      'tianjin: a longer use right',
      'tianjin',
      read('tianjin/studio-application.json'),
      (a, k) => ({
        ...a,
        venue: { ...(a.venue as object), useRightUntil: `${2027 + Math.floor(k / 20)}-06-30` },
      }),
    ],
    [
      'national: an earlier start of mentoring',
      'national',
      read('national/eligible-studio.json'),
      (a, k) => ({
        ...a,
        leads: (a.leads as object[]).map((l) => ({ ...l, mentoringSince: `${2025 - Math.floor(k / 14)}-03-01` })),
      }),
    ],
  ];
  for (const [label, policy, base, improve] of cases) {
    it(label, () => {
      fc.assert(
        fc.property(fc.nat({ max: 200 }), fc.nat({ max: 200 }), (x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const before = passing(run(policy, 'studio', improve(base as Record<string, unknown>, lo)));
          const after = passing(run(policy, 'studio', improve(base as Record<string, unknown>, hi)));
          for (const id of before) expect(after.has(id), id).toBe(true);
        }),
        RUNS,
      );
    });
  }
});

describe('a year record', () => {
  const year = read('tianjin/year-record.json');
  const period = { from: '2025-06-20', to: '2026-06-19', asOf: AS_OF };
  const order = [null, 'fail', 'pass', 'good', 'excellent'];
  const rank = (g: string | null) => order.indexOf(g);
  const activity = fc.record({
    day: fc.integer({ min: 0, max: 364 }),
    kind: fc.constantFrom('training', 'policy_consultation', 'exchange_guidance', 'financing_matchmaking'),
  });
  const dated = (from: string, day: number) => {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + day);
    return d.toISOString().slice(0, 10);
  };

  it('additions inside the period never lower the grade', () => {
    const base = evaluate('tianjin', year, period);
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 5 }), (added) => {
        const more = {
          ...year,
          activities: [...year.activities, ...added.map((a) => ({ date: dated(period.from, a.day), kind: a.kind }))],
        };
        const r = evaluate('tianjin', more, period);
        expect(rank(r.grade)).toBeGreaterThanOrEqual(rank(base.grade));
      }),
      RUNS,
    );
  });

  it('additions outside the period change nothing', () => {
    const base = evaluate('tianjin', year, period);
    fc.assert(
      fc.property(fc.array(activity, { minLength: 1, maxLength: 5 }), (added) => {
        const outside = added.map((a) => ({ date: dated('2026-06-20', a.day), kind: a.kind }));
        const r = evaluate('tianjin', { ...year, activities: [...year.activities, ...outside] }, period);
        expect(r.grade).toBe(base.grade);
        expect(r.score).toBe(base.score);
      }),
      RUNS,
    );
  });
});
