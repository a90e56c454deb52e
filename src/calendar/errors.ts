// The calendar's typed errors. One convention for every exported calendar, period and
// procedure function: a bad argument throws `InvalidArgumentError` (a TypeError) naming
// the argument; a date past the data throws `CalendarRangeError` (a RangeError) naming
// the missing year; a year file that fails its checks throws `CalendarDataError`.

/** Stands for a value whose reading threw (a Proxy, a throwing getter). */
const UNREADABLE = Symbol('unreadable');

/** A short, bounded rendering of any value for an error message; never throws. */
export function describeValue(value: unknown): string {
  if (value === UNREADABLE) return 'a value that throws when read';
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
    if (value === null || typeof value !== 'object') return String(value);
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    return 'an unreadable value';
  }
}

/**
 * An argument a calendar, period or procedure function cannot use: not a real
 * `YYYY-MM-DD` date, a count that is not a whole number in its documented range, an
 * option of the wrong kind. A programmer's mistake, so it throws; `argument` names it.
 */
export class InvalidArgumentError extends TypeError {
  override readonly name = 'InvalidArgumentError';
  /** The argument, as the function's signature names it: 'date', 'n', 'options.asOf', 'checks[2]'. */
  readonly argument: string;
  /** What it must be. */
  readonly expected: string;
  // The constructor is exported, so a caller may pass anything: every part is rendered
  // safely (never the caller's toString), and building the error never throws.
  constructor(argument: string, expected: string, received: unknown) {
    const a = textOf(argument);
    const x = textOf(expected);
    super(`${a} must be ${x}, got ${describeValue(received)}`);
    this.argument = a;
    this.expected = x;
  }
}

/** The longest name, expectation or date an error keeps as given. */
const MAX_TEXT = 200;

/** A string as it is (bounded); anything else described safely. */
function textOf(value: unknown): string {
  if (typeof value !== 'string') return describeValue(value);
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
}

/** A problem found in a year's schedule (a year file or `createCalendar({ years })`). */
export interface YearProblem {
  severity: 'error' | 'warning';
  code: string;
  /** Where: the file (or 'year 2027' for data given in code), and the entry ('days[3]'). */
  source: string;
  entry: string;
  message: { zh: string; en: string };
}

/** The most problems one error keeps. */
const MAX_PROBLEMS = 10_000;

/** One problem read once into plain strings; null when it is not a problem. */
function problemOf(value: unknown): YearProblem | null {
  try {
    if (value === null || typeof value !== 'object') return null;
    const v = value as YearProblem;
    const severity: unknown = v.severity;
    const code: unknown = v.code;
    const source: unknown = v.source;
    const entry: unknown = v.entry;
    const message: unknown = v.message;
    if (message === null || typeof message !== 'object') return null;
    const zh: unknown = (message as YearProblem['message']).zh;
    const en: unknown = (message as YearProblem['message']).en;
    if (
      (severity !== 'error' && severity !== 'warning') ||
      typeof code !== 'string' ||
      typeof source !== 'string' ||
      typeof entry !== 'string' ||
      typeof zh !== 'string' ||
      typeof en !== 'string'
    ) {
      return null;
    }
    return Object.freeze({ severity, code, source, entry, message: Object.freeze({ zh, en }) });
  } catch {
    // A revoked Proxy or a throwing getter: not a problem this error can name.
    return null;
  }
}

/**
 * The problems, copied once: the constructor is exported, so a caller may pass anything;
 * what is not a problem is left out rather than let building the error throw.
 */
function problemsOf(value: unknown): readonly YearProblem[] {
  const out: YearProblem[] = [];
  try {
    if (!Array.isArray(value)) return Object.freeze(out);
    const length = Math.min(value.length, MAX_PROBLEMS);
    for (let i = 0; i < length; i++) {
      const p = problemOf(value[i]);
      if (p !== null) out.push(p);
    }
  } catch {
    // An array Proxy that throws part way: the problems read so far.
  }
  return Object.freeze(out);
}

/** A year's schedule that fails its checks; the message names the file, the entry and what is wrong. */
export class CalendarDataError extends Error {
  override readonly name = 'CalendarDataError';
  /** The problems given, copied and frozen (anything that is not a problem left out). */
  readonly problems: readonly YearProblem[];
  constructor(problems: readonly YearProblem[]) {
    const list = problemsOf(problems);
    const errors = list.filter((p) => p.severity === 'error');
    const first = errors[0] ?? list[0];
    const more = errors.length - 1;
    super(
      first
        ? `${first.source}: ${first.entry}: ${first.message.en}${more > 0 ? ` (and ${more} more error${more === 1 ? '' : 's'})` : ''}`
        : 'invalid calendar data',
    );
    this.problems = list;
  }
}

/**
 * Reads a caller's option or element; a read that throws (a Proxy, a getter) becomes
 * `InvalidArgumentError` naming it, so the documented errors are the only ones.
 */
export function readArgument<T>(read: () => T, name: string): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw e;
    throw new InvalidArgumentError(name, 'readable', UNREADABLE);
  }
}

/**
 * How to give the calendar a year it lacks, as the command and the library take it: the
 * year's file, or the provisional year the command's --provisional counts (weekends and
 * the statutory holidays of the 放假办法, bridges unknown).
 */
export const RANGE_ADVICE =
  "supply that year's arrangement (--calendar FILE or CHUANGYE_CALENDAR=FILE|FOLDER with a holiday-cn year file or " +
  '{ year, offDays, workdays }; createCalendar({ years }) in code) or count it provisionally, with weekends and the ' +
  "statutory holidays, bridges unknown (--provisional; createCalendar({ fallback: 'statutory' }))";

/** A date outside the years the calendar has data for, without an opted-in fallback. */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
  /** The year whose arrangement is missing (NaN when `date` is no date). */
  readonly missingYear: number;
  /** The date asked for, as given (a non-string described). */
  readonly date: string;
  /** The range the calendar covers, copied. */
  readonly range: Readonly<{ from: string; to: string }>;
  // The constructor is exported: any value is rendered safely, and building it never throws.
  constructor(date: string, range: { from: string; to: string }) {
    const given = textOf(date);
    const year = typeof date === 'string' ? Number(date.slice(0, 4)) : Number.NaN;
    const covered = rangeOf(range);
    super(
      `no working-day data for ${year} (${given}; the calendar covers ${covered.from} … ${covered.to}): ${RANGE_ADVICE}`,
    );
    this.missingYear = year;
    this.date = given;
    this.range = covered;
  }
}

/** A range read once into two strings; what cannot be read is described. */
function rangeOf(range: unknown): Readonly<{ from: string; to: string }> {
  let from: unknown;
  let to: unknown;
  try {
    if (range !== null && typeof range === 'object') {
      from = (range as { from: unknown }).from;
      to = (range as { to: unknown }).to;
    }
  } catch {
    from = UNREADABLE;
    to = UNREADABLE;
  }
  return Object.freeze({ from: textOf(from), to: textOf(to) });
}

/**
 * An argument that must be an array, checked without letting the check throw: a revoked
 * Proxy is `InvalidArgumentError` naming it, as any other value that is not an array.
 */
export function requireArray(value: unknown, name: string, expected: string): readonly unknown[] {
  if (!readArgument(() => Array.isArray(value), name)) throw new InvalidArgumentError(name, expected, value);
  return value as readonly unknown[];
}
