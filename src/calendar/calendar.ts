import { OFFICIAL_DATA_VERSION, OFFICIAL_DAYS, OFFICIAL_NOTICES, OFFICIAL_RANGE } from './data.generated.js';
import {
  FIRST_DAY,
  formatIsoDate,
  fromCivil,
  type IsoDate,
  LAST_DAY,
  requireCount,
  requireIsoDate,
  weekday,
} from './date.js';
import {
  CalendarDataError,
  CalendarRangeError,
  InvalidArgumentError,
  readArgument,
  requireArray,
  type YearProblem,
} from './errors.js';

export { CalendarRangeError };

import { STATUTORY_YEARS, statutoryHolidays } from './statutory.js';
import { crossCheckYear, LATE_DECEMBER_FROM, MAX_SCHEDULE_DAYS, type ScheduleDay } from './year-check.js';

/** Why a day is, or is not, a working day. */
export type DayKind =
  /** Monday to Friday, not a holiday. */
  | 'workday'
  /** Saturday or Sunday, not turned into a working day. */
  | 'weekend'
  /** A rest day of an official holiday block (a weekend day inside the block included). */
  | 'holiday'
  /** A weekend day the State Council turned into a working day (调休上班). */
  | 'makeup_workday';

export interface DayInfo {
  date: IsoDate;
  workday: boolean;
  kind: DayKind;
  /** The holiday the notice names the day for ('春节', '国庆节、中秋节'), for 'holiday' and 'makeup_workday'. */
  holiday?: { zh: string; en: string };
  /**
   * 'official': from the State Council's notices or data the caller supplied; 'fallback': a
   * provisional day past the data the caller opted into (weekends, and with
   * `fallback: 'statutory'` the statutory holidays of the 放假办法).
   */
  source: 'official' | 'fallback';
  /** For a statutory holiday of a provisional year: the 办法 and article that fix it. */
  basis?: string;
}

/** One year's schedule in the holiday-cn shape, e.g. 2027 once the State Council publishes it. */
export interface YearSchedule {
  year: number;
  days: readonly ScheduleDay[];
  /** Where the schedule comes from (the notice's URL). */
  papers?: readonly string[];
  /** What supplied it, for the provenance of results: a file name ('2027.json'); 'year 2027' by default. */
  source?: string;
}

export interface CalendarOptions {
  /**
   * Extra years; together with the official ones they must form one unbroken range. Each
   * is cross-checked; a year the built-in data has is replaced by the supplied one.
   */
  years?: readonly YearSchedule[];
  /** Single-day corrections or local arrangements, applied last. */
  overrides?: Readonly<Record<IsoDate, { workday: boolean; name?: string }>>;
  /**
   * Outside the covered years: 'error' (default) throws `CalendarRangeError`;
   * 'statutory' counts Monday–Friday as working days except the statutory holidays of
   * the 全国年节及纪念日放假办法 then in force (known for 2007–2035, `STATUTORY_YEARS`; later
   * years weekends only), leaving only the bridges (调休) and 补假 unknown;
   * 'weekends' counts Monday–Friday as working days, holidays not known. Either marks such
   * days `source: 'fallback'`, and every period result that touched one `calendar.provisional`.
   */
  fallback?: Fallback;
}

/** What a calendar does with a day past its data: see `CalendarOptions.fallback`. */
export type Fallback = 'error' | 'weekends' | 'statutory';

/** A day of an earlier year that a supplied year's notice changes (its late-December entries). */
export interface CrossYearChange {
  date: IsoDate;
  /** The supplied year that changes it ('2027.json'). */
  source: string;
  /** Whether the day is now a working day. */
  workday: boolean;
}

/** Which calendar a result was computed on. */
export interface CalendarProvenance {
  /** 'built-in': the library's data alone; 'supplied': with years or overrides the caller gave. */
  source: 'built-in' | 'supplied';
  /** The version of the built-in data (its years and a content hash). */
  dataVersion: string;
  /** The last year of the built-in official data. */
  builtInLastYear: number;
  /** The last year with official or supplied data: later days are not official. */
  lastOfficialYear: number;
  /** What was supplied: file names, 'year 2027', 'overrides'. */
  supplied: readonly string[];
  /** Whether days past the data may be counted provisionally, and how. */
  fallback: Fallback;
  /**
   * Present when a supplied year changes a day of an earlier year (a 2027 notice making
   * 2026-12-31 a rest day): never silent, as a result on such a day moves.
   */
  changes?: readonly CrossYearChange[];
}

