// Year files a caller supplies: the holiday-cn format the built-in data comes from
// (`{ year, papers?, days: [{ name, date, isOffDay }] }`) and a minimal one
// (`{ year, offDays: [...], workdays: [...] }`, each entry a date or `{ date, name }`).
// Read with zod, then cross-checked (year-check.ts). Kept out of the calendar entry so
// that `chuangye-rules/calendar` stays free of zod; exported from `chuangye-rules`.
import * as z from 'zod/mini';
import type { YearSchedule } from './calendar.js';
import { isIsoDate } from './date.js';
import { CalendarDataError, InvalidArgumentError, type YearProblem } from './errors.js';
import { crossCheckYear, type ScheduleDay } from './year-check.js';

const date = z.string().check(z.refine(isIsoDate, { params: { code: 'invalid_date' } }));
const year = z.int().check(z.gte(1000), z.lte(9999));
const name = z.string().check(z.maxLength(200));

const holidayCn = z.looseObject({
  year,
  papers: z.optional(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(100))),
  days: z.array(z.strictObject({ name, date, isOffDay: z.boolean() })).check(z.maxLength(400)),
});
const entry = z.union([date, z.strictObject({ date, name: z.optional(name) })]);
const minimal = z.strictObject({
  year,
  papers: z.optional(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(100))),
  offDays: z.optional(z.array(entry).check(z.maxLength(400))),
  workdays: z.optional(z.array(entry).check(z.maxLength(400))),
});

export interface YearFileResult {
  /** The schedule, or null when the file has an error. */
  schedule: YearSchedule | null;
  /** Errors and warnings, each naming the source, the entry and what is wrong. */
  problems: YearProblem[];
}

function entryOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out === '' ? '(file)' : out;
}

function zodProblems(error: z.core.$ZodError, source: string): YearProblem[] {
  return error.issues.slice(0, 20).map((issue) => {
    const entry = entryOf(issue.path);
    let en: string;
    let zh: string;
    if (issue.code === 'invalid_type') {
      en = `expected ${issue.expected}`;
      zh = `应为 ${issue.expected}`;
    } else if (issue.code === 'unrecognized_keys') {
      en = `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
      zh = `未知字段 ${issue.keys.join('、')}`;
    } else if (issue.code === 'custom' || issue.code === 'invalid_union') {
      en = 'not a real YYYY-MM-DD date (or { date, name })';
      zh = '不是有效的 YYYY-MM-DD 日期（或 { date, name }）';
    } else if (issue.code === 'too_big' || issue.code === 'too_small') {
      en =
        entry === 'year'
          ? 'must be a 4-digit year'
          : `out of range (${issue.code === 'too_big' ? 'too many or too long' : 'too small'})`;
      zh = entry === 'year' ? '须为四位年份' : '超出范围';
    } else {
      en = issue.message;
      zh = issue.message;
    }
    return { severity: 'error', code: `file_${issue.code}`, source, entry, message: { zh, en } };
  });
}

/**
 * Reads one year file (already parsed from JSON) in either format and cross-checks it.
 * Never throws for what the value holds (a getter or Proxy that throws is a problem of
 * the file, `file_unreadable`); `source` (a file name) is what errors and results'
 * provenance name, and must be a string (else `InvalidArgumentError`).
 *
 * @example
 * readYearFile({ year: 2027, offDays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] }, '2027.json')
 *   .schedule?.days; // [{ date: '2027-01-01', name: '元旦', isOffDay: true }]
 */
export function readYearFile(value: unknown, source = 'year file'): YearFileResult {
  if (typeof source !== 'string') throw new InvalidArgumentError('source', 'a string (a file name)', source);
  try {
    return readChecked(value, source);
  } catch (e) {
    if (e instanceof InvalidArgumentError || e instanceof CalendarDataError) throw e;
    // A Proxy or getter that throws while the file is read: the file cannot be read.
    return {
      schedule: null,
      problems: [
        {
          severity: 'error',
          code: 'file_unreadable',
          source,
          entry: '(file)',
          message: {
            zh: '无法读取：读取时出错（不是 JSON 数据）',
            en: 'cannot be read: reading it threw (not JSON data)',
          },
        },
      ],
    };
  }
}

function readChecked(value: unknown, source: string): YearFileResult {
  const isArrayValue = Array.isArray(value);
  const isObject = value !== null && typeof value === 'object' && !isArrayValue;
  const hasDays = isObject && Object.hasOwn(value, 'days');
  const hasMinimal = isObject && (Object.hasOwn(value, 'offDays') || Object.hasOwn(value, 'workdays'));
  if (!hasDays && !hasMinimal) {
    return {
      schedule: null,
      problems: [
        {
          severity: 'error',
          code: 'file_format',
          source,
          entry: '(file)',
          message: {
            zh: '既不是 holiday-cn 格式 { year, days } 也不是 { year, offDays, workdays }',
            en: 'neither the holiday-cn format { year, days } nor { year, offDays, workdays }',
          },
        },
      ],
    };
  }
  let schedule: YearSchedule;
  let labels: ((i: number) => string) | undefined;
  if (hasDays) {
    const parsed = z.safeParse(holidayCn, value);
    if (!parsed.success) return { schedule: null, problems: zodProblems(parsed.error, source) };
    schedule = { year: parsed.data.year, days: parsed.data.days, papers: parsed.data.papers ?? [], source };
  } else {
    const parsed = z.safeParse(minimal, value);
    if (!parsed.success) return { schedule: null, problems: zodProblems(parsed.error, source) };
    const days: ScheduleDay[] = [];
    const off = parsed.data.offDays ?? [];
    labels = (i) => (i < off.length ? `offDays[${i}]` : `workdays[${i - off.length}]`);
    for (const e of off) {
      days.push(
        typeof e === 'string' ? { date: e, name: '', isOffDay: true } : { ...e, name: e.name ?? '', isOffDay: true },
      );
    }
    for (const e of parsed.data.workdays ?? []) {
      days.push(
        typeof e === 'string' ? { date: e, name: '', isOffDay: false } : { ...e, name: e.name ?? '', isOffDay: false },
      );
    }
    schedule = { year: parsed.data.year, days, papers: parsed.data.papers ?? [], source };
  }
  const problems = crossCheckYear(schedule.year, schedule.days, source, labels);
  return { schedule: problems.some((p) => p.severity === 'error') ? null : schedule, problems };
}

/** `readYearFile`, throwing `CalendarDataError` (file, entry, fault) when the file has an error. */
export function requireYearFile(value: unknown, source = 'year file'): YearSchedule {
  const { schedule, problems } = readYearFile(value, source);
  if (schedule === null) throw new CalendarDataError(problems);
  return schedule;
}
