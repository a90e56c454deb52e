// When every completion of the missing facts gives the same status, that status is the
// result (issue 11.6): a start-up founded in 2001 and served in 2026 is not a new start-up,
// whatever its first service date.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveParameters, textValues } from '../../../src/core/parameters.js';
import { sameForEveryDate } from '../../../src/core/rules.js';
import type { RuleContext } from '../../../src/core/types.js';
import { getPolicy } from '../../../src/index.js';

const gate = getPolicy('tianjin').evaluation?.gates.find((g) => g.id === 'tianjin.evaluation.new_startups');
if (!gate) throw new Error('no gate');
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const ctx: RuleContext = { asOf: YEAR.to, period: YEAR, param: textValues };
const contextUnder = (readings: Record<string, unknown>): RuleContext => {
  const { param } = resolveParameters(getPolicy('tianjin'), { readings }, []);
  return { ...ctx, param };
};
type Startup = { foundedOn?: string; firstServedOn?: string };
/** Ten start-ups: nine that count and one under test (the minimum is 10). */
const nine: Startup[] = Array.from({ length: 9 }, () => ({ foundedOn: '2025-01-01', firstServedOn: '2026-03-01' }));
const with10th = (s: Startup, readings?: Record<string, unknown>) =>
  gate.check({ servedStartups: [...nine, s] } as never, readings ? contextUnder(readings) : ctx);

describe('a missing date that cannot change the outcome is decided', () => {
  it('founded 2001, no service date: not a new start-up in 2026 (fail, nothing asked)', () => {
    const r = with10th({ foundedOn: '2001-05-01' });
    expect(r.status).toBe('fail');
    expect(r.missing).toBeUndefined();
  });
  it('founded 2023-01-01, no service date: the third anniversary 2026-01-01 still lies in the year — unknown', () => {
    expect(with10th({ foundedOn: '2023-01-01' })).toMatchObject({
      status: 'unknown',
      missing: ['servedStartups.9.firstServedOn'],
    });
    // Excluding the anniversary, 2022-12-31 → 2025-12-31 closes before the year: decided.
    expect(with10th({ foundedOn: '2022-12-31' }).status).toBe('fail');
    expect(with10th({ foundedOn: '2023-01-01' }, { 'evaluation.startupAgeInclusive': false }).status).toBe('fail');
    expect(with10th({ foundedOn: '2023-01-02' }, { 'evaluation.startupAgeInclusive': false }).status).toBe('unknown');
  });
  it('served in 2025, no founding date: outside the period, so not counted whatever the founding', () => {
    expect(with10th({ firstServedOn: '2025-12-31' }).status).toBe('fail');
    expect(with10th({ firstServedOn: '2026-01-01' })).toMatchObject({
      status: 'unknown',
      missing: ['servedStartups.9.foundedOn'],
    });
  });
  it('enough qualified with one unknown passes; too few even if every unknown qualified fails', () => {
    const ten = [...nine, nine[0] as Startup, { firstServedOn: '2026-05-01' }];
    expect(gate.check({ servedStartups: ten } as never, ctx).status).toBe('pass');
    const eight = [...nine.slice(1), { firstServedOn: '2026-05-01' }];
    expect(gate.check({ servedStartups: eight } as never, ctx).status).toBe('fail');
  });
});

const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000));
const iso = day.map((d) => d.toISOString().slice(0, 10));

describe('property: a decided status is the status of every completion', () => {
  it('a missing first service date', () => {
    fc.assert(
      fc.property(iso, iso, (founded, served) => {
        const without = with10th({ foundedOn: founded }).status;
        if (without === 'unknown') return;
        expect(with10th({ foundedOn: founded, firstServedOn: served }).status).toBe(without);
      }),
      { seed: 42, numRuns: 400 },
    );
  });
  it('a missing founding date', () => {
    fc.assert(
      fc.property(iso, iso, (founded, served) => {
        const without = with10th({ firstServedOn: served }).status;
        if (without === 'unknown') return;
        expect(with10th({ foundedOn: founded, firstServedOn: served }).status).toBe(without);
      }),
      { seed: 42, numRuns: 400 },
    );
  });
  it('sameForEveryDate: constant between breakpoints is found; a change is not hidden', () => {
    expect(sameForEveryDate((d) => (d >= '2026-01-01' ? 'pass' : 'fail'), ['2026-01-01'])).toBeUndefined();
    // The day after a breakpoint is tried: a change there is seen.
    expect(sameForEveryDate((d) => (d > '2026-12-31' ? 'pass' : 'fail'), ['2026-12-31'])).toBeUndefined();
    expect(sameForEveryDate((d) => (d > '2026-12-31' ? 'fail' : 'fail'), ['2026-01-01', '2026-12-31'])).toBe('fail');
    expect(sameForEveryDate(() => 'pass', ['99999-01-01'])).toBeUndefined();
  });
});