/** The calendar a period, deadline or timeline result used, and whether the answer is provisional. */
export interface CalendarUse extends CalendarProvenance {
  /** Non-null when the result touched days past the data, counted as weekends only. */
  provisional: ProvisionalDays | null;
}

export interface ProvisionalDays {
  /** The days past the data the result touched (an unbroken run). */
  from: IsoDate;
  to: IsoDate;
  /** The years whose arrangement is not official (not published, or not supplied). */
  years: readonly number[];
  /** The years among them counted with the statutory holidays of the 放假办法 ('statutory' fallback). */
  statutoryYears: readonly number[];
  message: { zh: string; en: string };
}

export interface Calendar {
  /** The dates this calendar has official (or supplied) data for. */
  range(): { from: IsoDate; to: IsoDate };
  /** Whether the date lies inside `range()`. */
  covers(date: IsoDate): boolean;
  isWorkday(date: IsoDate): boolean;
  dayInfo(date: IsoDate): DayInfo;
  /** n > 0: the n-th working day after `date`; n < 0: the |n|-th before; 0: `date` itself. |n| ≤ MAX_WORKDAYS. */
  addWorkdays(date: IsoDate, n: number): IsoDate;
  /** Signed count: end ≥ start → working days d with start < d ≤ end; end < start → minus those with end ≤ d < start. */
  workdaysBetween(start: IsoDate, end: IsoDate): number;
  /** The first working day strictly after `date`. */
  nextWorkday(date: IsoDate): IsoDate;
  /** The last working day strictly before `date`. */
  previousWorkday(date: IsoDate): IsoDate;
  /** The notices behind the data, per year: a fresh, frozen copy on every call. */
  notices(): readonly { readonly year: number; readonly urls: readonly string[] }[];
  /** Which data this calendar holds: built-in or supplied, up to which year, with a fallback or not. */
  provenance(): CalendarProvenance;
  /**
   * The calendar used for days in the given spans: its provenance, and the days past the
   * data (counted as weekends only) when some span reached beyond them.
   */
  use(spans: readonly (readonly [IsoDate, IsoDate])[]): CalendarUse;
}

const HOLIDAY_EN: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  '“五一”': 'Labour Day',
  '“五一”国际劳动节': 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  '“十一”': 'National Day',
  '国庆节、中秋节': 'National Day and Mid-Autumn Festival',
  '中秋节、国庆节': 'Mid-Autumn Festival and National Day',
  抗日战争暨世界反法西斯战争胜利70周年纪念日: '70th anniversary of the victory in the War of Resistance',
};

const KIND_CODE = { workday: 0, weekend: 1, holiday: 2, makeup_workday: 3 } as const;
const KINDS: DayKind[] = ['workday', 'weekend', 'holiday', 'makeup_workday'];

/** Weekdays in [a fixed Monday, d]: differences count Monday–Friday days in O(1). */
function weekdaysUpTo(d: number): number {
  const k = d - 4; // day 4 = 1970-01-05, a Monday
  const weeks = Math.floor(k / 7);
  return 5 * weeks + Math.min(k - 7 * weeks + 1, 5);
}

/** The weekday d with weekdaysUpTo(d) === count. */
function weekdayAt(count: number): number {
  const weeks = Math.floor((count - 1) / 5);
  return 4 + 7 * weeks + (count - 1 - 5 * weeks);
}

interface Index {
  /** The official (or supplied) days: [from, to]. */
  from: number;
  to: number;
  /**
   * The last indexed day: `to`, or with the 'statutory' fallback the end of the lunar
   * table, its days past `to` provisional (weekends and the statutory holidays).
   */
  end: number;
  kinds: Uint8Array;
  /** The 办法's article for each statutory holiday past the data. */
  bases: Map<number, string>;
  /** Days of an earlier year a supplied year changes. */
  changes: CrossYearChange[];
  names: (string | undefined)[];
  /** rank[i]: working days in [from, from + i]. */
  rank: Int32Array;
  /** Day numbers of the working days, ascending: workdays[k - 1] has rank k. */
  workdays: Int32Array;
}

