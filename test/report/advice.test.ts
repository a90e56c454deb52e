// Advice (一般 / 可以) is reported as advice in every format, never as a failure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, renderReport } from '../../src/index.js';

const app = JSON.parse(
  readFileSync(new URL('../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
);
// 二（二） "一般包含…后台办公区": a venue without a back office falls short of advice only.
const noBackOffice = {
  ...app,
  venue: { ...app.venue, zones: app.venue.zones.filter((z: string) => z !== 'back_office') },
};

describe('advice in reports', () => {
  const report = check('tianjin', 'studio', noBackOffice, { asOf: '2026-11-22' });
  const advice = report.results.filter((r) => r.severity === 'advice' && r.status === 'fail');

  it('the shortfall is advice and the application stays eligible', () => {
    expect(advice.length).toBeGreaterThan(0);
    expect(report.verdict).toBe('eligible');
  });

  it('text, Markdown and HTML call it advice, not a failure', () => {
    for (const format of ['text', 'md', 'html'] as const) {
      const out = renderReport(report, { format });
      expect(out, format).toContain('建议');
      expect(out, format).not.toContain('不符合');
    }
    expect(renderReport(report, { format: 'text', lang: 'en' })).not.toContain('FAIL');
  });

  it('JUnit skips it, so a CI job does not fail on advice', () => {
    const xml = renderReport(report, { format: 'junit' });
    expect(xml).toMatch(/failures="0"/);
    expect(xml).toContain('<skipped message="建议: ');
  });
});
