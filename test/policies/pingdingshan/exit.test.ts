import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exitAssessment } from '../../../src/policies/pingdingshan/index.js';
import { arbitraryHostile } from '../../helpers/arbitraries.js';

const ground = (r: ReturnType<typeof exitAssessment>, id: string) => r.grounds.find((g) => g.id === id);

describe('natural exit, 第十一条（四）1', () => {
  it('no qualified mentor: the day before the first anniversary not yet, on it (with unfitness attested) yes', () => {
    const h = { lastQualifiedMentorLeftOn: '2025-03-15', unfitToContinue: true };
    expect(exitAssessment(h, '2026-03-14')).toMatchObject({ mustExit: 'no', kind: null });
    const on = exitAssessment(h, '2026-03-15');
    expect(on).toMatchObject({ mustExit: 'yes', kind: 'natural' });
    expect(ground(on, 'noQualifiedMentor')).toMatchObject({
      status: 'met',
      since: '2026-03-15',
      clauses: ['第十一条（四）1'],
    });
    expect(on.consequence?.zh).toContain('注销');
  });
  it('"不适合存续" is attested: unknown until then, and found fit means no exit', () => {
    const open = exitAssessment({ lastQualifiedMentorLeftOn: '2024-02-29' }, '2025-02-28');
    expect(open.mustExit).toBe('unknown');
    expect(ground(open, 'noQualifiedMentor')?.missing).toEqual(['unfitToContinue']);
    expect(exitAssessment({ lastQualifiedMentorLeftOn: '2024-02-29' }, '2025-02-27').mustExit).toBe('no');
    expect(
      exitAssessment({ lastQualifiedMentorLeftOn: '2024-02-29', unfitToContinue: false }, '2026-01-01').mustExit,
    ).toBe('no');
  });
  it('a year that would end after 9999-12-31 is not reached: no exit, and no throw (it threw)', () => {
    const h = (left: string) => ({ lastQualifiedMentorLeftOn: left, unfitToContinue: true });
    expect(exitAssessment(h('9998-12-31'), '9999-12-31')).toMatchObject({ mustExit: 'yes', kind: 'natural' });
    const never = exitAssessment(h('9999-01-01'), '9999-12-31');
    expect(never).toMatchObject({ mustExit: 'no', kind: null });
    expect(ground(never, 'noQualifiedMentor')).toMatchObject({
      status: 'not_met',
      message: {
        zh: '最后一位符合条件的创业导师于9999-01-01离开，至9999-12-31仍不满一年',
        en: 'The last qualified mentor left on 9999-01-01; a year is not reached by 9999-12-31',
      },
    });
  });
  it("the host's end of legal personality, or its own request, from the day it happened", () => {
    expect(exitAssessment({ hostLegalPersonEndedOn: '2026-06-30' }, '2026-06-29').mustExit).toBe('no');
    expect(exitAssessment({ hostLegalPersonEndedOn: '2026-06-30' }, '2026-06-30').kind).toBe('natural');
    expect(exitAssessment({ hostRequestedExitOn: '2026-01-10' }, '2026-02-01').kind).toBe('natural');
  });
});

describe('forced exit, 第十一条（四）2', () => {
  it('a failed assessment forces exit only after the deadline, if still short', () => {
    const a = { failedAssessments: [{ date: '2026-01-10', rectificationDeadline: '2026-04-10', rectified: false }] };
    expect(exitAssessment(a, '2026-04-10').mustExit).toBe('no');
    expect(exitAssessment(a, '2026-04-11')).toMatchObject({ mustExit: 'yes', kind: 'forced' });
    const ok = { failedAssessments: [{ date: '2026-01-10', rectificationDeadline: '2026-04-10', rectified: true }] };
    expect(exitAssessment(ok, '2026-05-01').mustExit).toBe('no');
    const open = exitAssessment({ failedAssessments: [{ date: '2026-01-10' }] }, '2026-05-01');
    expect(ground(open, 'failedAssessments')?.missing).toEqual(['failedAssessments.0.rectificationDeadline']);
  });
  it('"serious" is attested, never guessed', () => {
    for (const [key, flag] of [
      ['fraud', 'serious'],
      ['fundMisuse', 'seriousConsequences'],
      ['misconduct', 'serious'],
    ] as const) {
      const open = exitAssessment({ [key]: [{ date: '2026-02-01' }] }, '2026-03-01');
      expect(open.mustExit).toBe('unknown');
      expect(ground(open, key)?.missing).toEqual([`${key}.0.${flag}`]);
      expect(exitAssessment({ [key]: [{ date: '2026-02-01', [flag]: false }] }, '2026-03-01').mustExit).toBe('no');
      const met = exitAssessment({ [key]: [{ date: '2026-02-01', [flag]: true }] }, '2026-03-01');
      expect(met).toMatchObject({ mustExit: 'yes', kind: 'forced' });
      expect(met.consequence?.zh).toContain('撤销');
      // An event after the as-of date has not happened yet.
      expect(exitAssessment({ [key]: [{ date: '2026-04-01', [flag]: true }] }, '2026-03-01').mustExit).toBe('no');
    }
  });
  it('a forced ground wins over a natural one; both are listed', () => {
    const r = exitAssessment(
      { hostRequestedExitOn: '2026-01-01', misconduct: [{ date: '2026-01-02', serious: true }] },
      '2026-02-01',
    );
    expect(r.kind).toBe('forced');
    expect(r.grounds.filter((g) => g.status === 'met').map((g) => g.id)).toEqual(['hostRequestedExit', 'misconduct']);
  });
});

describe('hostile input', () => {
  it('never throws; bad data is a problem and the answer is unknown', () => {
    expect(exitAssessment({ fraud: [{ date: '2026-13-01' }] }, '2026-03-01')).toMatchObject({ mustExit: 'unknown' });
    expect(exitAssessment({}, 'tomorrow').problems[0]?.path).toEqual(['asOf']);
    fc.assert(
      fc.property(arbitraryHostile, (h) => {
        expect(() => exitAssessment(h, '2026-03-01')).not.toThrow();
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