/** Reads and cross-checks the caller's options once, eagerly: a bad year throws at creation. */
function validateOptions(options: unknown): CalendarOptions {
  // Stryker disable next-line ConditionalExpression: createCalendar's default parameter turns undefined into {}, which reads the same
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError('options', 'an object', options);
  // A snapshot of plain values, each read once: nothing the caller passed is read again later.
  const o = options as CalendarOptions;
  const fallback = readArgument(() => o.fallback, 'options.fallback');
  if (fallback !== undefined && fallback !== 'error' && fallback !== 'weekends' && fallback !== 'statutory') {
    throw new InvalidArgumentError('options.fallback', "'error', 'statutory' or 'weekends'", fallback);
  }
  const given = readArgument(() => o.years, 'options.years');
  if (given !== undefined && !Array.isArray(given)) throw new InvalidArgumentError('options.years', 'an array', given);
  const years: YearSchedule[] = [];
  const problems: YearProblem[] = [];
  const seen = new Set<number>();
  const count = readArgument(() => given?.length ?? 0, 'options.years');
  if (count > MAX_SUPPLIED_YEARS) {
    throw new InvalidArgumentError('options.years', `at most ${MAX_SUPPLIED_YEARS} years`, given);
  }
  for (let i = 0; i < count; i++) {
    const name = `options.years[${i}]`;
    const y = readArgument(() => (given as YearSchedule[])[i], name);
    if (y === null || typeof y !== 'object') throw new InvalidArgumentError(name, 'a year schedule', y);
    const year = requireCount(
      readArgument(() => y.year, `${name}.year`),
      `${name}.year`,
      1000,
      9999,
    );
    const source = readArgument(() => y.source, `${name}.source`) ?? `year ${year}`;
    if (typeof source !== 'string') throw new InvalidArgumentError(`${name}.source`, 'a string', source);
    const papers = readArgument(() => (Array.isArray(y.papers) ? y.papers.map(String) : []), `${name}.papers`);
    const list = readArgument(() => y.days, `${name}.days`);
    if (!Array.isArray(list)) throw new InvalidArgumentError(`${name}.days`, 'an array', list);
    const days: ScheduleDay[] = [];
    const length = readArgument(() => list.length, `${name}.days`);
    // Bounded up front, as year files are (a notice names a few dozen days).
    if (length > MAX_SCHEDULE_DAYS) {
      throw new InvalidArgumentError(`${name}.days`, `at most ${MAX_SCHEDULE_DAYS} days`, list);
    }
    for (let j = 0; j < length; j++) {
      const at = `${name}.days[${j}]`;
      const day = readArgument(() => {
        const d = list[j] as ScheduleDay;
        return d !== null && typeof d === 'object' ? { date: d.date, name: d.name, isOffDay: d.isOffDay } : d;
      }, at);
      if (
        day === null ||
        typeof day !== 'object' ||
        typeof day.name !== 'string' ||
        typeof day.isOffDay !== 'boolean'
      ) {
        throw new InvalidArgumentError(at, '{ date, name, isOffDay }', day);
      }
      days.push(day);
    }
    if (seen.has(year)) {
      problems.push({
        severity: 'error',
        code: 'duplicate_year',
        source,
        entry: 'year',
        message: { zh: `${year}年重复提供`, en: `${year} is supplied twice` },
      });
    }
    seen.add(year);
    for (const p of crossCheckYear(year, days, source)) if (p.severity === 'error') problems.push(p);
    years.push({ year, days, papers, source });
  }
  if (problems.length > 0) throw new CalendarDataError(problems);
  const givenOverrides = readArgument(() => o.overrides, 'options.overrides');
  let overrides: Record<IsoDate, { workday: boolean; name?: string }> | undefined;
  if (givenOverrides !== undefined) {
    if (givenOverrides === null || typeof givenOverrides !== 'object') {
      throw new InvalidArgumentError('options.overrides', 'an object keyed by date', givenOverrides);
    }
    overrides = {};
    let overrideCount = 0;
    for (const [date, v] of readArgument(() => Object.entries(givenOverrides), 'options.overrides')) {
      requireIsoDate(date, 'options.overrides key');
      if (++overrideCount > MAX_OVERRIDES) {
        throw new InvalidArgumentError('options.overrides', `at most ${MAX_OVERRIDES} days`, givenOverrides);
      }
      const entry = readArgument(
        () => (v !== null && typeof v === 'object' ? { workday: v.workday, name: v.name } : v),
        `options.overrides["${date}"]`,
      );
      if (
        entry === null ||
        typeof entry !== 'object' ||
        typeof entry.workday !== 'boolean' ||
        (entry.name !== undefined && typeof entry.name !== 'string')
      ) {
        throw new InvalidArgumentError(`options.overrides["${date}"]`, '{ workday: boolean, name?: string }', v);
      }
      overrides[date] = entry.name === undefined ? { workday: entry.workday } : entry;
    }
  }
  const all = [...OFFICIAL_NOTICES.map((n) => n.year), ...seen].sort((a, b) => a - b);
  // Stryker disable next-line EqualityOperator: all[all.length] is undefined and `undefined > n` is false: one more pass finds no gap
  for (let i = 1; i < all.length; i++) {
    const gap = (all[i] as number) > (all[i - 1] as number) + 1;
    if (gap) {
      throw new CalendarDataError([
        {
          severity: 'error',
          code: 'gap',
          source: 'options.years',
          entry: String(all[i]),
          message: {
            zh: `日历在${all[i - 1]}年之后会有缺口`,
            en: `the calendar would have a gap after ${all[i - 1]}: supply every year in between`,
          },
        },
      ]);
    }
  }
  return {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `years: []` and no `years` read alike (every use is `opts.years ?? []`)
    ...(years.length > 0 ? { years } : {}),
    ...(overrides ? { overrides } : {}),
    ...(fallback ? { fallback } : {}),
  };
}

