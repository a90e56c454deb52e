// The statutory holidays (法定节假日) of the 全国年节及纪念日放假办法, for a provisional
// year: the days the law itself fixes are known years ahead; only the bridging
// arrangement (调休) and the weekday given for a holiday on a weekend (补假) are announced
// in each year's notice. No Date, no Intl: Node 20's Intl Chinese calendar puts 正月初一
// 2027 on 02-07 and 2030 on 02-02, a day late each time, so the lunar dates are a table.
import { formatIsoDate, fromCivil, type IsoDate } from './date.js';

/**
 * The lunar festivals and 清明, 2007–2035, as [正月初一, 五月初五 (端午), 八月十五 (中秋), 清明],
 * each `MM-DD` of that Gregorian year. Source: 香港天文台《公历与农历日期对照表》
 * (https://www.hko.gov.hk/tc/gts/time/conversion.htm), computed for Beijing time as
 * GB/T 33661-2017《农历的编算和颁行》 requires (China's official rules, 紫金山天文台's
 * 中国天文年历 publishes the same). Cross-checked in test/calendar/statutory.test.ts against
 * chinese-days 1.5.7 (an independent implementation) and against the official
 * schedules 2007–2026, whose named 春节, 清明, 端午 and 中秋 blocks contain these days.
 * 除夕 is the day before 正月初一, whatever the length of the twelfth month.
 */
const LUNAR: readonly (readonly [string, string, string, string])[] = [
  ['02-18', '06-19', '09-25', '04-05'], // 2007
  ['02-07', '06-08', '09-14', '04-04'], // 2008
  ['01-26', '05-28', '10-03', '04-04'], // 2009
  ['02-14', '06-16', '09-22', '04-05'], // 2010
  ['02-03', '06-06', '09-12', '04-05'], // 2011
  ['01-23', '06-23', '09-30', '04-04'], // 2012
  ['02-10', '06-12', '09-19', '04-04'], // 2013
  ['01-31', '06-02', '09-08', '04-05'], // 2014
  ['02-19', '06-20', '09-27', '04-05'], // 2015
  ['02-08', '06-09', '09-15', '04-04'], // 2016
  ['01-28', '05-30', '10-04', '04-04'], // 2017
  ['02-16', '06-18', '09-24', '04-05'], // 2018
  ['02-05', '06-07', '09-13', '04-05'], // 2019
  ['01-25', '06-25', '10-01', '04-04'], // 2020
  ['02-12', '06-14', '09-21', '04-04'], // 2021
  ['02-01', '06-03', '09-10', '04-05'], // 2022
  ['01-22', '06-22', '09-29', '04-05'], // 2023
  ['02-10', '06-10', '09-17', '04-04'], // 2024
  ['01-29', '05-31', '10-06', '04-04'], // 2025
  ['02-17', '06-19', '09-25', '04-05'], // 2026
  ['02-06', '06-09', '09-15', '04-05'], // 2027: new moon 2027-02-06 23:56 Beijing time
  ['01-26', '05-28', '10-03', '04-04'], // 2028
  ['02-13', '06-16', '09-22', '04-04'], // 2029
  ['02-03', '06-05', '09-12', '04-05'], // 2030
  ['01-23', '06-24', '10-01', '04-05'], // 2031
  ['02-11', '06-12', '09-19', '04-04'], // 2032
  ['01-31', '06-01', '09-08', '04-04'], // 2033
  ['02-19', '06-20', '09-27', '04-05'], // 2034
  ['02-08', '06-10', '09-16', '04-05'], // 2035
];

/** The years the lunar table covers: statutory holidays are known for these. */
export const STATUTORY_YEARS: Readonly<{ from: number; to: number }> = Object.freeze({
  from: 2007,
  to: 2007 + LUNAR.length - 1,
});

/** One statutory rest day of the 放假办法. */
export interface StatutoryDay {
  date: IsoDate;
  holiday: Readonly<{ zh: string; en: string }>;
  /** The 办法 and article that fix the day. */
  basis: string;
}

/** A version of the 办法 and the year its article 2 first applies to. */
interface Revision {
  firstYear: number;
  basis: string;
  /** 春节 starts on 除夕 (2007 and 2024 revisions) or on 正月初一 (1999 and 2013). */
  springFromEve: boolean;
  /** Days of 春节 counted from that start. */
  springDays: number;
  /** Days of 劳动节 from 1 May. */
  labourDays: number;
  /** Whether 清明, 端午 and 中秋 are holidays (from the 2007 revision). */
  lunarFestivals: boolean;
}

