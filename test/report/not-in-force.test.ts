// A check dated outside the text's force: the summary says so, citing the clause — never
// "every condition is met", which would read as an approval.
import { check, renderReport } from 'chuangye-rules';
import { describe, expect, it } from 'vitest';
import { examplePolicy } from '../define/fixture.js';

const FORMATS = ['text', 'md', 'html'] as const;

describe('the summary of a not-applicable check', () => {
  it.each([
    ['2025-12-31', '2025-12-31不在本文件有效期内（2026-01-01 – 2027-12-31）'],
    ['2028-01-01', '2028-01-01不在本文件有效期内（2026-01-01 – 2027-12-31）'],
  ])('%s: not in force, citing 第三条, in every format', (asOf, words) => {
    const r = check(examplePolicy, 'studio', { mentors: 3 }, { asOf });
    expect(r.verdict).toBe('not_applicable');
    for (const format of FORMATS) {
      const zh = renderReport(r, { format, lang: 'zh' });
      expect(zh).not.toContain('所列条件均已满足');
      expect(zh).toContain(`不适用（第三条）：${words}`);
      const en = renderReport(r, { format, lang: 'en' });
      expect(en).not.toContain('Every condition checked is met');
      expect(en).toContain(`Not applicable (第三条): ${asOf} is outside`);
    }
  });
  it('inside the period, the eligible summary is unchanged (both ends)', () => {
    for (const asOf of ['2026-01-01', '2027-12-31']) {
      const r = check(examplePolicy, 'studio', { mentors: 3 }, { asOf });
      expect(r.verdict).toBe('eligible');
      for (const format of FORMATS) expect(renderReport(r, { format, lang: 'zh' })).toContain('所列条件均已满足');
    }
  });
});
