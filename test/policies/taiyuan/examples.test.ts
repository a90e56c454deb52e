// The Taiyuan examples are documentation: they run here (and in `npm start`) so they never rot.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/index.js';
import { evaluateExpert, matchExperts } from '../../../src/policies/taiyuan/index.js';

const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/taiyuan/${f}`, import.meta.url), 'utf8'));

describe('examples/taiyuan', () => {
  it('candidate.json is an eligible candidate', () => {
    const r = check('taiyuan', 'expert', read('candidate.json'), { asOf: '2026-11-22' });
    expect(r.problems).toEqual([]);
    expect(r.verdict).toBe('eligible');
  });
  it('roster.json, on the request date: who stands, who does not, and why', () => {
    const request = read('request.json');
    const verdicts = read('roster.json').map((e: unknown) => {
      const r = check('taiyuan', 'expert', e, { asOf: request.date });
      expect(r.problems).toEqual([]);
      return [r.verdict, r.results.filter((x) => x.status === 'fail').map((x) => x.ruleId)];
    });
    // TY-002's letter states 2026-12-31: the measures set three years (to 2029-02-28), so
    // the appointment stands, the letter's date reported beside it (issue 24.12).
    expect(verdicts).toEqual([
      ['eligible', []],
      ['eligible', []],
      ['ineligible', ['taiyuan.term', 'taiyuan.ground.refusals']],
      ['eligible', []],
    ]);
  });
  it('request.json is matched to the roster', () => {
    const r = matchExperts(read('request.json'), read('roster.json'));
    expect(r.problems).toEqual([]);
    expect(r.matched.map((m) => m.id)).toEqual(['TY-001', 'TY-002']);
    expect(r.excluded.map((x) => x.id)).toEqual(['TY-003', 'TY-004']);
  });
  it('evaluation-record.json earns commendation under the default scheme', () => {
    const r = evaluateExpert(read('evaluation-record.json'), {
      from: '2026-03-01',
      to: '2027-02-28',
      asOf: '2027-03-15',
    });
    expect(r.problems).toEqual([]);
    expect(r.outcome).toBe('commendation');
  });
});