/** The notice a built-in day comes from: late December belongs to next year's (2019's holds 2018-12-29…31). */
function builtInNotice(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(4) >= LATE_DECEMBER_FROM ? year + 1 : year;
}

function buildIndex(options: CalendarOptions): Index {
  const entries = new Map<number, { name: string; off: boolean; notice: number }>();
  const years = new Set<number>();
  for (const n of OFFICIAL_NOTICES) years.add(n.year);
  for (const [date, name, off] of OFFICIAL_DAYS) {
    entries.set(requireIsoDate(date), { name, off: off === 1, notice: builtInNotice(date) });
  }
  const builtIn = new Map(entries);
  const supplied = [...(options.years ?? [])].sort((a, b) => a.year - b.year);
  for (const schedule of supplied) years.add(schedule.year);
  // A supplied year replaces the days of the built-in notice of that year (a corrected
  // notice), wherever they fall: 2018-12-29, from 2019's notice, stays when 2018 is re-supplied.
  for (const [d, e] of entries) if (supplied.some((y) => y.year === e.notice)) entries.delete(d);
  const changes: CrossYearChange[] = [];
  // In order of year, so that a later notice's late-December days win, as they came later.
  for (const schedule of supplied) {
    for (const day of schedule.days) {
      const d = requireIsoDate(day.date);
      // Compared with what the calendar said before this notice: an earlier supplied
      // year's entry, else the built-in one (so re-supplying 2019 changes nothing).
      const prior = entries.get(d);
      const base = prior && prior.notice !== schedule.year ? prior : builtIn.get(d);
      const wasOff = base ? base.off : weekday(d) % 6 === 0;
      if (!day.date.startsWith(`${schedule.year}-`) && years.has(schedule.year - 1) && wasOff !== day.isOffDay) {
        changes.push({ date: day.date, source: schedule.source ?? `year ${schedule.year}`, workday: !day.isOffDay });
      }
      entries.set(d, { name: day.name, off: day.isOffDay, notice: schedule.year });
    }
  }
  const sorted = [...years].sort((a, b) => a - b);
  const lastYear = sorted[sorted.length - 1] as number;
  const from = fromCivil(sorted[0] as number, 1, 1);
  const to = fromCivil(lastYear, 12, 31);
  // The statutory fallback indexes the years the lunar table covers past the data.
  const end =
    options.fallback === 'statutory' && lastYear < STATUTORY_YEARS.to ? fromCivil(STATUTORY_YEARS.to, 12, 31) : to;
  const size = end - from + 1;
  const kinds = new Uint8Array(size);
  // Stryker disable next-line ArrayDeclaration: names is written and read by index inside [0, size) only; its preset length is never read
  const names: (string | undefined)[] = new Array(size);
  for (let d = from; d <= end; d++) {
    const w = weekday(d);
    kinds[d - from] = w === 0 || w === 6 ? KIND_CODE.weekend : KIND_CODE.workday;
  }
  for (const [d, { name, off }] of entries) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a write outside [from, to] is lost either way (a Uint8Array ignores out-of-range indexes; such names are never read)
    if (d < from || d > to) continue;
    kinds[d - from] = off ? KIND_CODE.holiday : weekday(d) % 6 === 0 ? KIND_CODE.makeup_workday : KIND_CODE.workday;
    names[d - from] = name;
  }
  const bases = new Map<number, string>();
  for (let year = lastYear + 1; end > to && year <= STATUTORY_YEARS.to; year++) {
    for (const h of statutoryHolidays(year) ?? []) {
      const d = requireIsoDate(h.date);
      kinds[d - from] = KIND_CODE.holiday;
      names[d - from] = h.holiday.zh;
      bases.set(d, h.basis);
    }
  }
  for (const [date, o] of Object.entries(options.overrides ?? {})) {
    const d = requireIsoDate(date, 'options.overrides key');
    if (d < from || d > to) {
      throw new InvalidArgumentError('options.overrides key', "a date inside the calendar's years", date);
    }
    const weekend = weekday(d) % 6 === 0;
    kinds[d - from] = o.workday
      ? weekend
        ? KIND_CODE.makeup_workday
        : KIND_CODE.workday
      : weekend && o.name === undefined
        ? KIND_CODE.weekend
        : KIND_CODE.holiday;
    names[d - from] = o.name;
  }
  const rank = new Int32Array(size);
  const workdayList: number[] = [];
  let count = 0;
  // Stryker disable next-line EqualityOperator: kinds[size] is undefined (no working day) and rank[size] a lost write, so one more pass changes nothing
  for (let i = 0; i < size; i++) {
    if (kinds[i] === KIND_CODE.workday || kinds[i] === KIND_CODE.makeup_workday) {
      count++;
      workdayList.push(from + i);
    }
    rank[i] = count;
  }
  return { from, to, end, kinds, bases, changes, names, rank, workdays: Int32Array.from(workdayList) };
}

