import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type Report } from '../../../src/index.js';
import { mentorRoutes } from '../../../src/policies/pingdingshan/mentor.js';

const AS_OF = '2026-11-22';
const mentor = JSON.parse(readFileSync(new URL('../../../examples/pingdingshan/mentor.json', import.meta.url), 'utf8'));
const run = (input: unknown, options: object = {}) =>
  check('pingdingshan', 'mentor', input, { asOf: AS_OF, ...options });
const result = (r: Report, id: string) => {
  const found = r.results.find((x) => x.ruleId === `pingdingshan.mentor.${id}`);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const CERT = '第五条（二）6';
const COMMENDATION = '第五条（二）7';
const RESULTS = '第五条（二）8';
const none = { certificates: [], commendations: [], outstandingResults: false };

describe('第十四条: in force, with the dates an official compares', () => {
  it('before the measures: the first day expected, the as-of day given', () => {
    expect(result(run(mentor, { asOf: '2023-12-31' }), 'in_force')).toMatchObject({
      status: 'not_applicable',
      code: 'not_in_force',
      expected: { from: '2024-01-01' },
      actual: '2023-12-31',
      message: {
        zh: '不适用：2023-12-31早于本办法（平人社办〔2024〕44号，2024年下发；第十四条“自下发之日起试行”），不能依本办法判定',
        en: 'Not applicable: 2023-12-31 is before the measures (平人社办〔2024〕44号, issued in 2024; 第十四条 "自下发之日起试行"), so nothing can be judged under them',
      },
    });
  });
  it("before the caller's issue date: the message names it", () => {
    const r = result(run(mentor, { asOf: '2024-05-09', effectiveFrom: '2024-05-10' }), 'in_force');
    expect(r).toMatchObject({ status: 'not_applicable', code: 'not_in_force', expected: { from: '2024-05-10' } });
    expect(r.message).toEqual({
      zh: '不适用：2024-05-09早于本办法下发之日2024-05-10（第十四条“自下发之日起试行”），不能依本办法判定',
      en: 'Not applicable: 2024-05-09 is before the measures were issued (2024-05-10; 第十四条 "自下发之日起试行"), so nothing can be judged under them',
    });
  });
  it('in 2024 without an issue date it is assumed, and says so; with one it is not assumed', () => {
    const assumed = result(run(mentor, { asOf: '2024-12-31' }), 'in_force');
    expect(assumed).toMatchObject({
      status: 'pass',
      code: 'in_force_assumed',
      expected: { from: null, assumed: true },
      actual: '2024-12-31',
    });
    expect(assumed.message).toEqual({
      zh: '本办法自下发之日起试行，文本未载下发日期：假定2024-12-31已下发（可传入 effectiveFrom）',
      en: 'The measures apply from the day of issue, which the text does not state: assumed issued by 2024-12-31 (pass effectiveFrom)',
    });
    expect(result(run(mentor, { asOf: '2024-06-01', effectiveFrom: '2024-05-10' }), 'in_force')).toMatchObject({
      status: 'pass',
      code: 'in_force',
      expected: { from: '2024-05-10' },
      actual: '2024-06-01',
    });
  });
  it('from 2025-01-01 in force without assumption', () => {
    expect(result(run(mentor, { asOf: '2025-01-01' }), 'in_force')).toMatchObject({
      status: 'pass',
      code: 'in_force',
      expected: { from: '2024-01-01' },
      actual: '2025-01-01',
    });
  });
});

describe('第五条（一）3: records', () => {
  it('the declared record is the actual value', () => {
    const records = { ...mentor.records, criminalPunishment: true };
    expect(result(run({ ...mentor, records }), 'record.criminalPunishment')).toMatchObject({
      status: 'fail',
      code: 'disqualified',
      actual: true,
    });
    expect(result(run({ ...mentor, records }), 'record.criminalPunishment').message.en).toMatch(
      /: barred from the studio's work \(第五条（一）3\)$/,
    );
    const undeclared = { ...mentor.records, criminalPunishment: undefined };
    const open = result(run({ ...mentor, records: undeclared }), 'record.criminalPunishment');
    expect(open).toMatchObject({ status: 'unknown', missing: ['records.criminalPunishment'] });
    expect(open.message.zh).toMatch(/：需声明有无此情形，请补充 records\.criminalPunishment$/);
    expect(open.message.en).toMatch(/: declare whether it applies, supply records\.criminalPunishment$/);
    expect(result(run(mentor), 'record.criminalPunishment')).toMatchObject({
      status: 'pass',
      code: 'no_record',
      actual: false,
    });
  });
});

describe('第五条（二）: routes, qualifier by qualifier', () => {
  it('every qualifier held: each passes with nothing missing', () => {
    const r = mentorRoutes(mentor, AS_OF);
    expect(r.qualifiers.map((q) => [q.route, q.status, q.missing])).toEqual([
      [CERT, 'pass', []],
      [COMMENDATION, 'pass', []],
      [RESULTS, 'pass', []],
    ]);
    expect(r).toMatchObject({ status: 'pass', missing: [], qualifiedBy: [CERT, COMMENDATION, RESULTS] });
  });
  it('an "other" certificate refused is no certificate, and nothing is left to ask', () => {
    const r = mentorRoutes({ ...mentor, certificates: [{ kind: 'other', name: '某证书', accepted: false }] }, AS_OF);
    expect(r.qualifiers[0]).toMatchObject({ route: CERT, status: 'fail', missing: [] });
  });
  it('nothing held: fails with nothing missing, and the message says what is lacking', () => {
    const m = { ...mentor, ...none };
    const r = mentorRoutes(m, AS_OF);
    expect(r).toMatchObject({ status: 'fail', missing: [], qualifiedBy: [] });
    expect(r.qualifiers.map((q) => [q.status, q.missing])).toEqual([
      ['fail', []],
      ['fail', []],
      ['fail', []],
    ]);
    const route = result(run(m), 'route');
    expect(route.message).toEqual({
      zh: '不符合第五条（二）任一条件：无相关职业资格证书、无市级及以上创业工作先进表彰、未认定工作成绩突出',
      en: 'No route of 第五条（二）: no relevant certificate, no municipal-or-higher commendation, results not found outstanding',
    });
    expect(route.missing).toBeUndefined();
  });
  it('short of 5 years: no route is named as met, even with every qualifier held', () => {
    const r = mentorRoutes({ ...mentor, serviceSince: '2022-01-01' }, AS_OF);
    expect(r).toMatchObject({ status: 'fail', qualifiedBy: [], missing: [] });
    expect(result(run({ ...mentor, serviceSince: '2022-01-01', ...none }), 'route').message).toEqual({
      zh: '不符合第五条（二）任一条件：三项条件均须从事创业服务5年及以上，未满（从事创业服务工作年限：要求满5年，实际4年325天）',
      en: 'No route of 第五条（二）: each needs 5 years of service, not reached (Years of entrepreneurship service: 5 full years required, 4 years 325 days)',
    });
  });
  it('years unknown with a qualifier held: only the years are asked for, even with other qualifiers open', () => {
    const m = { ...mentor, serviceSince: undefined, commendations: undefined, outstandingResults: undefined };
    const r = mentorRoutes(m, AS_OF);
    expect(r).toMatchObject({ status: 'unknown', missing: ['serviceSince'], qualifiedBy: [] });
    expect(r.serviceYears).toMatchObject({ status: 'unknown', missing: ['serviceSince'] });
    const route = result(run(m), 'route');
    expect(route).toMatchObject({
      status: 'unknown',
      code: 'route_unknown',
      missing: ['serviceSince'],
      expected: { serviceYears: 5, oneOf: [CERT, COMMENDATION, RESULTS] },
      actual: {
        serviceYears: null,
        qualifiers: { [CERT]: 'pass', [COMMENDATION]: 'unknown', [RESULTS]: 'unknown' },
        qualifiedBy: [],
      },
    });
    expect(route.message).toEqual({
      zh: '第五条（二）尚无法判定，请补充 serviceSince',
      en: '第五条（二） not yet decidable, supply serviceSince',
    });
  });
  it('years met, qualifiers open: asks for each open qualifier by its path', () => {
    const m = {
      ...mentor,
      certificates: [{ kind: 'other', name: '某证书' }],
      commendations: [{ level: 'municipal', title: '表彰', date: '2023-12-20' }],
      outstandingResults: undefined,
    };
    const route = result(run(m), 'route');
    expect(route).toMatchObject({
      status: 'unknown',
      missing: ['certificates.0.accepted', 'commendations.0.forEntrepreneurshipWork', 'outstandingResults'],
    });
    expect(route.message).toEqual({
      zh: '第五条（二）尚无法判定，请补充 certificates.0.accepted, commendations.0.forEntrepreneurshipWork, outstandingResults',
      en: '第五条（二） not yet decidable, supply certificates.0.accepted, commendations.0.forEntrepreneurshipWork, outstandingResults',
    });
  });
  it("a pass by two routes names both, with the text's separators", () => {
    expect(result(run({ ...mentor, outstandingResults: false }), 'route').message).toEqual({
      zh: '符合第五条（二）6、第五条（二）7：从事创业服务5年及以上，且相关职业资格证书、市级及以上创业工作先进表彰',
      en: 'Qualifies by 第五条（二）6, 第五条（二）7: 5+ years of service and Relevant professional qualification certificate, Municipal-or-higher commendation for entrepreneurship work',
    });
  });
  it('a pass names only the routes held', () => {
    const route = result(run({ ...mentor, certificates: [], outstandingResults: false }), 'route');
    expect(route).toMatchObject({
      status: 'pass',
      code: 'route_pass',
      actual: {
        qualifiers: { [CERT]: 'fail', [COMMENDATION]: 'pass', [RESULTS]: 'fail' },
        qualifiedBy: [COMMENDATION],
      },
    });
    expect(route.missing).toBeUndefined();
    expect(route.message).toEqual({
      zh: '符合第五条（二）7：从事创业服务5年及以上，且市级及以上创业工作先进表彰',
      en: 'Qualifies by 第五条（二）7: 5+ years of service and Municipal-or-higher commendation for entrepreneurship work',
    });
  });
});

describe('a rule run on its own, before and from the day the measures apply (第十四条)', () => {
  it('is not applicable the day before the day of issue, and judged from that day', async () => {
    const { mentorRules } = await import('../../../src/policies/pingdingshan/mentor.js');
    const { textValues } = await import('../../../src/core/parameters.js');
    const volunteers = mentorRules.find((r) => r.id === 'pingdingshan.mentor.volunteers');
    if (!volunteers) throw new Error('no volunteers rule');
    const at = (asOf: string) =>
      volunteers.check(JSON.parse(JSON.stringify(mentor)), { asOf, effectiveFrom: '2024-05-01', param: textValues });
    expect(at('2024-04-30')).toMatchObject({ status: 'not_applicable', code: 'not_applicable' });
    expect(at('2024-05-01')).toMatchObject({ status: 'pass', code: 'attested' });
    // Without a day of issue, the earliest the text allows (2024-01-01).
    const early = volunteers.check(mentor, { asOf: '2023-12-31', param: textValues });
    expect(early.status).toBe('not_applicable');
  });

  it('mentorRoutes names the argument it cannot read', () => {
    expect(() => mentorRoutes(1 as never, AS_OF)).toThrow(/\bmentor\b/u);
    expect(() => mentorRoutes(mentor, '2026-02-30')).toThrow(/\basOf\b/u);
  });
});
