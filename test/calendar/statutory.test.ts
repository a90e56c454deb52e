// Issue 29 item 12: a provisional year that knows the law. The statutory holidays of the
// 全国年节及纪念日放假办法 come from a cited lunar table; here it is checked against a
// second source (chinese-days, an independent implementation), against the official
// schedules of every year the library has, and the provisional calendar built on it.
import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, fromCivil, parseIsoDate, weekday } from '../../src/calendar/date.js';
import {
  createCalendar,
  officialCalendar,
  STATUTORY_YEARS,
  statutoryHolidays,
  withinWorkdays,
} from '../../src/calendar/index.js';

const SEED = 20261206;
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const dates = (year: number) => (statutoryHolidays(year) ?? []).map((d) => d.date);
const dayBefore = (date: string) => formatIsoDate((parseIsoDate(date) as number) - 1);

describe('the lunar table, against a second source', () => {
  it('covers 2007–2035', () => {
    expect(STATUTORY_YEARS).toEqual({ from: 2007, to: 2035 });
    expect(Object.isFrozen(STATUTORY_YEARS)).toBe(true);
    expect(statutoryHolidays(2006)).toBeNull();
    expect(statutoryHolidays(2007)).not.toBeNull();
    expect(statutoryHolidays(2035)).not.toBeNull();
    expect(statutoryHolidays(2036)).toBeNull();
    for (const bad of [2027.5, Number.NaN, '2027', null]) expect(statutoryHolidays(bad as number)).toBeNull();
  });

  // chinese-days computes in the machine's local time (its solar terms shift a day west of
  // UTC+8's date line), so the cross-check runs where its dates are China's: UTC or China.
  const chinaDates = [undefined, 'UTC', 'Asia/Shanghai'].includes(process.env.TZ);
  it.skipIf(!chinaDates).each(years(2007, 2035))('%i: 春节, 清明, 端午 and 中秋 agree with chinese-days', (year) => {
    const named = (zh: string) =>
      (statutoryHolidays(year) ?? []).filter((d) => d.holiday.zh.split('、').includes(zh)).map((d) => d.date);
    const newYear = getSolarDateFromLunar(`${year}-01-01`).date;
    const spring = named('春节');
    // 2007 and 2014–2024 start on 初一; 2008–2013 and from 2025, on 除夕 (the revisions).
    const fromEve = (year >= 2008 && year <= 2013) || year >= 2025;
    expect(spring[0]).toBe(fromEve ? dayBefore(newYear) : newYear);
    expect(spring).toContain(newYear);
    if (year >= 2008) {
      expect(named('清明节')).toEqual([getSolarTermDate(year, 4, 'pure_brightness')]);
      expect(named('端午节')).toEqual([getSolarDateFromLunar(`${year}-05-05`).date]);
      expect(named('中秋节')).toEqual([getSolarDateFromLunar(`${year}-08-15`).date]);
    } else {
      expect([...named('清明节'), ...named('端午节'), ...named('中秋节')]).toEqual([]);
    }
  });

  it("2027's New Year is 02-06 (Node's Intl says 02-07: the new moon is at 23:56 Beijing time)", () => {
    expect(dates(2027)).toContain('2027-02-06');
    expect(dates(2027)).toContain('2027-02-05'); // 除夕
    expect(dates(2027)).not.toContain('2027-02-09'); // 初四
    // 2030 likewise: 02-03, where Intl says 02-02.
    expect(dates(2030)).toContain('2030-02-02'); // 除夕
    expect(dates(2030)).toContain('2030-02-05'); // 初三
    expect(dates(2030)).not.toContain('2030-02-06');
  });
});

