import { describe, expect, it } from 'vitest';
import { recognitionTimeline } from '../../../src/policies/pingdingshan/index.js';

// 第六条（四）: "公示5个工作日。公示无异议，市人力资源和社会保障局发文确认。"
const DATES = {
  notice: '2026-09-01',
  recommendation: '2026-09-15',
  expertReview: '2026-09-25',
  publicity: '2026-09-28',
};
const AS_OF = { asOf: '2026-10-30' };
const ids = (r: { steps: { id: string }[] }) => r.steps.map((s) => s.id);

describe('an objection during publicity, 第六条（四）', () => {
  it('on the first and on the last day of publicity (09-28 … 10-09): the procedure stops after it', () => {
    for (const objection of ['2026-09-28', '2026-10-09']) {
      const r = recognitionTimeline({ ...DATES, objection }, AS_OF);
      expect(ids(r)).toEqual(['notice', 'recommendation', 'expertReview', 'publicity']);
      expect(r.outcome).toMatchObject({ status: 'stopped', next: null });
      expect(r.outcome?.clauses.at(-1)).toBe('第六条（四）');
      expect(r.outcome?.reason.zh).toContain(`公示期内有异议（${objection}）：第六条（四）以“公示无异议”为前提`);
      expect(r.problems).toEqual([]);
    }
  });
  it('the day before it starts and the day after it ends: not an objection to it, a warning, every step kept', () => {
    for (const objection of ['2026-09-27', '2026-10-10']) {
      const r = recognitionTimeline({ ...DATES, objection }, AS_OF);
      expect(r.outcome).toBeUndefined();
      expect(ids(r)).toHaveLength(6);
      expect(r.problems).toMatchObject([
        { path: ['objection'], code: 'objection_outside_publicity', severity: 'warning' },
      ]);
    }
  });
  it('a confirmation recorded after the objection is left out with a warning naming it', () => {
    const r = recognitionTimeline({ ...DATES, objection: '2026-10-08', confirmation: '2026-10-12' }, AS_OF);
    expect(ids(r)).not.toContain('confirmation');
    expect(r.problems).toMatchObject([{ path: ['confirmation'], code: 'after_objection' }]);
  });
  it('an impossible objection date is a problem at its path, not a stop', () => {
    const r = recognitionTimeline({ ...DATES, objection: '2026-10-32' }, AS_OF);
    expect(r.problems).toMatchObject([{ path: ['objection'] }]);
    expect(r.outcome).toBeUndefined();
  });
});
