// Nothing a caller passes makes a public function throw anything but its documented typed
// errors, and every report has its verdict.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { validateName } from '../../src/core/naming.js';
import { check, evaluate, FORMATS, isLibraryError, type PolicyId, policies, renderReport } from '../../src/index.js';
import { naming } from '../../src/policies/tianjin/parameters.js';
import { EXAMPLES, hostileOptions, hostileValue } from './values.js';

const RUNS = { seed: 20261129, numRuns: 10_000 };
// Ten thousand hostile values per entry point take seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });
const VERDICTS = ['eligible', 'ineligible', 'incomplete', 'invalid'];

/** Calls f; passes when it returns or throws one of the library's typed errors. */
function onlyTypedErrors<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (isLibraryError(e)) return undefined;
    throw e;
  }
}

describe('check and evaluate never throw on bad input', () => {
  const pairs = Object.values(policies).flatMap((p) =>
    p ? p.subjects.map((s) => [p.id as PolicyId, s] as const) : [],
  );

  it('check(policy, subject, anything) has a verdict, for every registered policy and subject', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), hostileValue, ([policy, subject], input) => {
        const report = check(policy, subject as never, input(), { asOf: '2026-11-22' });
        expect(VERDICTS).toContain(report.verdict);
        expect(JSON.parse(JSON.stringify(report)).verdict).toBe(report.verdict);
        expect(report.problems.length).toBeLessThanOrEqual(200);
      }),
      RUNS,
    );
  });

  it('check with hostile options throws only typed errors', () => {
    fc.assert(
      fc.property(hostileOptions, (options) => {
        const report = onlyTypedErrors(() => check('national', 'studio', EXAMPLES.national, options() as never));
        if (report) expect(VERDICTS).toContain(report.verdict);
      }),
      RUNS,
    );
  });

  it('check with hostile policy and subject ids throws only typed errors', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileValue,
          fc.constantFrom('national', 'toString', '__proto__', 'constructor').map((v) => () => v),
        ),
        fc.oneof(
          hostileValue,
          fc.constantFrom('studio', 'toString', 'hasOwnProperty', '__proto__').map((v) => () => v),
        ),
        (policy, subject) => {
          onlyTypedErrors(() => check(policy() as never, subject() as never, EXAMPLES.national));
        },
      ),
      RUNS,
    );
  });

  it('evaluate(policy, anything, hostile options) has a grade or null, and never throws but typed errors', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('tianjin', 'pingdingshan' as const),
        hostileValue,
        fc.oneof(
          hostileOptions,
          hostileValue.map((s) => () => ({ standard: s() })),
        ),
        (policy, input, options) => {
          const report = onlyTypedErrors(() => evaluate(policy, input(), options() as never));
          if (report) expect([null, 'excellent', 'good', 'pass', 'fail']).toContain(report.grade);
        },
      ),
      RUNS,
    );
  });

  it('standards whose ids are names of Object.prototype are scored like any other', () => {
    const standard = {
      id: 'x',
      label: { zh: 'x', en: 'x' },
      areas: [
        {
          id: 'a',
          label: { zh: 'a', en: 'a' },
          clause: '四（一）',
          items: ['constructor', '__proto__', 'toString', 'hasOwnProperty'].map((id) => ({
            id,
            label: { zh: id, en: id },
            points: 25,
            measure: { kind: 'count', count: id, target: 1 },
          })),
        },
      ],
      cutoffs: { excellent: 90, good: 75, pass: 60 },
    };
    // No count of the policy has these names, so the items stay unscored: never a crash.
    const report = evaluate('tianjin', EXAMPLES.year, { from: '2025-07-01', to: '2026-06-30', standard });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.areas[0]?.items.map((i) => i.points)).toEqual([null, null, null, null]);
    // An assessed item named toString reads the record's own assessment, not Object.prototype's.
    const assessed = structuredClone(standard);
    for (const item of assessed.areas[0]?.items ?? []) item.measure = { kind: 'assessed' } as never;
    const year = { ...(EXAMPLES.year as object), assessments: { toString: 0.5 } };
    const scored = evaluate('tianjin', year, { from: '2025-07-01', to: '2026-06-30', standard: assessed });
    expect(scored.areas[0]?.items.map((i) => i.points)).toEqual([null, null, '12.5', null]);
  });
});

