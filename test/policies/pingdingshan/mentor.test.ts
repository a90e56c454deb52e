import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, type Report } from '../../../src/index.js';
import { disqualifyingRecords } from '../../../src/policies/pingdingshan/index.js';
import { mentorRoutes } from '../../../src/policies/pingdingshan/mentor.js';
import { arbitraryHostile } from '../../helpers/arbitraries.js';

const AS_OF = '2026-11-22';
const mentor = JSON.parse(readFileSync(new URL('../../../examples/pingdingshan/mentor.json', import.meta.url), 'utf8'));
const run = (input: unknown, options: object = {}) =>
  check('pingdingshan', 'mentor', input, { asOf: AS_OF, ...options });
const result = (r: Report, id: string) => {
  const found = r.results.find((x) => x.ruleId === `pingdingshan.${id}`);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const RECORDS = disqualifyingRecords.value.map((o) => o.id);
const clean = Object.fromEntries(RECORDS.map((id) => [id, false]));

describe('the example mentor', () => {
  it('is eligible, qualifying by all three routes', () => {
    const r = run(mentor);
    expect(r.problems).toEqual([]);
    expect(r.verdict).toBe('eligible');
    expect(result(r, 'mentor.route').actual).toMatchObject({
      qualifiedBy: ['第五条（二）6', '第五条（二）7', '第五条（二）8'],
    });
  });
});

describe('basic conditions, 第五条（一）', () => {
  it('declarations are unknown until attested, and a declared "no" fails', () => {
    const r = run({ ...mentor, fitForDuty: undefined });
    expect(result(r, 'mentor.fit_for_duty')).toMatchObject({ status: 'unknown', missing: ['fitForDuty'] });
    expect(r.verdict).toBe('incomplete');
    expect(run({ ...mentor, supportsConstitution: false }).verdict).toBe('ineligible');
  });
  it.each(RECORDS)('record %s: a hard failure named in the report; unknown until declared', (id) => {
    const r = run({ ...mentor, records: { ...clean, [id]: true } });
    expect(r.verdict).toBe('ineligible');
    const failed = r.results.filter((x) => x.status === 'fail');
    expect(failed.map((x) => x.ruleId)).toEqual([`pingdingshan.mentor.record.${id}`]);
    expect(failed[0]?.clauses).toEqual(['第五条（一）3']);
    expect(failed[0]?.message.zh).toContain('不得参加');
    const open = run({ ...mentor, records: { ...clean, [id]: undefined } });
    expect(result(open, `mentor.record.${id}`)).toMatchObject({ status: 'unknown', missing: [`records.${id}`] });
  });
  it('property: each disqualifying record alone makes a mentor ineligible, whatever else is true', () => {
    const facts = fc.record(
      {
        supportsConstitution: fc.boolean(),
        politicalAndMoralQuality: fc.boolean(),
        lawAbiding: fc.boolean(),
        volunteers: fc.boolean(),
        fitForDuty: fc.boolean(),
        serviceYears: fc.double({ min: 0, max: 60, noNaN: true }),
        certificates: fc.array(
          fc.record({
            kind: fc.constantFrom('entrepreneurship_trainer', 'hr_practitioner', 'psychological_counselor', 'other'),
            accepted: fc.boolean(),
          }),
          { maxLength: 3 },
        ),
        outstandingResults: fc.boolean(),
        records: fc.record(Object.fromEntries(RECORDS.map((id) => [id, fc.boolean()])), { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(facts, fc.constantFrom(...RECORDS), (m, id) => {
        const r = run({ ...m, records: { ...m.records, [id]: true } });
        expect(r.verdict).toBe('ineligible');
        expect(result(r, `mentor.record.${id}`).status).toBe('fail');
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('the three routes, 第五条（二）', () => {
  const only = (extra: object) => ({
    ...mentor,
    certificates: [],
    commendations: [],
    outstandingResults: false,
    ...extra,
  });
  it('5 years and over: the day before the 5th anniversary fails, the anniversary passes', () => {
    expect(result(run({ ...mentor, serviceSince: '2021-11-23' }), 'mentor.route').status).toBe('fail');
    expect(result(run({ ...mentor, serviceSince: '2021-11-22' }), 'mentor.route').status).toBe('pass');
    expect(result(run({ ...mentor, serviceSince: undefined, serviceYears: 4.99 }), 'mentor.route').status).toBe('fail');
    expect(result(run({ ...mentor, serviceSince: undefined, serviceYears: 5 }), 'mentor.route').status).toBe('pass');
  });
  it('each route alone qualifies and is named', () => {
    const cases: [object, string][] = [
      [{ certificates: [{ kind: 'hr_practitioner' }] }, '第五条（二）6'],
      [{ commendations: [{ level: 'provincial', forEntrepreneurshipWork: true }] }, '第五条（二）7'],
      [{ outstandingResults: true }, '第五条（二）8'],
    ];
    for (const [extra, route] of cases) {
      const r = result(run(only(extra)), 'mentor.route');
      expect(r.status).toBe('pass');
      expect(r.actual).toMatchObject({ qualifiedBy: [route] });
      expect(r.message.zh).toContain(route);
    }
  });
  it('none held: fails saying why', () => {
    const r = result(run(only({})), 'mentor.route');
    expect(r.status).toBe('fail');
    expect(r.message.zh).toContain('不符合第五条（二）任一条件');
  });
  it('an unlisted certificate ("等相关") waits for the authority; accepted passes, refused fails', () => {
    const other = (accepted?: boolean) => only({ certificates: [{ kind: 'other', name: '职业指导师', accepted }] });
    expect(result(run(other()), 'mentor.route')).toMatchObject({
      status: 'unknown',
      missing: ['certificates.0.accepted'],
    });
    expect(result(run(other(true)), 'mentor.route').status).toBe('pass');
    expect(result(run(other(false)), 'mentor.route').status).toBe('fail');
  });
  it('a county commendation, or one not for entrepreneurship work, does not count', () => {
    expect(
      result(run(only({ commendations: [{ level: 'county', forEntrepreneurshipWork: true }] })), 'mentor.route').status,
    ).toBe('fail');
    expect(
      result(run(only({ commendations: [{ level: 'municipal', forEntrepreneurshipWork: false }] })), 'mentor.route')
        .status,
    ).toBe('fail');
    expect(result(run(only({ commendations: [{ level: 'municipal' }] })), 'mentor.route').missing).toEqual([
      'commendations.0.forEntrepreneurshipWork',
    ]);
  });
  it('short of 5 years fails whatever the qualifiers; held qualifier with unknown years asks only for the years', () => {
    expect(result(run({ ...mentor, serviceSince: '2024-01-01' }), 'mentor.route').status).toBe('fail');
    expect(result(run({ ...mentor, serviceSince: undefined }), 'mentor.route')).toMatchObject({
      status: 'unknown',
      missing: ['serviceSince'],
    });
    expect(mentorRoutes({ serviceYears: 6 }, AS_OF).missing).toEqual([
      'certificates',
      'commendations',
      'outstandingResults',
    ]);
  });
});

describe('in force, 第十四条', () => {
  it('before 2024 is before the measures; in 2024 the issue date is assumed unless given; later in force', () => {
    expect(result(run(mentor, { asOf: '2023-12-31' }), 'mentor.in_force').status).toBe('not_applicable');
    expect(run(mentor, { asOf: '2023-12-31' }).verdict).toBe('not_applicable');
    expect(run(mentor, { asOf: '2023-12-31' }).results).toHaveLength(1);
    expect(result(run(mentor, { asOf: '2024-01-01' }), 'mentor.in_force')).toMatchObject({
      status: 'pass',
      code: 'in_force_assumed',
    });
    expect(result(run(mentor), 'mentor.in_force')).toMatchObject({ status: 'pass', code: 'in_force' });
  });
});

describe('hostile input', () => {
  it('never throws; problems carry paths', () => {
    fc.assert(
      fc.property(arbitraryHostile, (input) => {
        const r = run(input);
        for (const p of r.problems) expect(Array.isArray(p.path)).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it('list order and whitespace around values do not change the verdict', () => {
    const reversed = { ...mentor, certificates: [{ kind: 'other' }, ...mentor.certificates].reverse() };
    expect(run(reversed).verdict).toBe(
      run({ ...mentor, certificates: [...mentor.certificates, { kind: 'other' }] }).verdict,
    );
  });
});

describe('5 years past the calendar (an anniversary after 9999-12-31 is never reached)', () => {
  const at = (since: string, asOf: string, reading: string) =>
    check(
      'pingdingshan',
      'mentor',
      { ...mentor, serviceSince: since },
      {
        asOf,
        readings: { 'mentor.serviceYearsReached': reading },
      },
    );
  it('under either reading: 9994-12-30 reached by 9999-12-31, 9995-01-01 not, and no throw (the day-after reading threw)', () => {
    for (const reading of ['anniversary', 'day-after-anniversary']) {
      expect(at('9994-12-30', '9999-12-31', reading).verdict).toBe('eligible');
      const never = at('9995-01-01', '9999-12-31', reading);
      expect(never.verdict).toBe('ineligible');
      expect(result(never, 'mentor.route')).toMatchObject({
        status: 'fail',
        actual: { serviceYears: { years: 4, days: 364 } },
      });
      expect(at('9999-06-01', '9999-07-01', reading).verdict).toBe('ineligible');
    }
    // On the anniversary itself, the day-after reading waits a day; 9999-12-31 has no day after.
    expect(at('9994-12-31', '9999-12-31', 'anniversary').verdict).toBe('eligible');
    expect(at('9994-12-31', '9999-12-31', 'day-after-anniversary').verdict).toBe('ineligible');
  });
  it('changed years: 1000 taken, 1001 and 2.5 refused (they threw under the day-after reading)', () => {
    const under = (years: number) =>
      run(mentor, {
        readings: { 'mentor.serviceYearsReached': 'day-after-anniversary' },
        parameters: { 'mentor.serviceYears': years },
      });
    expect(under(1000).verdict).toBe('ineligible');
    for (const years of [1001, 2.5])
      expect(under(years).problems).toMatchObject([
        { path: ['options', 'parameters', 'mentor.serviceYears'], code: 'parameter_type' },
      ]);
  });
});