// Article 2 of each version (第二条 全体公民放假的节日). Article 6 (a holiday on a weekend
// gives a weekday off, 补假) is not applied: the notice chooses that weekday.
const REVISIONS: readonly Revision[] = [
  {
    // 国务院令第270号 (1999-09-18), art. 2: 新年1天；春节3天（农历正月初一、初二、初三）；
    // 劳动节3天（5月1日、2日、3日）；国庆节3天（10月1日、2日、3日）. In force to 2007-12-31.
    firstYear: 2000,
    basis: '全国年节及纪念日放假办法（1999年修订，国务院令第270号）第二条',
    springFromEve: false,
    springDays: 3,
    labourDays: 3,
    lunarFestivals: false,
  },
  {
    // 国务院令第513号 (2007-12-14, in force 2008-01-01), art. 2: 新年1天；春节3天（农历除夕、
    // 正月初一、初二）；清明节1天（农历清明当日）；劳动节1天（5月1日）；端午节1天（农历端午当日）；
    // 中秋节1天（农历中秋当日）；国庆节3天（10月1日、2日、3日）.
    firstYear: 2008,
    basis: '全国年节及纪念日放假办法（2007年修订，国务院令第513号）第二条',
    springFromEve: true,
    springDays: 3,
    labourDays: 1,
    lunarFestivals: true,
  },
  {
    // 国务院令第644号 (2013-12-11, in force 2014-01-01), art. 2: as 2007, but 春节3天（农历正月
    // 初一、初二、初三）: 除夕 is no longer a statutory day.
    firstYear: 2014,
    basis: '全国年节及纪念日放假办法（2013年修订，国务院令第644号）第二条',
    springFromEve: false,
    springDays: 3,
    labourDays: 1,
    lunarFestivals: true,
  },
  {
    // 国务院令第795号 (2024-11-10, in force 2025-01-01), art. 2: 元旦1天（1月1日）；春节4天
    // （农历除夕、正月初一至初三）；清明节1天；劳动节2天（5月1日、2日）；端午节1天；中秋节1天；
    // 国庆节3天（10月1日至3日）.
    firstYear: 2025,
    basis: '全国年节及纪念日放假办法（2024年修订，国务院令第795号）第二条',
    springFromEve: true,
    springDays: 4,
    labourDays: 2,
    lunarFestivals: true,
  },
];

const NAMES = {
  newYear: Object.freeze({ zh: '元旦', en: "New Year's Day" }),
  spring: Object.freeze({ zh: '春节', en: 'Spring Festival' }),
  qingming: Object.freeze({ zh: '清明节', en: 'Qingming Festival' }),
  labour: Object.freeze({ zh: '劳动节', en: 'Labour Day' }),
  dragonBoat: Object.freeze({ zh: '端午节', en: 'Dragon Boat Festival' }),
  midAutumn: Object.freeze({ zh: '中秋节', en: 'Mid-Autumn Festival' }),
  national: Object.freeze({ zh: '国庆节', en: 'National Day' }),
};

function monthDay(year: number, md: string): number {
  return fromCivil(year, Number(md.slice(0, 2)), Number(md.slice(3, 5)));
}

const cache = new Map<number, readonly StatutoryDay[]>();

/**
 * The statutory rest days of `year` under the version of the 放假办法 in force that year,
 * sorted by date, or `null` for a year the lunar table does not cover (before 2007 or
 * after `STATUTORY_YEARS.to`). Frozen. Only days article 2 fixes: the weekday given for a
 * holiday on a weekend (art. 6, 补假) and the bridges (调休) are the notice's to set.
 *
 * @example
 * statutoryHolidays(2027)?.map((d) => d.date).slice(0, 5);
 * // ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']
 */
export function statutoryHolidays(year: number): readonly StatutoryDay[] | null {
  if (typeof year !== 'number' || !Number.isInteger(year)) return null;
  const lunar = LUNAR[year - STATUTORY_YEARS.from];
  if (lunar === undefined) return null;
  const hit = cache.get(year);
  if (hit) return hit;
  let revision = REVISIONS[0] as Revision;
  for (const r of REVISIONS) if (year >= r.firstYear) revision = r;
  const days: StatutoryDay[] = [];
  const add = (day: number, holiday: { zh: string; en: string }) =>
    days.push(Object.freeze({ date: formatIsoDate(day), holiday, basis: revision.basis }));
  add(fromCivil(year, 1, 1), NAMES.newYear);
  const newMoon = monthDay(year, lunar[0]);
  const springFrom = revision.springFromEve ? newMoon - 1 : newMoon;
  for (let i = 0; i < revision.springDays; i++) add(springFrom + i, NAMES.spring);
  if (revision.lunarFestivals) add(monthDay(year, lunar[3]), NAMES.qingming);
  for (let i = 0; i < revision.labourDays; i++) add(fromCivil(year, 5, 1) + i, NAMES.labour);
  if (revision.lunarFestivals) {
    add(monthDay(year, lunar[1]), NAMES.dragonBoat);
    add(monthDay(year, lunar[2]), NAMES.midAutumn);
  }
  for (let i = 0; i < 3; i++) add(fromCivil(year, 10, 1) + i, NAMES.national);
  // 中秋 may fall on 1–3 October (2020, 2031): one rest day, named for both.
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const merged: StatutoryDay[] = [];
  for (const d of days) {
    const prev = merged[merged.length - 1];
    if (prev && prev.date === d.date) {
      merged[merged.length - 1] = Object.freeze({
        date: d.date,
        holiday: Object.freeze({
          zh: `${prev.holiday.zh}、${d.holiday.zh}`,
          en: `${prev.holiday.en} and ${d.holiday.en}`,
        }),
        basis: d.basis,
      });
    } else merged.push(d);
  }
  const frozen = Object.freeze(merged);
  cache.set(year, frozen);
  return frozen;
}