/** The most working days a single step may move: about 140 years. */
export const MAX_WORKDAYS = 36_500;
/** The most years one calendar may be given. */
const MAX_SUPPLIED_YEARS = 1000;
/** The most single-day overrides. */
const MAX_OVERRIDES = 10_000;

/**
 * A working-day calendar: the official one, extended with years or overrides, or with
 * an opted-in weekend-only fallback. Supplied years are cross-checked at once (a bad one
 * throws `CalendarDataError` naming its source, entry and fault); every operation is
 * O(1) after a one-off index of the covered days, built on first use.
 *
 * @example
 * const cal = createCalendar({ fallback: 'weekends' });
 * cal.dayInfo('2027-03-01').source; // 'fallback'
 */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  const opts = validateOptions(options);
  let index: Index | undefined;
  const idx = (): Index => {
    index ??= buildIndex(opts);
    return index;
  };
  const fallbackKind: Fallback = opts.fallback ?? 'error';
  const fallback = fallbackKind !== 'error';
  const rangeOf = () => ({ from: formatIsoDate(idx().from), to: formatIsoDate(idx().to) });
  const supplied = [
    ...(opts.years ?? []).map((y) => y.source ?? `year ${y.year}`),
    ...(opts.overrides && Object.keys(opts.overrides).length > 0 ? ['overrides'] : []),
  ];
  const lastYear = Math.max(
    OFFICIAL_NOTICES[OFFICIAL_NOTICES.length - 1]?.year ?? 0,
    ...(opts.years ?? []).map((y) => y.year),
  );
  // Supplied years are indexed at once, so that a change they make to an earlier year is
  // in the provenance of every result; the built-in calendar stays lazy.
  const changes = (opts.years ?? []).length > 0 ? idx().changes : [];
  const provenance: CalendarProvenance = Object.freeze({
    source: supplied.length > 0 ? 'supplied' : 'built-in',
    dataVersion: OFFICIAL_DATA_VERSION,
    builtInLastYear: Number(OFFICIAL_RANGE.to.slice(0, 4)),
    lastOfficialYear: lastYear,
    supplied: Object.freeze(supplied),
    fallback: fallbackKind,
    ...(changes.length > 0 ? { changes: Object.freeze(changes.map((c) => Object.freeze({ ...c }))) } : {}),
  });
  const notices = Object.freeze(
    [...OFFICIAL_NOTICES, ...(opts.years ?? []).map((y) => ({ year: y.year, urls: y.papers ?? [] }))].map((n) =>
      Object.freeze({ year: n.year, urls: Object.freeze([...n.urls]) }),
    ),
  );

  const day = (date: IsoDate, name = 'date'): number => {
    const d = requireIsoDate(date, name);
    const { from, to } = idx();
    if (!fallback && (d < from || d > to)) throw new CalendarRangeError(date, rangeOf());
    return d;
  };
  const outOfRange = (d: number): never => {
    throw new CalendarRangeError(formatIsoDate(d), rangeOf());
  };
  const inDates = (d: number, name: string): number => {
    if (d < FIRST_DAY || d > LAST_DAY) {
      throw new InvalidArgumentError(name, 'small enough for the result to stay within 0001-01-01 … 9999-12-31', d);
    }
    return d;
  };

  /** Working days in [from, d] (negative before `from`, with a fallback); the index runs to `end`. */
  const rank = (d: number): number => {
    const { from, end, rank: r } = idx();
    if (d < from) return weekdaysUpTo(d) - weekdaysUpTo(from - 1);
    // Stryker disable next-line EqualityOperator: at d === end both branches give r[end - from]
    if (d > end) return (r[end - from] as number) + weekdaysUpTo(d) - weekdaysUpTo(end);
    return r[d - from] as number;
  };
  /** The working day of rank k. */
  const select = (k: number): number => {
    const { from, to, end, workdays } = idx();
    const total = workdays.length;
    if (k >= 1 && k <= total) return workdays[k - 1] as number;
    // Stryker disable next-line EqualityOperator: k === total returned on the line above, so k >= total and k > total agree here
    if (!fallback) return outOfRange(k > total ? to + 1 : from - 1);
    // Stryker disable next-line EqualityOperator: k === total returned two lines above, so k >= total and k > total agree here
    return k > total ? weekdayAt(weekdaysUpTo(end) + k - total) : weekdayAt(weekdaysUpTo(from - 1) + k);
  };
  const isWork = (d: number): boolean => rank(d) - rank(d - 1) === 1;

  const calendar: Calendar = {
    range: rangeOf,
    covers: (date) => {
      const d = requireIsoDate(date);
      return d >= idx().from && d <= idx().to;
    },
    isWorkday: (date) => isWork(day(date)),
    dayInfo: (date) => {
      const d = day(date);
      const { from, to, end, kinds, names, bases } = idx();
      if (d < from || d > end) {
        const weekend = weekday(d) % 6 === 0;
        return { date, workday: !weekend, kind: weekend ? 'weekend' : 'workday', source: 'fallback' };
      }
      const kind = KINDS[kinds[d - from] as number] as DayKind;
      const name = names[d - from];
      const info: DayInfo = {
        date,
        workday: kind === 'workday' || kind === 'makeup_workday',
        kind,
        source: d > to ? 'fallback' : 'official',
      };
      if (name !== undefined && kind !== 'workday') info.holiday = { zh: name, en: HOLIDAY_EN[name] ?? name };
      const basis = bases.get(d);
      if (basis !== undefined) info.basis = basis;
      return info;
    },
    addWorkdays: (date, n) => {
      requireCount(n, 'n', -MAX_WORKDAYS, MAX_WORKDAYS);
      const d = day(date);
      if (n === 0) return date;
      // Stryker disable next-line EqualityOperator: n === 0 returned on the line above, so n >= 0 and n > 0 agree here
      return formatIsoDate(inDates(n > 0 ? select(rank(d) + n) : select(rank(d - 1) + n + 1), 'n'));
    },
    workdaysBetween: (start, end) => {
      const s = day(start, 'start');
      const e = day(end, 'end');
      return e >= s ? rank(e) - rank(s) : -(rank(s - 1) - rank(e - 1));
    },
    nextWorkday: (date) => formatIsoDate(inDates(select(rank(day(date)) + 1), 'date')),
    previousWorkday: (date) => formatIsoDate(inDates(select(rank(day(date) - 1)), 'date')),
    // Frozen copies: a caller changing what it got cannot change this or another calendar.
    notices: () => Object.freeze(notices.map((n) => Object.freeze({ year: n.year, urls: Object.freeze([...n.urls]) }))),
    provenance: () => provenance,
    use: (spans) => {
      requireArray(spans, 'spans', 'an array of [from, to] date pairs');
      const { from, to } = idx();
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      const length = readArgument(() => spans.length, 'spans');
      for (let i = 0; i < length; i++) {
        const span = readArgument(() => spans[i], `spans[${i}]`);
        const pair = requireArray(span, `spans[${i}]`, 'a [from, to] date pair');
        const [a, b] = readArgument(() => [pair[0], pair[1]], `spans[${i}]`);
        const s = requireIsoDate(a, 'span start');
        const e = requireIsoDate(b, 'span end');
        for (const [x, y] of [
          [Math.min(s, e), Math.min(Math.max(s, e), from - 1)],
          [Math.max(Math.min(s, e), to + 1), Math.max(s, e)],
        ] as const) {
          if (x <= y) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, y);
          }
        }
      }
      if (lo > hi) return { ...provenance, provisional: null };
      return { ...provenance, provisional: provisionalDays(lo, hi, from, to, fallbackKind) };
    },
  };
  // Frozen all the way down, its methods too: the index lives in this closure, never on the object.
  for (const method of Object.values(calendar)) Object.freeze(method);
  return Object.freeze(calendar);
}

