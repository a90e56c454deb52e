import { OFFICIAL_DAYS, OFFICIAL_NOTICES, OFFICIAL_RANGE } from './data.generated.js';
import { formatIsoDate, fromCivil, type IsoDate, requireIsoDate, weekday } from './date.js';

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
  /** 'official': from the State Council's notices or data the caller supplied; 'fallback': a weekend-only guess the caller opted into. */
  source: 'official' | 'fallback';
}

/** One year's schedule in the holiday-cn shape, e.g. 2027 once the State Council publishes it. */
export interface YearSchedule {
  year: number;
  days: readonly { date: IsoDate; name: string; isOffDay: boolean }[];
  /** Where the schedule comes from (the notice's URL). */
  papers?: readonly string[];
}

export interface CalendarOptions {
  /** Extra years; together with the official ones they must form one unbroken range. */
  years?: readonly YearSchedule[];
  /** Single-day corrections or local arrangements, applied last. */
  overrides?: Readonly<Record<IsoDate, { workday: boolean; name?: string }>>;
  /**
   * Outside the covered years: 'error' (default) throws `CalendarRangeError`;
   * 'weekends' counts Monday–Friday as working days and marks such days `source: 'fallback'`.
   */
  fallback?: 'error' | 'weekends';
}

/** A date outside the years the calendar has data for, without an opted-in fallback. */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
  constructor(
    readonly date: IsoDate,
    readonly range: { from: IsoDate; to: IsoDate },
  ) {
    super(
      `${date} is outside the official working-day calendar (${range.from} … ${range.to}); ` +
        'add that year with createCalendar({ years }) or opt into { fallback: "weekends" }',
    );
  }
}

export interface Calendar {
  /** The dates this calendar has official (or supplied) data for. */
  range(): { from: IsoDate; to: IsoDate };
  /** Whether the date lies inside `range()`. */
  covers(date: IsoDate): boolean;
  isWorkday(date: IsoDate): boolean;
  dayInfo(date: IsoDate): DayInfo;
  /** n > 0: the n-th working day after `date`; n < 0: the |n|-th before; 0: `date` itself. */
  addWorkdays(date: IsoDate, n: number): IsoDate;
  /** Signed count: end ≥ start → working days d with start < d ≤ end; end < start → minus those with end ≤ d < start. */
  workdaysBetween(start: IsoDate, end: IsoDate): number;
  /** The first working day strictly after `date`. */
  nextWorkday(date: IsoDate): IsoDate;
  /** The last working day strictly before `date`. */
  previousWorkday(date: IsoDate): IsoDate;
  /** The notices behind the data, per year. */
  notices(): readonly { year: number; urls: readonly string[] }[];
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
  from: number;
  to: number;
  kinds: Uint8Array;
  names: (string | undefined)[];
  /** rank[i]: working days in [from, from + i]. */
  rank: Int32Array;
  /** Day numbers of the working days, ascending: workdays[k - 1] has rank k. */
  workdays: Int32Array;
}

function buildIndex(options: CalendarOptions): Index {
  const entries = new Map<number, { name: string; off: boolean }>();
  const years = new Set<number>();
  for (const n of OFFICIAL_NOTICES) years.add(n.year);
  for (const [date, name, off] of OFFICIAL_DAYS) entries.set(requireIsoDate(date), { name, off: off === 1 });
  for (const schedule of options.years ?? []) {
    if (!Number.isInteger(schedule.year)) throw new TypeError(`years: ${schedule.year} is not a year`);
    years.add(schedule.year);
    for (const day of schedule.days) {
      entries.set(requireIsoDate(day.date, `years[${schedule.year}].days.date`), { name: day.name, off: day.isOffDay });
    }
  }
  const sorted = [...years].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] as number) !== (sorted[i - 1] as number) + 1) {
      throw new TypeError(`years: the calendar would have a gap after ${sorted[i - 1]}`);
    }
  }
  const from = fromCivil(sorted[0] as number, 1, 1);
  const to = fromCivil(sorted[sorted.length - 1] as number, 12, 31);
  const size = to - from + 1;
  const kinds = new Uint8Array(size);
  const names: (string | undefined)[] = new Array(size);
  for (let d = from; d <= to; d++) {
    const w = weekday(d);
    kinds[d - from] = w === 0 || w === 6 ? KIND_CODE.weekend : KIND_CODE.workday;
  }
  for (const [d, { name, off }] of entries) {
    if (d < from || d > to) continue;
    kinds[d - from] = off ? KIND_CODE.holiday : weekday(d) % 6 === 0 ? KIND_CODE.makeup_workday : KIND_CODE.workday;
    names[d - from] = name;
  }
  for (const [date, o] of Object.entries(options.overrides ?? {})) {
    const d = requireIsoDate(date, 'overrides');
    if (d < from || d > to) throw new TypeError(`overrides: ${date} is outside the calendar's years`);
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
  for (let i = 0; i < size; i++) {
    if (kinds[i] === KIND_CODE.workday || kinds[i] === KIND_CODE.makeup_workday) {
      count++;
      workdayList.push(from + i);
    }
    rank[i] = count;
  }
  return { from, to, kinds, names, rank, workdays: Int32Array.from(workdayList) };
}

