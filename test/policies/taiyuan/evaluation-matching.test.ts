import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScheme, evaluateExpert, evaluationScheme, matchExperts } from '../../../src/policies/taiyuan/index.js';
import { arbitraryHostile } from '../../helpers/arbitraries.js';

const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/taiyuan/${f}`, import.meta.url), 'utf8'));
const PERIOD = { from: '2026-03-01', to: '2027-02-28', asOf: '2027-03-15' };
const services = (n: number, start = 1) =>
  Array.from({ length: n }, (_, i) => ({ id: `S${start + i}`, date: '2026-06-01' }));

describe('dynamic evaluation, 第十条（一）', () => {
  it('the example year earns commendation and recommendation, under the labelled default scheme', () => {
    const r = evaluateExpert(read('evaluation-record.json'), PERIOD);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ outcome: 'commendation', score: '97.5', clause: '第十条（一）' });
    expect(r.scheme.provenance).toBe('default');
    expect(r.scheme.label.zh).toContain('非文件规定');
    expect(r.outcomeLabel.zh).toContain('推荐评省级创业就业专家');
    expect(evaluationScheme.provenance).toBe('default');
  });
  it('the default thresholds on both sides: 59.9 none, 60 renewal; 89.9 renewal, 90 commendation', () => {
    const at = (n: number, satisfied: number, responses: number) =>
      evaluateExpert({ services: services(n), satisfaction: { responses, satisfied } }, PERIOD);
    expect(at(12, 349, 500)).toMatchObject({ score: '59.9', outcome: 'none' });
    expect(at(12, 35, 50)).toMatchObject({ score: '60', outcome: 'renewal' });
    expect(at(24, 399, 500)).toMatchObject({ score: '89.9', outcome: 'renewal' });
    expect(at(24, 4, 5)).toMatchObject({ score: '90', outcome: 'commendation' });
  });
  it('by default the period is the year that ended yesterday in China, as for evaluate', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-02-28T16:30:00Z')); // 2027-03-01 00:30 in China
    expect(evaluateExpert({ services: [] }).period).toEqual({ from: '2026-03-01', to: '2027-02-28' });
    expect(evaluateExpert({ services: [] }, { to: '2027-01-31' }).period).toEqual({
      from: '2026-02-01',
      to: '2027-01-31',
    });
  });
  afterEach(() => vi.useRealTimers());
  it('services outside the period do not count, and the same service twice counts once', () => {
    const r = evaluateExpert(
      {
        services: [...services(12), ...services(12), { id: 'late', date: '2027-03-01' }],
        satisfaction: { responses: 10, satisfied: 7 },
      },
      PERIOD,
    );
    expect(r.areas[0]?.items[0]?.points).toBe('25');
  });
  it('a missing fact leaves the outcome open unless no completion could change it', () => {
    const open = evaluateExpert({ services: services(24) }, PERIOD);
    expect(open).toMatchObject({ outcome: null, score: null, missing: ['satisfaction'] });
    expect(open.scoreRange).toEqual({ min: '50', max: '100' });
    expect(evaluateExpert({ services: [] }, PERIOD)).toMatchObject({ outcome: 'none', missing: ['satisfaction'] });
    expect(evaluateExpert({ satisfaction: { responses: 1, satisfied: 0 } }, PERIOD)).toMatchObject({
      outcome: 'none',
      missing: ['services'],
    });
  });
  it("the bureau's scheme replaces the default and is reported as such", () => {
    const bureau = { ...defaultScheme, id: 'bureau-2027', thresholds: { renewal: 95, commendation: 99 } };
    const r = evaluateExpert(read('evaluation-record.json'), { ...PERIOD, scheme: bureau });
    expect(r).toMatchObject({ outcome: 'renewal', scheme: { id: 'bureau-2027', provenance: 'text' } });
    const bad = evaluateExpert(read('evaluation-record.json'), { ...PERIOD, scheme: { id: 1 } });
    expect(bad.outcome).toBeNull();
    expect(bad.problems.every((x) => x.path[0] === 'options' && x.path[1] === 'scheme')).toBe(true);
  });
  it('more satisfied recipients than answers is an input error with its path', () => {
    const r = evaluateExpert({ services: [], satisfaction: { responses: 3, satisfied: 4 } }, PERIOD);
    expect(r.problems[0]?.path).toEqual(['satisfaction', 'satisfied']);
    expect(r.outcome).toBeNull();
  });
  it('never throws on hostile input or options', () => {
    fc.assert(
      fc.property(arbitraryHostile, arbitraryHostile, (input, scheme) => {
        evaluateExpert(input, { ...PERIOD, scheme });
        evaluateExpert(input, scheme as object);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('matching, 第十条（三）', () => {
  const roster = read('roster.json');
  const request = read('request.json');

  it('the example request: two experts matched, each other left out with its reasons', () => {
    const r = matchExperts(request, roster);
    expect(r.problems).toEqual([]);
    expect(r.inForce).toBe(true);
    expect(r.matched).toEqual([
      { index: 0, id: 'TY-001', name: '李华', term: { from: '2026-03-01', to: '2029-02-28' } },
      { index: 1, id: 'TY-002', name: '赵敏', term: { from: '2026-03-01', to: '2029-02-28' } },
    ]);
    const reasons = Object.fromEntries(r.excluded.map((x) => [x.id, x.reasons.map((y) => y.code)]));
    expect(reasons).toEqual({
      'TY-003': ['dismissed'],
      'TY-004': ['field', 'service_type'],
    });
    expect(r.excluded[0]?.reasons[0]?.message.zh).toBe('已决定解聘');
  });
  it('the term covers its last day, not the day after; a letter’s other end date does not change it', () => {
    const at = (date: string) => matchExperts({ ...request, date }, roster).matched.map((m) => m.id);
    expect(at('2029-02-28')).toContain('TY-001');
    expect(at('2029-03-01')).not.toContain('TY-001');
    expect(at('2027-01-01')).toContain('TY-002');
    expect(at('2029-02-28')).toContain('TY-002');
    expect(at('2029-03-01')).not.toContain('TY-002');
  });
  it('a dismissed expert is left out from the day of the decision', () => {
    const at = (date: string) => matchExperts({ ...request, date }, roster).matched.map((m) => m.id);
    expect(at('2027-02-19')).toContain('TY-003');
    expect(at('2027-02-20')).not.toContain('TY-003');
  });
  it('a dismissal in an earlier term does not bar a later reappointment', () => {
    const reappointed = [{ ...roster[2], terms: [...roster[2].terms, { appointed: '2029-03-01' }] }];
    expect(matchExperts({ ...request, date: '2029-03-01' }, reappointed).matched).toHaveLength(1);
    expect(matchExperts({ ...request, date: '2029-02-28' }, reappointed).excluded[0]?.reasons[0]?.code).toBe(
      'dismissed',
    );
  });
  it('fields compare trimmed and without case; any service when the request names none', () => {
    const { serviceType: _, ...anyService } = request;
    const r = matchExperts({ ...anyService, field: '  电子商务 ' }, roster);
    expect(r.matched.map((m) => m.id)).toEqual(['TY-001', 'TY-002']);
    const latin = [{ ...roster[0], fields: ['E-Commerce'] }];
    expect(matchExperts({ ...request, field: 'e-commerce' }, latin).matched).toHaveLength(1);
  });
  it('the order of the roster never changes who is matched', () => {
    const reversed = [...roster].reverse();
    const ids = (r: ReturnType<typeof matchExperts>) => r.matched.map((m) => m.id).sort();
    expect(ids(matchExperts(request, reversed))).toEqual(ids(matchExperts(request, roster)));
  });
  it('missing facts leave an expert out with the reason; a bad expert is invalid; a date outside the measures is flagged', () => {
    const r = matchExperts(request, [{ id: 'x' }, { id: 'y', terms: [{ appointed: '2026-13-01' }] }]);
    expect(r.excluded.map((x) => x.reasons.map((y) => y.code))).toEqual([
      ['no_terms', 'fields_unknown', 'service_types_unknown'],
      ['invalid'],
    ]);
    expect(r.problems[0]?.path).toEqual(['roster', 1, 'terms', 0, 'appointed']);
    expect(matchExperts({ ...request, date: '2031-02-01' }, roster).inForce).toBe(false);
  });
  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(arbitraryHostile, arbitraryHostile, (req, list) => {
        const r = matchExperts(req, list);
        expect(Array.isArray(r.matched)).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
