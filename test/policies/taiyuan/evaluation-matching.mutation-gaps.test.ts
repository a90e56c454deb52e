// Boundaries and exact results of the evaluation (第十条（一）) and the matching (第十条（三）)
// that the main tests reach only in part.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScheme, evaluateExpert, matchExperts } from '../../../src/policies/taiyuan/index.js';

const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/taiyuan/${f}`, import.meta.url), 'utf8'));
const PERIOD = { from: '2026-03-01', to: '2027-02-28', asOf: '2027-03-15' };
const services = (n: number, date = '2026-06-01') => Array.from({ length: n }, (_, i) => ({ id: `S${i}`, date }));

describe('evaluation: the period, both ends', () => {
  it('a service on the first or the last day counts; the day before or after does not', () => {
    const points = (dates: string[]) =>
      evaluateExpert(
        { services: dates.map((date, i) => ({ id: `S${i}`, date })), satisfaction: { responses: 1, satisfied: 1 } },
        PERIOD,
      ).areas[0]?.items[0]?.points;
    expect(points(['2026-03-01', '2027-02-28'])).toBe('4.17');
    expect(points(['2026-02-28', '2027-03-01'])).toBe('0');
  });
  it('services compare by trimmed id; a blank id falls back to date and trimmed recipient', () => {
    const count = (list: object[]) =>
      evaluateExpert({ services: list, satisfaction: { responses: 1, satisfied: 1 } }, PERIOD).areas[0]?.items[0]
        ?.points;
    expect(
      count([
        { id: 'A', date: '2026-06-01' },
        { id: ' A ', date: '2026-06-02' },
      ]),
    ).toBe('2.08');
    expect(
      count([
        { id: ' ', date: '2026-06-01', recipient: '王某' },
        { date: '2026-06-01', recipient: ' 王某 ' },
        { date: '2026-06-01', recipient: '李某' },
      ]),
    ).toBe('4.17');
  });
});

describe('evaluation: satisfaction', () => {
  it('all answers satisfied is allowed (satisfied = responses)', () => {
    const r = evaluateExpert({ services: services(24), satisfaction: { responses: 5, satisfied: 5 } }, PERIOD);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ score: '100', outcome: 'commendation', missing: [] });
  });
  it('no answers at all: satisfaction is not known, and the path asks for it', () => {
    const r = evaluateExpert({ services: services(24), satisfaction: { responses: 0, satisfied: 0 } }, PERIOD);
    expect(r).toMatchObject({ outcome: null, score: null, missing: ['satisfaction'] });
    expect(r.scoreRange).toEqual({ min: '50', max: '100' });
  });
  it('an item not scored names the input path that would score it', () => {
    const r = evaluateExpert({ satisfaction: { responses: 4, satisfied: 4 } }, PERIOD);
    expect(r.areas[0]?.items[0]).toMatchObject({ points: null, missing: 'services', missingPaths: ['services'] });
    expect(r.missing).toEqual(['services']);
  });
});

describe("evaluation: the bureau's scheme", () => {
  const bureau = {
    ...defaultScheme,
    id: 'bureau',
    areas: [
      ...defaultScheme.areas,
      {
        id: 'other',
        label: { zh: '其他', en: 'Other' },
        clause: '第十条（一）',
        items: [
          {
            id: 'talks',
            label: { zh: '讲座', en: 'Talks' },
            points: 10,
            measure: { kind: 'count', count: 'talks', target: 2 },
          },
          { id: 'review', label: { zh: '评议', en: 'Review' }, points: 10, measure: { kind: 'assessed' } },
        ],
      },
    ],
  };
  it('its other items are asked for under counts and assessments', () => {
    const r = evaluateExpert(
      { services: services(24), satisfaction: { responses: 1, satisfied: 1 } },
      {
        ...PERIOD,
        scheme: bureau,
      },
    );
    expect(r.missing).toEqual(['counts.talks', 'assessments.review']);
    const full = evaluateExpert(
      {
        services: services(24),
        satisfaction: { responses: 1, satisfied: 1 },
        counts: { talks: 2 },
        assessments: { review: 1 },
      },
      { ...PERIOD, scheme: bureau },
    );
    expect(full).toMatchObject({ score: '120', missing: [] });
  });
  it('a bad scheme: each problem at its own path under options.scheme, sorted with the input’s', () => {
    const r = evaluateExpert(
      { services: [], counts: { talks: -1 } },
      { ...PERIOD, scheme: { ...defaultScheme, id: 1 } },
    );
    expect(r.problems.map((x) => x.path)).toEqual([
      ['counts', 'talks'],
      ['options', 'scheme', 'id'],
    ]);
    expect(r).toMatchObject({ outcome: null, score: null, areas: [], missing: [], outcomeLabel: { zh: '暂无法确定' } });
  });
});

describe('evaluation: options and warnings', () => {
  it('null options are no options', () => {
    const r = evaluateExpert({ services: [] }, null as never);
    expect(r.problems).toEqual([]);
    expect(r.scheme.provenance).toBe('default');
  });
  it('an unknown key is a warning, and the outcome is still decided', () => {
    const r = evaluateExpert({ services: [], satisfaction: { responses: 1, satisfied: 0 }, extra: 1 }, PERIOD);
    expect(r.problems.map((x) => [x.path, x.severity])).toEqual([[['extra'], 'warning']]);
    expect(r.outcome).toBe('none');
  });
});

describe('matching: exact results', () => {
  const roster = read('roster.json');
  const request = read('request.json');

  it('the result names its clause and the request as read', () => {
    const r = matchExperts(request, roster);
    expect(r.clause).toBe('第十条（三）');
    expect(r.request).toEqual(request);
  });
  it('the measures are in force on 2026-02-01 and 2031-01-31, not the day before or after', () => {
    const inForce = (date: string) => matchExperts({ ...request, date }, roster).inForce;
    expect(inForce('2026-01-31')).toBe(false);
    expect(inForce('2026-02-01')).toBe(true);
    expect(inForce('2031-01-31')).toBe(true);
    expect(inForce('2031-02-01')).toBe(false);
  });
  it('valid past 9999-12-31 (a changed validity): in force to the end, from its first day (it threw)', () => {
    const late = (date: string, years: number) =>
      matchExperts({ ...request, date }, roster, {
        asOf: '9999-12-31',
        parameters: { 'validity.from': '9998-01-01', 'validity.years': years },
      } as never).inForce;
    expect(late('9999-12-31', 1000)).toBe(true);
    expect(late('9997-12-31', 1000)).toBe(false);
    expect(late('9999-12-31', 1)).toBe(false);
  });
  it('a bad request: its problems under request, no one matched or left out, nothing in force', () => {
    const r = matchExperts({ field: '电子商务', date: '2027-13-01' }, roster);
    expect(r.problems.map((x) => x.path)).toEqual([['request', 'date']]);
    expect(r).toMatchObject({ request: null, inForce: null, matched: [], excluded: [] });
  });
  it('an unknown key in the request or in an expert is only a warning', () => {
    const r = matchExperts({ ...request, note: 'x' }, [{ ...roster[0], hobby: 'x' }]);
    expect(r.problems.map((x) => [x.path, x.severity])).toEqual([
      [['request', 'note'], 'warning'],
      [['roster', 0, 'hobby'], 'warning'],
    ]);
    expect(r.matched.map((m) => m.id)).toEqual(['TY-001']);
  });
  it('a roster that is not a list: one error at roster, and no one to match', () => {
    const r = matchExperts(request, { id: 'TY-001' });
    expect(r.problems).toEqual([
      {
        path: ['roster'],
        code: 'invalid_type',
        severity: 'error',
        message: { zh: '类型错误：应为数组', en: 'Wrong type: expected an array' },
      },
    ]);
    expect(r).toMatchObject({ matched: [], excluded: [] });
    expect(matchExperts(request, undefined)).toMatchObject({ problems: [], matched: [], excluded: [] });
  });
  it('problems read from the roster carry its path and come in path order', () => {
    const unreadable = {
      ...roster[0],
      get name(): string {
        throw new Error('no');
      },
    };
    const r = matchExperts(request, [{ ...roster[1], terms: [{ appointed: '2026-13-01' }] }, unreadable]);
    expect(r.problems.map((x) => x.path)).toEqual([
      ['roster', 0, 'terms', 0, 'appointed'],
      ['roster', 1, 'name'],
    ]);
    expect(r.excluded[0]?.reasons.map((x) => x.code)).toEqual(['invalid']);
  });
  it('an empty list of terms is no term given', () => {
    const r = matchExperts(request, [{ ...roster[0], terms: [] }]);
    expect(r.excluded[0]?.reasons.map((x) => x.code)).toEqual(['no_terms']);
    expect(r.excluded[0]?.reasons[0]?.message).toEqual({ zh: '未提供聘期', en: 'no term of appointment given' });
  });
  it('a dismissal decided on the first day of a reappointment leaves the expert out from that day', () => {
    const e = {
      ...roster[0],
      terms: [{ appointed: '2026-03-01' }, { appointed: '2029-03-01' }],
      dismissal: { decided: '2029-03-01' },
    };
    expect(matchExperts({ ...request, date: '2029-03-01' }, [e]).excluded[0]?.reasons.map((x) => x.code)).toEqual([
      'dismissed',
    ]);
    // The day before, the decision is not yet made.
    expect(matchExperts({ ...request, date: '2029-02-28' }, [e]).matched).toHaveLength(1);
    expect(
      matchExperts({ ...request, date: '2029-03-01' }, [{ ...e, dismissal: { decided: '2029-02-28' } }]).matched,
    ).toHaveLength(1);
  });
});
