// The Tianjin evaluation where an official reads the figures: a full year since recognition
// (四（二）) with its dates, the entries listed twice (counted once, 家/个) named in the
// incubation result whichever way it goes, and the incubation progress of the score
// (四（一）5) when its lists are absent or hold entries that do not count.
import { describe, expect, it } from 'vitest';
import { type EvaluationReport, evaluate } from '../../../src/index.js';

const PERIOD = { from: '2025-06-20', to: '2026-06-19' };
const run = (record: unknown) => evaluate('tianjin', record, PERIOD);
const gate = (r: EvaluationReport, id: string) => {
  const found = r.results.find((x) => x.ruleId === `tianjin.evaluation.${id}`);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const item = (r: EvaluationReport, id: string) => r.areas.flatMap((a) => a.items).find((i) => i.id === id);

describe('a full year since recognition (四（二）)', () => {
  it('a period reaching the last day of the first year of running: applies', () => {
    const r = gate(run({ recognizedOn: '2025-06-20' }), 'full_year');
    expect(r).toMatchObject({ status: 'pass', expected: { runsTo: '2026-06-19' } });
  });
  it('a day short: not applicable, with the recognition date and the last day of the first year', () => {
    const r = gate(run({ recognizedOn: '2025-06-21' }), 'full_year');
    expect(r).toMatchObject({
      status: 'not_applicable',
      expected: { runsTo: '2026-06-20' },
      actual: { recognizedOn: '2025-06-21' },
    });
    expect(r.message.en).toContain('recognised 2025-06-21; 1 full year of running end on 2026-06-20');
    expect(r.message.zh).toContain('认定于2025-06-21，运行满1年至2026-06-20（含），评估期间至2026-06-19止');
  });
});

describe('entries listed twice are named in the incubation result', () => {
  const twice = { date: '2026-01-10', name: '甲科技', financingYuan: '1' };
  it('both failing: the projects’ shortfall, with the grown start-up listed twice', () => {
    const r = gate(
      run({ recognizedOn: '2025-06-20', incubatedProjects: [], grownStartups: [twice, twice] }),
      'incubation',
    );
    expect(r).toMatchObject({ status: 'fail', actual: 0, expected: { min: 3 } });
    expect(r.duplicates).toEqual([{ path: 'grownStartups.1', sameAs: 'grownStartups.0', key: 'name:甲科技' }]);
  });
  it('both failing, nothing listed twice: no duplicates', () => {
    const r = gate(run({ recognizedOn: '2025-06-20', incubatedProjects: [], grownStartups: [twice] }), 'incubation');
    expect(r.status).toBe('fail');
    expect(r.duplicates).toBeUndefined();
  });
  it('undecided: the missing facts, and the entries listed twice', () => {
    const undecided = { date: '2026-02-01', name: '乙科技' };
    const r = gate(
      run({
        recognizedOn: '2025-06-20',
        incubatedProjects: [
          { date: '2025-07-01', name: '项目一' },
          { date: '2025-07-02', name: '项目一' },
        ],
        grownStartups: [twice, twice, undecided],
      }),
      'incubation',
    );
    expect(r).toMatchObject({ status: 'unknown', missing: ['grownStartups.2.financingYuan'] });
    expect(r.duplicates).toEqual([
      { path: 'incubatedProjects.1', sameAs: 'incubatedProjects.0', key: 'name:项目一' },
      { path: 'grownStartups.1', sameAs: 'grownStartups.0', key: 'name:甲科技' },
    ]);
  });
  it('undecided for want of the grown start-ups: no duplicates', () => {
    const r = gate(run({ recognizedOn: '2025-06-20', incubatedProjects: [{ date: '2025-07-01' }] }), 'incubation');
    expect(r).toMatchObject({ status: 'unknown', missing: ['grownStartups'] });
    expect(r.duplicates).toBeUndefined();
  });
});

describe('incubation undecided: the known route shown, the unknown one asked for', () => {
  it('projects not given, the grown start-up short of the financing: its count shown, the projects asked for', () => {
    const grown = [{ date: '2026-01-10', financingYuan: '999999.99' }];
    const r = gate(run({ recognizedOn: '2025-06-20', grownStartups: grown }), 'incubation');
    expect(r).toMatchObject({
      status: 'unknown',
      missing: ['incubatedProjects'],
      expected: { min: 1 },
      actual: { qualified: 0, undecided: 0, listed: 1 },
    });
    expect(r.message.en).toBe('Start-ups grown into growth enterprises: at least 1 required, 0 found');
  });
});

describe('incubation progress in the score (四（一）5)', () => {
  it('neither list given: no points, asking for both', () => {
    expect(item(run({ recognizedOn: '2025-06-20' }), 'incubation.outcomes')).toMatchObject({
      points: null,
      missingPaths: ['incubatedProjects', 'grownStartups'],
    });
  });
  it('a grown start-up that does not count earns nothing; one that counts earns the item', () => {
    const outside = { date: '2025-06-19', recognizedAsGrowth: true };
    const inside = { date: '2025-06-20', recognizedAsGrowth: true };
    // One activity of the year: the record covers the period.
    const activities = [{ date: '2025-07-01', kind: 'other' }];
    expect(
      item(run({ recognizedOn: '2025-06-20', activities, grownStartups: [outside] }), 'incubation.outcomes')?.points,
    ).toBe('0');
    expect(item(run({ recognizedOn: '2025-06-20', grownStartups: [inside] }), 'incubation.outcomes')?.points).toBe('6');
  });
});