function provisionalDays(lo: number, hi: number, from: number, to: number, fallback: Fallback): ProvisionalDays {
  const years: number[] = [];
  const firstYear = Number(formatIsoDate(lo).slice(0, 4));
  const lastYear = Number(formatIsoDate(hi).slice(0, 4));
  const fromYear = Number(formatIsoDate(from).slice(0, 4));
  const toYear = Number(formatIsoDate(to).slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) if (y < fromYear || y > toYear) years.push(y);
  const a = formatIsoDate(lo);
  const b = formatIsoDate(hi);
  // A long run of years (a fallback far past the data) is named by its ends.
  const long = years.length > 3 && (years[years.length - 1] as number) - (years[0] as number) === years.length - 1;
  const list = long ? `${years[0]}–${years[years.length - 1]}` : years.join('、');
  const listEn = long ? list : years.join(', ');
  const statutoryYears = fallback === 'statutory' ? years.filter((y) => y > toYear && y <= STATUTORY_YEARS.to) : [];
  const onlyWeekends = years.length - statutoryYears.length;
  const lastStatutory = STATUTORY_YEARS.to;
  const how =
    statutoryYears.length === 0
      ? { zh: '按周末推算', en: 'counted as weekends only' }
      : onlyWeekends === 0
        ? {
            zh: '按周末及《全国年节及纪念日放假办法》规定的法定节假日推算，调休与补假未计',
            en: 'counted with weekends and the statutory holidays of the 全国年节及纪念日放假办法, bridges (调休) and make-up days off (补假) not known',
          }
        : {
            zh: `按周末及《全国年节及纪念日放假办法》规定的法定节假日推算（${lastStatutory}年以后仅按周末），调休与补假未计`,
            en: `counted with weekends and the statutory holidays of the 全国年节及纪念日放假办法 (after ${lastStatutory} weekends only), bridges (调休) and make-up days off (补假) not known`,
          };
  return {
    from: a,
    to: b,
    years,
    statutoryYears,
    message: {
      zh: `暂定结果：${a}至${b}${how.zh}（${list}年节假日安排尚未公布或未提供），正式安排公布后日期可能变化`,
      en: `provisional: ${a} … ${b} ${how.en} (the ${listEn} holiday arrangement is not official: not published or not supplied); the answer may move when it is published`,
    },
  };
}

/** The official calendar (State Council notices 2007–2026), strict about its range. */
export const officialCalendar: Calendar = createCalendar();

/** The dates the official data covers. */
export function calendarRange(): { from: IsoDate; to: IsoDate } {
  return { ...OFFICIAL_RANGE };
}