describe('each version of the 办法 in force for its year', () => {
  it('1999 (in force to 2007): 春节 初一–初三, 劳动节 3 days, no 清明/端午/中秋', () => {
    expect(dates(2007)).toEqual([
      '2007-01-01',
      '2007-02-18',
      '2007-02-19',
      '2007-02-20',
      '2007-05-01',
      '2007-05-02',
      '2007-05-03',
      '2007-10-01',
      '2007-10-02',
      '2007-10-03',
    ]);
    expect(statutoryHolidays(2007)?.[0]?.basis).toContain('国务院令第270号');
  });
  it('2007 revision (2008–2013): 春节 除夕–初二, 劳动节 1 day, 清明, 端午, 中秋', () => {
    expect(dates(2013)).toEqual([
      '2013-01-01',
      '2013-02-09',
      '2013-02-10',
      '2013-02-11',
      '2013-04-04',
      '2013-05-01',
      '2013-06-12',
      '2013-09-19',
      '2013-10-01',
      '2013-10-02',
      '2013-10-03',
    ]);
    expect(statutoryHolidays(2008)?.[0]?.basis).toContain('国务院令第513号');
    expect(statutoryHolidays(2013)?.[0]?.basis).toContain('国务院令第513号');
  });
  it('2013 revision (2014–2024): 春节 初一–初三, 除夕 no longer statutory', () => {
    expect(dates(2014)).not.toContain('2014-01-30'); // 除夕
    expect(dates(2014)).toEqual(expect.arrayContaining(['2014-01-31', '2014-02-01', '2014-02-02']));
    expect(dates(2024)).not.toContain('2024-02-09'); // 除夕
    expect(dates(2024)).not.toContain('2024-05-02');
    expect(dates(2024)).toHaveLength(11);
    expect(statutoryHolidays(2014)?.[0]?.basis).toContain('国务院令第644号');
    expect(statutoryHolidays(2024)?.[0]?.basis).toContain('国务院令第644号');
  });
  it('2024 revision (from 2025): 春节 除夕–初三 (4 days), 劳动节 5-01 and 5-02; 13 days', () => {
    expect(dates(2025)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-04',
      '2025-05-01',
      '2025-05-02',
      '2025-05-31',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-06',
    ]);
    expect(statutoryHolidays(2025)?.[0]?.basis).toContain('国务院令第795号');
    expect(statutoryHolidays(2035)?.[0]?.basis).toContain('国务院令第795号');
  });
  it('中秋 on National Day (2020, 2031) is one day named for both', () => {
    const day = statutoryHolidays(2031)?.find((d) => d.date === '2031-10-01');
    expect(day?.holiday.zh).toBe('中秋节、国庆节');
    expect(dates(2031).filter((d) => d === '2031-10-01')).toHaveLength(1);
    expect(dates(2031)).toHaveLength(12);
  });
  it('results are frozen and shared by no caller', () => {
    const list = statutoryHolidays(2027) as NonNullable<ReturnType<typeof statutoryHolidays>>;
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(Object.isFrozen(list[0]?.holiday)).toBe(true);
    expect(() => {
      (list as unknown as { date: string }[]).push({ date: 'x' });
    }).toThrow(TypeError);
  });
});

const ALIASES: Record<string, string[]> = { 劳动节: ['劳动节', '五一'], 国庆节: ['国庆', '十一'] };

describe('the official schedules, 2007–2026: each statutory day is a rest day there too', () => {
  it.each(years(2007, 2026))('%i', (year) => {
    for (const day of statutoryHolidays(year) ?? []) {
      const info = officialCalendar.dayInfo(day.date);
      expect({ date: day.date, workday: info.workday }).toEqual({ date: day.date, workday: false });
      // On a weekday, the notice names the day for the same festival (a weekend day may be unnamed).
      if (info.kind === 'holiday' && info.holiday) {
        const festival = day.holiday.zh.split('、')[0] as string;
        // The notices' own words: “五一” for 劳动节 and “十一” for 国庆节 in 2007–2008.
        const words = ALIASES[festival] ?? [festival.slice(0, 2)];
        const named = words.some((w) => (info.holiday?.zh ?? '').includes(w));
        expect(named ? festival : `${day.date}: ${info.holiday.zh}`).toBe(festival);
      }
    }
  });
});

