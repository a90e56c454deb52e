// Plain civil dates as integer day numbers (days since 1970-01-01).
// No Date object is involved, so no result can depend on the machine's time zone:
// a local-time library shifts or loses days (Pacific/Apia had no 2011-12-30).
import { InvalidArgumentError } from './errors.js';

/** A date as the API takes and returns it: `YYYY-MM-DD`. */
export type IsoDate = string;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function fromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function toCivil(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The day number of a valid `YYYY-MM-DD` string, or `null` (`2026-02-30`, `2026-2-3`, non-strings). */
export function parseIsoDate(value: unknown): number | null {
  // Character by character rather than a regex: this runs for every date of every check.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    return null;
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return fromCivil(year, month, day);
}

/** The decimal number in `s[from, to)`, or -1 when a character is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

export function formatIsoDate(dayNumber: number): IsoDate {
  const [y, m, d] = toCivil(dayNumber);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses or throws `InvalidArgumentError` naming the argument: for programmer-facing calendar functions. */
export function requireIsoDate(value: unknown, name = 'date'): number {
  const n = parseIsoDate(value);
  if (n === null) throw new InvalidArgumentError(name, 'a real YYYY-MM-DD date (4-digit year)', value);
  return n;
}

/** A whole number in [min, max], or `InvalidArgumentError` naming the argument ('12' is not 12). */
export function requireCount(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(name, `a whole number from ${min} to ${max}`, value);
  }
  return value;
}

/** The most years a term or an anniversary may count (and a changed years parameter hold). */
export const MAX_YEARS = 1000;

/** The first and last day a date string can name (0001-01-01 … 9999-12-31). */
export const FIRST_DAY = -719162;
export const LAST_DAY = 2932896;

/** 0 = Sunday … 6 = Saturday. */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * Moves a date by whole months; a day the target month lacks becomes its last day
 * (Civil Code art. 202: 2024-02-29 + 1 year → 2025-02-28).
 */
export function addMonths(dayNumber: number, months: number): number {
  const [y, m, d] = toCivil(dayNumber);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return fromCivil(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * The anniversary of an already valid `YYYY-MM-DD`, `years` (a whole number) on or back, as
 * a string: the same month and day, 29 February becoming 28 February in a common year
 * (Civil Code art. 202). Equal to `formatIsoDate(addYears(parseIsoDate(date), years))`,
 * without the round trip — or `null` where that day lies outside 0001-01-01 … 9999-12-31
 * (or `years` is not whole). The one answer to an anniversary past the calendar's end: no
 * as-of date ever reaches it, so a years condition on it fails; every caller must say so.
 */
export function anniversaryOfValid(date: IsoDate, years: number): IsoDate | null {
  const year = digits(date, 0, 4) + years;
  // Also false for NaN: a year a date string cannot name ('10004-…' sorts before '2026-…').
  if (!(year >= 1 && year <= 9999) || !Number.isInteger(year)) return null;
  const monthDay = date.slice(4) === '-02-29' && !isLeapYear(year) ? '-02-28' : date.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

/**
 * Whole years and the days since the last anniversary reached, from a valid start to a
 * valid as-of date on or after it (kind E): the count `anniversaryOfValid` gives, read
 * from the digits once, with no string built (it runs for every dated person of a check).
 */
export function elapsedValid(start: IsoDate, asOf: IsoDate): { years: number; days: number } {
  const sy = digits(start, 0, 4);
  const sm = digits(start, 5, 7);
  const sd = digits(start, 8, 10);
  const ay = digits(asOf, 0, 4);
  const am = digits(asOf, 5, 7);
  const ad = digits(asOf, 8, 10);
  // This year's anniversary (28 February for a 29 February start in a common year) not yet reached: a year fewer.
  const years = ay - sy - (sm * 100 + Math.min(sd, daysInMonth(ay, sm)) > am * 100 + ad ? 1 : 0);
  const reached = sy + years;
  return { years, days: fromCivil(ay, am, ad) - fromCivil(reached, sm, Math.min(sd, daysInMonth(reached, sm))) };
}

export function addYears(dayNumber: number, years: number): number {
  return addMonths(dayNumber, years * 12);
}

/** Today's date in China (UTC+8, no daylight saving since 1991), whatever the machine's zone. */
export function todayInChina(now: number = Date.now()): IsoDate {
  // Milliseconds since 1970 as Date takes them; NaN, Infinity or 1n would give '0NaN-NaN-NaN'.
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new InvalidArgumentError('now', 'a finite number of milliseconds since 1970-01-01T00:00Z', now);
  }
  const day = Math.floor((now + 8 * 3_600_000) / 86_400_000);
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new InvalidArgumentError('now', 'a time between 0001-01-01 and 9999-12-31 in China', now);
  }
  return formatIsoDate(day);
}