/**
 * A working-day calendar: the official one, extended with years or overrides, or with
 * an opted-in weekend-only fallback. Every operation is O(1) after a one-off index of
 * the covered days, built on first use.
 *
 * @example
 * const cal = createCalendar({ fallback: 'weekends' });
 * cal.dayInfo('2027-03-01').source; // 'fallback'
 */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  let index: Index | undefined;
  const idx = (): Index => {
    index ??= buildIndex(options);
    return index;
  };
  const fallback = options.fallback === 'weekends';
  const rangeOf = () => ({ from: formatIsoDate(idx().from), to: formatIsoDate(idx().to) });

  const day = (date: IsoDate, name = 'date'): number => {
    const d = requireIsoDate(date, name);
    const { from, to } = idx();
    if (!fallback && (d < from || d > to)) throw new CalendarRangeError(date, rangeOf());
    return d;
  };
  const outOfRange = (d: number): never => {
    throw new CalendarRangeError(formatIsoDate(d), rangeOf());
  };

  /** Working days in [from, d] (negative before `from`, with the weekend fallback). */
  const rank = (d: number): number => {
    const { from, to, rank: r } = idx();
    if (d < from) return weekdaysUpTo(d) - weekdaysUpTo(from - 1);
    if (d > to) return (r[to - from] as number) + weekdaysUpTo(d) - weekdaysUpTo(to);
    return r[d - from] as number;
  };
  /** The working day of rank k. */
  const select = (k: number): number => {
    const { from, to, workdays } = idx();
    const total = workdays.length;
    if (k >= 1 && k <= total) return workdays[k - 1] as number;
    if (!fallback) return outOfRange(k > total ? to + 1 : from - 1);
    return k > total ? weekdayAt(weekdaysUpTo(to) + k - total) : weekdayAt(weekdaysUpTo(from - 1) + k);
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
      const { from, to, kinds, names } = idx();
      if (d < from || d > to) {
        const weekend = weekday(d) % 6 === 0;
        return { date, workday: !weekend, kind: weekend ? 'weekend' : 'workday', source: 'fallback' };
      }
      const kind = KINDS[kinds[d - from] as number] as DayKind;
      const name = names[d - from];
      const info: DayInfo = {
        date,
        workday: kind === 'workday' || kind === 'makeup_workday',
        kind,
        source: 'official',
      };
      if (name !== undefined && kind !== 'workday') info.holiday = { zh: name, en: HOLIDAY_EN[name] ?? name };
      return info;
    },
    addWorkdays: (date, n) => {
      if (!Number.isSafeInteger(n)) throw new TypeError(`n must be an integer, got ${n}`);
      const d = day(date);
      if (n === 0) return date;
      return formatIsoDate(n > 0 ? select(rank(d) + n) : select(rank(d - 1) + n + 1));
    },
    workdaysBetween: (start, end) => {
      const s = day(start, 'start');
      const e = day(end, 'end');
      return e >= s ? rank(e) - rank(s) : -(rank(s - 1) - rank(e - 1));
    },
    nextWorkday: (date) => formatIsoDate(select(rank(day(date)) + 1)),
    previousWorkday: (date) => formatIsoDate(select(rank(day(date) - 1))),
    notices: () => [...OFFICIAL_NOTICES, ...(options.years ?? []).map((y) => ({ year: y.year, urls: y.papers ?? [] }))],
  };
  return Object.freeze(calendar);
}

/** The official calendar (State Council notices 2007–2026), strict about its range. */
export const officialCalendar: Calendar = createCalendar();

/** The dates the official data covers. */
export function calendarRange(): { from: IsoDate; to: IsoDate } {
  return { ...OFFICIAL_RANGE };
}