describe('a provisional year that knows the law', () => {
  const statutory = createCalendar({ fallback: 'statutory' });
  const weekends = createCalendar({ fallback: 'weekends' });

  it('2026-12-28 + 10 working days: 2027-01-12 (provisional), as any real 2027 file gives', () => {
    const r = withinWorkdays('2026-12-28', 10, { calendar: statutory });
    expect(r.last).toBe('2027-01-12');
    expect(r.provisional).toBe(true);
    expect(r.calendar?.provisional?.statutoryYears).toEqual([2027]);
    expect(r.calendar?.provisional?.message.zh).toContain('法定节假日');
    expect(r.calendar?.provisional?.message.en).toContain('bridges (调休)');
    // The plain weekend fallback still counts New Year's Day: the option is the caller's.
    expect(withinWorkdays('2026-12-28', 10, { calendar: weekends }).last).toBe('2027-01-11');
  });
  it('the day before and the day of: official to 2026-12-31, provisional from 2027-01-01', () => {
    expect(statutory.dayInfo('2026-12-31')).toEqual({
      date: '2026-12-31',
      workday: true,
      kind: 'workday',
      source: 'official',
    });
    expect(statutory.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      workday: false,
      kind: 'holiday',
      source: 'fallback',
      holiday: { zh: '元旦', en: "New Year's Day" },
      basis: '全国年节及纪念日放假办法（2024年修订，国务院令第795号）第二条',
    });
    expect(statutory.dayInfo('2027-01-04')).toMatchObject({ workday: true, kind: 'workday', source: 'fallback' });
    expect(statutory.range()).toEqual({ from: '2007-01-01', to: '2026-12-31' });
    expect(statutory.covers('2027-01-01')).toBe(false);
  });
  it('the last year of the table and the first after: statutory, then weekends only', () => {
    expect(statutory.isWorkday('2035-10-01')).toBe(false);
    expect(statutory.isWorkday('2036-10-01')).toBe(true);
    expect(statutory.dayInfo('2036-01-01')).toEqual({
      date: '2036-01-01',
      workday: true,
      kind: 'workday',
      source: 'fallback',
    });
    const across = statutory.use([['2035-12-01', '2036-02-01']]).provisional;
    expect(across?.years).toEqual([2035, 2036]);
    expect(across?.statutoryYears).toEqual([2035]);
    expect(across?.message.en).toContain('after 2035 weekends only');
    // A Tuesday after the table, 2036-01-01, counts: 2035-12-31 (Mon) + 1.
    expect(statutory.addWorkdays('2035-12-31', 1)).toBe('2036-01-01');
    expect(statutory.addWorkdays('2035-12-28', 1)).toBe('2035-12-31');
  });
  it('a supplied 2027 ends the provisional count there; 2028 is statutory', () => {
    const cal = createCalendar({
      fallback: 'statutory',
      years: [{ year: 2027, days: [{ date: '2027-01-01', name: '元旦', isOffDay: true }] }],
    });
    expect(cal.dayInfo('2027-02-08').source).toBe('official');
    expect(cal.isWorkday('2027-02-08')).toBe(true); // the invented file says nothing of 春节
    expect(cal.dayInfo('2028-01-01')).toMatchObject({ workday: false, source: 'fallback' });
    expect(cal.use([['2027-12-30', '2028-01-03']]).provisional?.statutoryYears).toEqual([2028]);
  });

  it('law: past the data, a day is a working day iff Monday–Friday and not statutory (seeded)', () => {
    const statutoryDays = new Set(years(2027, 2035).flatMap(dates));
    const first = fromCivil(2027, 1, 1);
    const last = fromCivil(2040, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (d) => {
        const date = formatIsoDate(d);
        const expected = weekday(d) % 6 !== 0 && !statutoryDays.has(date);
        expect(statutory.isWorkday(date)).toBe(expected);
        expect(statutory.dayInfo(date).source).toBe('fallback');
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
  it('law: addWorkdays and workdaysBetween stay inverse across the provisional years (seeded)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: fromCivil(2025, 1, 1), max: fromCivil(2037, 12, 31) }),
        fc.integer({ min: -800, max: 800 }),
        (d, n) => {
          const date = formatIsoDate(d);
          const end = statutory.addWorkdays(date, n);
          expect(statutory.workdaysBetween(date, end)).toBe(n);
          if (n !== 0) expect(statutory.isWorkday(end)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });
  it("'statutory' is a fallback: without it a 2027 date still throws", () => {
    expect(() => createCalendar().isWorkday('2027-01-04')).toThrow(RangeError);
    expect(createCalendar({ fallback: 'statutory' }).provenance().fallback).toBe('statutory');
  });
});