describe('a reactive application checks as the plain one', () => {
  it('Proxies of the examples give the same reports', () => {
    const plain = check('tianjin', 'studio', EXAMPLES.tianjin, { asOf: '2026-11-22' });
    const wrapped = new Proxy(structuredClone(EXAMPLES.tianjin) as object, {});
    expect(check('tianjin', 'studio', wrapped, { asOf: '2026-11-22' })).toEqual(plain);
  });

  it('a throwing getter is a problem at its path', () => {
    const input = Object.defineProperty({ ...(EXAMPLES.national as object) }, 'staff', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const report = check('national', 'studio', input, { asOf: '2026-11-22' });
    expect(report.problems).toContainEqual(expect.objectContaining({ path: ['staff'], code: 'unreadable' }));
  });

  it('a cycle is a problem at the path that closes it', () => {
    const input: Record<string, unknown> = { ...(EXAMPLES.national as object) };
    input.venue = { fixed: true, again: input };
    const report = check('national', 'studio', input, { asOf: '2026-11-22' });
    expect(report.problems).toContainEqual(expect.objectContaining({ path: ['venue', 'again'], code: 'cycle' }));
  });
});

describe('bounded reports', () => {
  it('150,000 unknown keys: no stack overflow, at most PROBLEMS_PER_KIND listed and a count of the rest', () => {
    const input: Record<string, number> = {};
    for (let i = 0; i < 150_000; i++) input[`k${i}`] = i;
    const report = check('national', 'studio', input, { asOf: '2026-11-22' });
    const unknown = report.problems.filter((p) => p.code === 'unknown_key');
    expect(unknown).toHaveLength(20);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        code: 'more_problems',
        message: expect.objectContaining({ en: expect.stringContaining('149980 more') }),
      }),
    );
  });

  it('an adversarial name just under and far over the cap is checked within milliseconds', () => {
    for (const length of [99, 100, 101, 100_000]) {
      const name = '天津市'.repeat(Math.ceil(length / 3)).slice(0, length);
      for (const [policy, base] of [
        ['national', EXAMPLES.national],
        ['tianjin', EXAMPLES.tianjin],
      ] as const) {
        const started = performance.now();
        const report = check(policy, 'studio', { ...(base as object), name }, { asOf: '2026-11-22' });
        expect(performance.now() - started).toBeLessThan(100);
        const tooLong = report.problems.some((p) => p.path[0] === 'name' && p.code === 'too_large');
        expect(tooLong).toBe(length > 100);
      }
      const started = performance.now();
      validateName(naming, name, { leadName: '天津市', specialty: '天津市' });
      expect(performance.now() - started).toBeLessThan(50);
    }
  });
});

describe('renderReport', () => {
  const reports = [
    check('national', 'studio', EXAMPLES.national, { asOf: '2026-11-22' }),
    check('tianjin', 'studio', { leads: [], staff: 3 }, { asOf: '2026-11-22' }),
    evaluate('tianjin', EXAMPLES.year, { from: '2025-07-01', to: '2026-06-30' }),
  ];

  it('renders every report made from hostile input, in every format and language', () => {
    fc.assert(
      fc.property(hostileValue, fc.constantFrom(...FORMATS), fc.constantFrom('zh', 'en'), (input, format, lang) => {
        const report = check('tianjin', 'studio', input(), { asOf: '2026-11-22' });
        expect(typeof renderReport(report, { format, lang: lang as 'zh' | 'en' })).toBe('string');
      }),
      RUNS,
    );
  });

  it('unknown formats and languages, and values that are not reports, are typed errors', () => {
    fc.assert(
      fc.property(hostileValue, hostileOptions, (report, options) => {
        onlyTypedErrors(() => renderReport(report() as never, options() as never));
        for (const r of reports) onlyTypedErrors(() => renderReport(r, options() as never));
      }),
      RUNS,
    );
    expect(() => renderReport(reports[0] as never, { lang: 'fr' as never })).toThrow(
      /unknown language "fr"; supported: zh, en/,
    );
    expect(() => renderReport(reports[0] as never, { format: 'pdf' as never })).toThrow(/unknown format "pdf"/);
  });

  it('input-derived text cannot forge Markdown rows or drive the terminal', () => {
    const input = { ...(EXAMPLES.national as object), 'x|y\n| forged | row |\r\u001b[2J': 1, name: 'a|b\n\u001b[31m' };
    const report = check('national', 'studio', input, { asOf: '2026-11-22' });
    const md = renderReport(report, { format: 'md' });
    expect(md).not.toContain('\n| forged');
    expect(md).not.toContain('\u001b');
    expect(md).not.toContain('\r');
    const text = renderReport(report, { format: 'text' });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\r');
    expect(text).toContain('\\e[2J');
  });
});
