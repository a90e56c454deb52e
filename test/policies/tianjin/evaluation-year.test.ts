// Issue 25 for Tianjin: which year an evaluation grades (四（二）"每年对认定后运行满1年的工作室开展
// 评估", from recognition and each anniversary, calendar termYear), no grade where the record
// cannot tell or does not cover the year, a 不合格 decided by a gate said where the grade is,
// readings and reforms read at check time (issue 26), and the two principles (a fact after
// the as-of date does not exist yet; an act's deadline on a rest day moves on). Both sides
// of every boundary, both languages.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../../src/calendar/date.js';
import { createCalendar, termYear, withinWorkdays, workdaysBetween } from '../../../src/calendar/index.js';
import { check, evaluate } from '../../../src/index.js';
import { defaultStandard, rectification, supervisionTimeline } from '../../../src/policies/tianjin/index.js';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/tianjin/${name}`, import.meta.url), 'utf8'));
const year = load('year-record.json');
const app = load('studio-application.json');

describe('the year graded when no period is named: from recognition and each anniversary (25.1)', () => {
  it('the example, as the README runs it on 2026-12-06: its own first year, 优秀 (not the year ending yesterday)', () => {
    const r = evaluate('tianjin', year, { asOf: '2026-12-06' });
    expect(r.period).toEqual({ from: '2025-06-20', to: '2026-06-19' });
    expect(r).toMatchObject({ grade: 'excellent', score: '90.25' });
    expect(r.consequence).toBeUndefined();
  });
  it('the first anniversary: the day before, the year still runs (due the day after); on it, graded', () => {
    const before = evaluate('tianjin', year, { asOf: '2026-06-19' });
    expect(before.period).toEqual({ from: '2025-06-20', to: '2026-06-19' });
    expect(before).toMatchObject({ grade: null, notGraded: { code: 'year_not_over', dueOn: '2026-06-20' } });
    expect(evaluate('tianjin', year, { asOf: '2026-06-20' }).grade).toBe('excellent');
  });
  it('the second anniversary: the day before, still the first year; on it, the second year', () => {
    expect(evaluate('tianjin', year, { asOf: '2027-06-19' }).period).toEqual({ from: '2025-06-20', to: '2026-06-19' });
    expect(evaluate('tianjin', year, { asOf: '2027-06-20' }).period).toEqual({ from: '2026-06-20', to: '2027-06-19' });
  });
  it('progress: the year running on the as-of date', () => {
    const r = evaluate('tianjin', year, { asOf: '2026-10-15', progress: true });
    expect(r.period).toEqual({ from: '2026-06-20', to: '2027-06-19' });
    expect(r.grade).toBeNull();
  });
  it('29 February: the years follow the calendar’s termPeriod (2025-03-01 – 2026-02-28)', () => {
    const leap = { ...year, recognizedOn: '2024-02-29', activities: [{ date: '2025-06-01', kind: 'training' }] };
    expect(evaluate('tianjin', leap, { asOf: '2025-03-01' }).period).toEqual({ from: '2024-02-29', to: '2025-02-28' });
    expect(evaluate('tianjin', leap, { asOf: '2026-03-01' }).period).toEqual({ from: '2025-03-01', to: '2026-02-28' });
    expect(evaluate('tianjin', leap, { asOf: '2026-02-28' }).period).toEqual({ from: '2024-02-29', to: '2025-02-28' });
  });
  it('满1年 of a 29 February recognition: a period to 2025-02-28 applies, to 2025-02-27 does not', () => {
    const leap = { ...year, recognizedOn: '2024-02-29' };
    const full = (from: string, to: string) =>
      evaluate('tianjin', leap, { from, to, asOf: '2026-01-01' }).results.find(
        (x) => x.ruleId === 'tianjin.evaluation.full_year',
      );
    expect(full('2024-03-01', '2025-02-28')?.status).not.toBe('not_applicable');
    expect(full('2024-02-28', '2025-02-27')).toMatchObject({
      status: 'not_applicable',
      expected: { runsTo: '2025-02-28' },
    });
  });
  it('a named period is the caller’s: taken as given', () => {
    expect(evaluate('tianjin', year, { asOf: '2026-12-06', from: '2025-06-20', to: '2026-06-19' }).grade).toBe(
      'excellent',
    );
  });
});

describe('no grade where the record cannot tell (25.1)', () => {
  it('no recognition date: period_unknown, naming what to supply and --from/--to, in both languages', () => {
    const r = evaluate('tianjin', { ...year, recognizedOn: undefined }, { asOf: '2026-12-06' });
    expect(r).toMatchObject({ grade: null, period: null, score: null, notGraded: { code: 'period_unknown' } });
    expect(r.notGraded?.reason.zh).toContain('记录未给出认定日期');
    expect(r.notGraded?.reason.zh).toContain('--from/--to');
    expect(r.notGraded?.reason.en).toContain('gives no recognition date');
    expect(r.notGraded?.reason.en).toContain('--from/--to');
    expect(r.consequence).toBeUndefined();
  });
  it('with the period named, the missing recognition date is asked for as before', () => {
    const r = evaluate('tianjin', { ...year, recognizedOn: undefined }, { from: '2025-06-20', to: '2026-06-19' });
    expect(r.results[0]).toMatchObject({ status: 'unknown', missing: ['recognizedOn'] });
  });
  it('recognised after the as-of date: not yet recognised then (a fact after asOf does not exist yet)', () => {
    const r = evaluate('tianjin', { ...year, recognizedOn: '2026-12-07' }, { asOf: '2026-12-06' });
    expect(r).toMatchObject({ grade: null, notGraded: { code: 'year_not_over', dueOn: '2027-12-07' } });
    expect(r.notGraded?.reason.zh).toContain('晚于评估日2026-12-06');
    expect(r.notGraded?.reason.en).toContain('after the as-of date 2026-12-06');
    // The day of recognition itself: the first year runs.
    const day = evaluate('tianjin', { ...year, recognizedOn: '2026-12-06' }, { asOf: '2026-12-06' });
    expect(day.period).toEqual({ from: '2026-12-06', to: '2027-12-05' });
  });
  it('a year the record does not cover is never graded: no 不合格, the reason and what to supply', () => {
    const r = evaluate('tianjin', year, { asOf: '2027-06-20' });
    expect(r.period).toEqual({ from: '2026-06-20', to: '2027-06-19' });
    expect(r.grade).toBeNull();
    expect(r.consequence).toBeUndefined();
    const full = r.results.find((x) => x.ruleId === 'tianjin.evaluation.full_year');
    expect(full).toMatchObject({ status: 'unknown', code: 'record_outside_period' });
    expect(full?.message.zh).toContain('均不在评估期间（2026-06-20至2027-06-19');
    expect(full?.message.zh).toContain('--from/--to');
    expect(full?.message.en).toContain('all lie outside the period');
    // One dated entry inside the year and the record covers it: graded (an empty year is a fact).
    const one = { ...year, activities: [...year.activities, { date: '2026-06-20', kind: 'other' }] };
    expect(evaluate('tianjin', one, { asOf: '2027-06-20' }).grade).toBe('fail');
    const empty = { ...year, activities: [], servedStartups: [], incubatedProjects: [], grownStartups: [] };
    expect(evaluate('tianjin', empty, { asOf: '2027-06-20' }).grade).toBe('fail');
  });
  it('property: a record whose dates all fall in one evaluation year is graded over a period covering them all', () => {
    const day = fc.integer({ min: parseIsoDate('2008-01-01') as number, max: parseIsoDate('2022-12-31') as number });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (r, k, at, when) => {
          const recognizedOn = formatIsoDate(r);
          const own = termYear(recognizedOn, k);
          const next = termYear(recognizedOn, k + 1);
          const within = (y: { from: string; to: string }, f: number) => {
            const a = parseIsoDate(y.from) as number;
            const b = parseIsoDate(y.to) as number;
            return formatIsoDate(a + Math.floor(f * (b - a)));
          };
          const dates = at.map((f) => within(own, f));
          const record = {
            recognizedOn,
            activities: dates.map((date) => ({ date, kind: 'training' })),
            servedStartups: [{ name: '甲', foundedOn: recognizedOn, firstServedOn: dates[0] }],
          };
          // Any day of the next year: the latest year ended is the record's own.
          const asOf = within(next, when);
          const report = evaluate('tianjin', record, { asOf });
          const period = report.period;
          expect(period).not.toBeNull();
          for (const d of dates) expect(d >= (period?.from ?? '') && d <= (period?.to ?? '')).toBe(true);
          // Later, another year is taken: the record's dates are outside it, and it is not graded.
          const later = evaluate('tianjin', record, { asOf: within(termYear(recognizedOn, k + 2), when) });
          expect(later.grade).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a 不合格 decided by a gate says so, with the score beside it (25.2)', () => {
  const short = {
    ...year,
    activities: year.activities.filter((a: { kind: string }) => a.kind !== 'financing_matchmaking'),
  };
  it('the financing minimum unmet: 不合格, gradeReason names 四（一）4（3）, the reading and the score', () => {
    const r = evaluate('tianjin', short, { from: '2025-06-20', to: '2026-06-19', asOf: '2026-12-06' });
    expect(r.grade).toBe('fail');
    expect(r.gradeReason).toMatchObject({
      code: 'gate',
      provenance: 'interpretation',
      byScore: 'good',
      score: r.score,
      gates: [{ ruleId: 'tianjin.evaluation.financing', clauses: ['四（一）4（3）'] }],
    });
    expect(r.gradeReason?.reason.zh).toBe(
      `不合格 — 因四（一）4（3） 融资对接活动：要求不少于1次，实际0次（解读：未达到四（一）4–5的每年最低要求或有违法违纪行为即为不合格；文本将其列为评估内容）；得分${r.score}（按得分为良好）`,
    );
    expect(r.gradeReason?.reason.en).toBe(
      `不合格 (fail) — because 四（一）4（3） Financing match-making events: at least 1 required, 0 found (reading: an unmet yearly minimum of 四（一）4–5, or a violation, makes the year 不合格; the text lists it as evaluation content); score ${r.score} (by the score alone: Good)`,
    );
  });
  it('no gate failed: no gradeReason; a violation (四（一）1) is a gate too', () => {
    expect(evaluate('tianjin', year, { asOf: '2026-12-06' }).gradeReason).toBeUndefined();
    const r = evaluate('tianjin', { ...year, violations: true }, { asOf: '2026-12-06' });
    expect(r.gradeReason?.gates.map((g) => g.ruleId)).toEqual(['tianjin.evaluation.no_violations']);
    expect(r.gradeReason?.byScore).toBe('excellent');
  });
  it('the gates switched off by the year’s standard: the score decides, no gradeReason', () => {
    const r = evaluate('tianjin', short, {
      from: '2025-06-20',
      to: '2026-06-19',
      asOf: '2026-12-06',
      standard: { ...JSON.parse(JSON.stringify(defaultStandard)), gates: [] },
    });
    expect(r.gradeReason).toBeUndefined();
    expect(r.grade).toBe('good');
  });
});

describe('readings and reforms read at check time (issue 26)', () => {
  it('evaluation.startupAgeInclusive: a start-up first served on its 3rd anniversary counts, or not', () => {
    const record = {
      recognizedOn: '2025-01-01',
      servedStartups: [{ name: '甲', foundedOn: '2022-06-01', firstServedOn: '2025-06-01' }],
    };
    const opts = { from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-01' };
    const gate = (r: ReturnType<typeof evaluate>) =>
      r.results.find((x) => x.ruleId === 'tianjin.evaluation.new_startups')?.actual;
    expect(gate(evaluate('tianjin', record, opts))).toMatchObject({ qualified: 1 });
    const excluded = evaluate('tianjin', record, { ...opts, readings: { 'evaluation.startupAgeInclusive': false } });
    expect(gate(excluded)).toMatchObject({ qualified: 0 });
    expect(excluded.parameters).toMatchObject([
      { id: 'evaluation.startupAgeInclusive', kind: 'reading', value: false },
    ]);
    // The day before the anniversary counts under both readings.
    const dayBefore = { ...record, servedStartups: [{ ...record.servedStartups[0], firstServedOn: '2025-05-31' }] };
    expect(
      gate(evaluate('tianjin', dayBefore, { ...opts, readings: { 'evaluation.startupAgeInclusive': false } })),
    ).toMatchObject({ qualified: 1 });
  });
  it('venue.useRightReading through check readings: a 3-year lease half run passes as a term, fails as remaining', () => {
    const venue = { ...app.venue, useRightFrom: '2025-06-01', useRightUntil: '2028-05-31' };
    const use = (readings?: Record<string, string>) =>
      check(
        'tianjin',
        'studio',
        { ...app, venue },
        { asOf: '2026-11-22', ...(readings ? { readings } : {}) },
      ).results.find((x) => x.ruleId === 'tianjin.venue.use_right')?.status;
    expect(use()).toBe('fail');
    expect(use({ 'venue.useRightReading': 'term' })).toBe('pass');
  });
  it('a reform of a yearly minimum moves the gate and the default standard’s target, and says it is not the text', () => {
    const opts = { from: '2025-06-20', to: '2026-06-19', asOf: '2026-12-06' };
    const r = evaluate('tianjin', year, { ...opts, parameters: { 'evaluation.minServiceActivities': 6 } });
    expect(r.results.find((x) => x.ruleId === 'tianjin.evaluation.service_activities')?.status).toBe('fail');
    expect(r.reform?.zh).toBe('按调整后的参数计算，非政策原文结论');
    const item = r.areas.flatMap((a) => a.items).find((i) => i.id === 'activities.service');
    expect(item?.points).not.toBe('7');
    // At the text's value: the text's verdict.
    const same = evaluate('tianjin', year, { ...opts, parameters: { 'evaluation.minServiceActivities': 5 } });
    expect(same.grade).toBe('excellent');
  });
  it('a procedure parameter is informative: refused as a reading and as a reform', () => {
    const r = evaluate('tianjin', year, { parameters: { 'supervision.rectificationDays': 20 } });
    expect(r.problems).toMatchObject([{ path: ['options', 'parameters', 'supervision.rectificationDays'] }]);
  });
  it('staff.distinctBy: the same name twice counts once by default, twice as entries', () => {
    const staff = [app.staff[0], app.staff[0], app.staff[1]];
    const status = (readings?: Record<string, string>) =>
      check(
        'tianjin',
        'studio',
        { ...app, staff },
        { asOf: '2026-11-22', ...(readings ? { readings } : {}) },
      ).results.find((x) => x.ruleId === 'tianjin.staff.count')?.status;
    expect(status()).toBe('fail');
    expect(status({ 'staff.distinctBy': 'entry' })).toBe('pass');
  });
});

describe('a record entry with two bad fields is left out once (25.7)', () => {
  it('one entry_left_out for the entry, whatever its faults', () => {
    const bad = { date: '2026-02-30', kind: 'nonsense' };
    const r = evaluate('tianjin', { ...year, activities: [...year.activities, bad] }, { asOf: '2026-12-06' });
    expect(r.problems.filter((p) => p.code === 'entry_left_out').map((p) => p.path)).toEqual([
      ['activities', year.activities.length],
    ]);
  });
});

describe('五（一）: a studio recognised in the last days of a year owes no check that year (25.7)', () => {
  // Past 2026 the lateness of a missed year is counted provisionally (weekends only).
  const opts = { asOf: '2027-03-01', calendar: createCalendar({ fallback: 'weekends' }) };
  const owed2026 = (recognizedOn: string) =>
    supervisionTimeline({ recognizedOn }, opts).steps.some((s) => s.id === 'spotCheck-2026');
  it('the last day leaving 7 working days for a visit owes it; the next does not', () => {
    // 2026-12-22: the 7th working day after is 2026-12-31.
    expect(withinWorkdays('2026-12-22', 7).last).toBe('2026-12-31');
    expect(owed2026('2026-12-22')).toBe(true);
    expect(workdaysBetween('2026-12-23', '2026-12-31')).toBe(6);
    expect(owed2026('2026-12-23')).toBe(false);
    expect(owed2026('2026-12-30')).toBe(false);
  });
  it('a check made in that part-year is still shown, on time', () => {
    const r = supervisionTimeline({ recognizedOn: '2026-12-28', spotChecks: ['2026-12-30'] }, opts);
    expect(r.steps[0]).toMatchObject({ id: 'spotCheck-2026', status: 'on_time', done: '2026-12-30' });
  });
});

describe('the two principles in Tianjin (issue 24)', () => {
  it('a use right beginning after the as-of date does not exist yet on it', () => {
    const use = (from: string) =>
      check(
        'tianjin',
        'studio',
        { ...app, venue: { ...app.venue, useRightFrom: from, useRightUntil: '2035-12-31' } },
        { asOf: '2026-11-22' },
      ).results.find((x) => x.ruleId === 'tianjin.venue.use_right');
    expect(use('2026-11-22')?.status).toBe('pass');
    const later = use('2026-11-23');
    expect(later?.status).toBe('fail');
    expect(later?.message.zh).toContain('使用权自2026-11-23起，评估日2026-11-22尚未开始');
    expect(later?.message.en).toContain('begins on 2026-11-23, after the as-of date 2026-11-22');
  });
  it('progress counts nothing dated after the as-of date', () => {
    const r = evaluate('tianjin', year, { asOf: '2025-08-01', progress: true });
    const line = r.progress?.find((l) => l.ruleId === 'tianjin.evaluation.service_activities');
    const upTo = year.activities.filter(
      (a: { date: string; kind: string }) =>
        a.date <= '2025-08-01' && ['policy_consultation', 'training', 'exchange_guidance'].includes(a.kind),
    ).length;
    expect(line?.count).toBe(upTo);
  });
  it('the rectification deadline on a rest day moves to the next working day (Civil Code 第二百零三条)', () => {
    // Ordered 2026-09-01: day 30 is 2026-10-01, National Day; the period ends on 2026-10-08.
    expect(rectification('2026-09-01', { rectifiedOn: '2026-10-08' }, { asOf: '2026-10-20' })).toMatchObject({
      due: '2026-10-08',
      status: 'on_time',
    });
    expect(rectification('2026-09-01', { rectifiedOn: '2026-10-09' }, { asOf: '2026-10-20' }).status).toBe('late');
  });
});
