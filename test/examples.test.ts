// The examples are part of the documentation: they run here so they never rot.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tour } from '../examples/usage.js';
import { check, evaluate } from '../src/index.js';

describe('examples/usage.ts', () => {
  it('prints the verdict, the open rules and the working-day dates', () => {
    const { report, lines } = tour();
    expect(report.verdict).toBe('ineligible');
    expect(lines).toContain('7 working days after 2026-09-30: 2026-10-15');
    expect(lines).toContain('next working day after 2026-09-30: 2026-10-08');
    expect(lines.some((l) => l.startsWith('fail') && l.includes('一（三）1'))).toBe(true);
  });
});

describe('examples/national/*.json', () => {
  const dir = new URL('../examples/national/', import.meta.url);
  const expected: Record<string, string> = {
    'eligible-studio.json': 'eligible',
    'incomplete-studio.json': 'incomplete',
    'ineligible-studio.json': 'ineligible',
  };
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s has the verdict its name says', (file) => {
    const report = check('national', 'studio', JSON.parse(readFileSync(new URL(file, dir), 'utf8')), {
      asOf: '2026-11-22',
    });
    expect(report.problems).toEqual([]);
    expect(report.verdict).toBe(expected[file]);
  });
});

describe('examples/tianjin', () => {
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../examples/tianjin/${f}`, import.meta.url), 'utf8'));
  it('the application is eligible and the year is graded', () => {
    expect(check('tianjin', 'studio', read('studio-application.json'), { asOf: '2026-11-22' }).verdict).toBe(
      'eligible',
    );
    const r = evaluate('tianjin', read('year-record.json'), { from: '2025-06-20', to: '2026-06-19' });
    expect(r.problems).toEqual([]);
    expect(r.grade).toBe('excellent');
  });
});

describe('examples/pingdingshan', () => {
  const read = (f: string) =>
    JSON.parse(readFileSync(new URL(`../examples/pingdingshan/${f}`, import.meta.url), 'utf8'));
  it('the mentor and the studio are eligible; the year passes under the labelled reading', () => {
    const mentor = check('pingdingshan', 'mentor', read('mentor.json'), { asOf: '2026-11-22' });
    expect(mentor.problems).toEqual([]);
    expect(mentor.verdict).toBe('eligible');
    const studio = check('pingdingshan', 'studio', read('studio-application.json'), { asOf: '2026-11-22' });
    expect(studio.problems).toEqual([]);
    expect(studio.verdict).toBe('eligible');
    const year = evaluate('pingdingshan', read('year-record.json'), { from: '2025-01-01', to: '2025-12-31' });
    expect(year.problems).toEqual([]);
    expect(year.grade).toBe('pass');
    expect(year.standard.provenance).toBe('interpretation');
  });
});
