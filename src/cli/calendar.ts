// `chuangye calendar`: the coverage of the working-day calendar, a month as a grid with
// 休 (rest day of a holiday) and 班 (weekend day worked) marked, and `--check FILE` to
// validate a year file before using it. Also renders `chuangye deadline` results.
import { parseArgs } from 'node:util';
import { type Calendar, createCalendar, officialCalendar } from '../calendar/calendar.js';
import { daysInMonth, formatIsoDate, fromCivil, isIsoDate, todayInChina, weekday } from '../calendar/date.js';
import type { PeriodResult } from '../calendar/periods.js';
import { statutoryHolidays } from '../calendar/statutory.js';
import { readYearFile } from '../calendar/year-file.js';
import type { Lang } from '../core/types.js';
import { visible } from '../report/escape.js';
import { deadlineToIcs, describeCalendarUse } from '../report/ics.js';
import { basisWords } from '../report/labels.js';
import {
  CALENDAR_HELP,
  CALENDAR_OPTIONS,
  CalendarOptionError,
  calendarFromOptions,
  readSmallFile,
} from './calendar-options.js';
import type { Io } from './shared.js';

export const CALENDAR_COMMAND_HELP = `Usage: chuangye calendar [YYYY-MM] [--as-of YYYY-MM-DD] [--format text|json] [--lang zh|en]
       chuangye calendar --check FILE

  (no month)     the calendar's coverage: years, source, last official year, today's status
  YYYY-MM        the month as a grid: 休 a rest day of a holiday, 班 a weekend day worked (调休上班)
  --check FILE   validate a year file (holiday-cn or { year, offDays, workdays }) and print
                 every cross-check; exit 0 when it has no error (warnings allowed), 1 otherwise

${CALENDAR_HELP}`;

function fail(message: string): never {
  throw new CalendarOptionError(message);
}

/** The calendar of a command's parsed options (`--calendar`, `--provisional`, `CHUANGYE_CALENDAR`). */
export function commandCalendar(
  values: { calendar?: string[] | undefined; provisional?: boolean | undefined },
  io: Io,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Calendar {
  // File names and entries come from the user: shown, never obeyed.
  return calendarFromOptions(values, env, (line) => io.stderr(`chuangye: ${visible(line)}\n`));
}

function runCheck(file: string, io: Io): number {
  const text = readSmallFile(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(`${file}: not valid JSON (${e instanceof Error ? (e.message.split('\n')[0] ?? '') : ''})`);
  }
  const { schedule, problems } = readYearFile(json, file);
  // Days of an earlier year the file would change (its late-December entries): usable, as
  // a later notice may do that, but never an unremarked "ok".
  const changes = schedule ? (createCalendar({ years: [schedule] }).provenance().changes ?? []) : [];
  for (const c of changes) {
    problems.push({
      severity: 'warning',
      code: 'changes_year_before',
      source: file,
      entry: c.date,
      message: {
        zh: `改变了${c.date.slice(0, 4)}年的${c.date}（内置数据为${c.workday ? '休息日' : '工作日'}，本文件为${c.workday ? '工作日' : '休息日'}）`,
        en: `changes ${c.date}, a day of ${c.date.slice(0, 4)} (built in as a ${c.workday ? 'rest' : 'working'} day, here a ${c.workday ? 'working' : 'rest'} day)`,
      },
    });
  }
  if (schedule && schedule.year <= officialCalendar.provenance().builtInLastYear) {
    // A year the library has: say where the file would change its answers.
    const supplied = createCalendar({ years: [schedule] });
    const differ: string[] = [];
    for (let d = fromCivil(schedule.year, 1, 1); d <= fromCivil(schedule.year, 12, 31); d++) {
      const date = formatIsoDate(d);
      if (officialCalendar.covers(date) && supplied.isWorkday(date) !== officialCalendar.isWorkday(date))
        differ.push(date);
    }
    if (differ.length > 0) {
      problems.push({
        severity: 'warning',
        code: 'differs_from_built_in',
        source: file,
        entry: differ.slice(0, 5).join(', ') + (differ.length > 5 ? ` (+${differ.length - 5})` : ''),
        message: {
          zh: `与内置的${schedule.year}年数据不同（${differ.length}天）：提供后将以本文件为准`,
          en: `differs from the built-in ${schedule.year} data on ${differ.length} day${differ.length === 1 ? '' : 's'}: supplied, the file replaces it`,
        },
      });
    }
  }
  // File names and entries come from the user: shown, never obeyed.
  for (const p of problems) {
    io.stdout(`${p.severity}: ${visible(p.source)}: ${visible(p.entry)}: ${p.message.en} / ${p.message.zh}\n`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (schedule) {
    const off = schedule.days.filter((d) => d.isOffDay).length;
    const verdict =
      changes.length > 0
        ? `usable, but it changes ${changes.length} day${changes.length === 1 ? '' : 's'} of ${changes[0]?.date.slice(0, 4)}: review before use`
        : 'ok';
    io.stdout(
      `${visible(file)}: year ${schedule.year}, ${off} rest day${off === 1 ? '' : 's'}, ${schedule.days.length - off} working day${schedule.days.length - off === 1 ? '' : 's'} named; ${errors} errors, ${warnings} warning${warnings === 1 ? '' : 's'}: ${verdict}\n`,
    );
    return 0;
  }
  io.stdout(
    `${visible(file)}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}: not usable\n`,
  );
  return 1;
}

function coverage(cal: Calendar, asOf: string, lang: Lang): { text: string; json: unknown } {
  const range = cal.range();
  const p = cal.provenance();
  const covered = cal.covers(asOf);
  const daysLeft = covered ? fromCivilIso(range.to) - fromCivilIso(asOf) : null;
  const zh = lang === 'zh';
  const status = covered
    ? zh
      ? `${asOf} 在数据范围内；数据至 ${range.to}，还有 ${daysLeft} 天`
      : `${asOf} is covered; the data end on ${range.to}, ${daysLeft} days away`
    : asOf > range.to
      ? zh
        ? `${asOf} 超出数据范围：请提供 ${asOf.slice(0, 4)} 年的节假日安排（--calendar），或使用 --provisional`
        : `${asOf} is past the data: supply the ${asOf.slice(0, 4)} arrangement (--calendar) or use --provisional`
      : zh
        ? `${asOf} 早于数据范围`
        : `${asOf} is before the data`;
  const lines = [
    zh ? '工作日日历' : 'Working-day calendar',
    `  ${zh ? '范围' : 'covers'}: ${range.from} … ${range.to}`,
    `  ${zh ? '内置数据' : 'built-in'}: ${p.dataVersion} (${zh ? '正式数据至' : 'official to'} ${p.builtInLastYear})`,
    `  ${zh ? '另行提供' : 'supplied'}: ${p.supplied.length > 0 ? p.supplied.join(', ') : zh ? '无' : 'none'}`,
    `  ${zh ? '最后一年' : 'last official year'}: ${p.lastOfficialYear}`,
    `  ${zh ? '数据以外' : 'past the data'}: ${
      p.fallback === 'statutory'
        ? zh
          ? '按周末及法定节假日推算（暂定，调休未计）'
          : 'weekends and statutory holidays (provisional, bridges unknown)'
        : p.fallback === 'weekends'
          ? zh
            ? '按周末推算（暂定）'
            : 'weekends only (provisional)'
          : zh
            ? '报错（--provisional 可按周末及法定节假日暂定推算）'
            : 'an error (--provisional counts weekends and statutory holidays)'
    }`,
    `  ${zh ? '今日' : 'today'}: ${status}`,
  ];
  return {
    text: `${lines.join('\n')}\n`,
    json: { range, ...p, asOf, covered, ...(daysLeft === null ? {} : { daysLeft }) },
  };
}

function fromCivilIso(date: string): number {
  return fromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function monthGrid(cal: Calendar, month: string, lang: Lang): { text: string; json: unknown } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const first = fromCivil(year, m, 1);
  const length = daysInMonth(year, m);
  const days = [];
  for (let d = 1; d <= length; d++) days.push(cal.dayInfo(`${month}-${String(d).padStart(2, '0')}`));
  const head = lang === 'zh' ? `${year}年${m}月` : `${MONTHS_EN[m - 1]} ${year}`;
  // Monday first, as Chinese calendars print the week. Each cell: the day and a mark.
  const rows: string[] = [' 一   二   三   四   五   六   日'];
  let row = '     '.repeat((weekday(first) + 6) % 7);
  for (const info of days) {
    const mark = info.kind === 'holiday' ? '休' : info.kind === 'makeup_workday' ? '班' : '  ';
    row += `${info.date.slice(8).replace(/^0/u, ' ')}${mark} `;
    if (weekday(fromCivilIso(info.date)) === 0) {
      rows.push(row.trimEnd());
      row = '';
    }
  }
  if (row.trim() !== '') rows.push(row.trimEnd());
  const notes: string[] = [];
  for (const info of days) {
    if (info.kind !== 'holiday' && info.kind !== 'makeup_workday') continue;
    const what =
      info.kind === 'holiday'
        ? lang === 'zh'
          ? '休'
          : 'rest'
        : lang === 'zh'
          ? '班（调休上班）'
          : 'worked (make-up working day)';
    // A name from a supplied year file is shown, never obeyed (ESC, CR, U+202E).
    const statutory = info.basis ? (lang === 'zh' ? '（法定，暂定）' : ' (statutory, provisional)') : '';
    notes.push(`  ${info.date} ${what}: ${visible(info.holiday?.[lang] ?? '')}${statutory}`);
  }
  const provisional = days.some((d) => d.source === 'fallback');
  const statutory = cal.provenance().fallback === 'statutory' && statutoryHolidays(year) !== null;
  const footer = provisional
    ? statutory
      ? lang === 'zh'
        ? `暂定：${year}年节假日安排尚未公布或未提供，按周末及《全国年节及纪念日放假办法》规定的法定节假日标注，调休与补假未定`
        : `provisional: the ${year} arrangement is not official (not published or not supplied); weekends and the statutory holidays of the 全国年节及纪念日放假办法 marked, bridges (调休) and make-up days off (补假) unknown`
      : lang === 'zh'
        ? `暂定：${year}年节假日安排尚未公布或未提供，仅按周末标注`
        : `provisional: the ${year} arrangement is not official (not published or not supplied); weekends only`
    : describeCalendarUse({ ...cal.provenance(), provisional: null }, lang);
  const text = [head, ...rows, ...(notes.length > 0 ? ['', ...notes] : []), '', footer].join('\n');
  return { text: `${text}\n`, json: { month, provisional, days, calendar: cal.provenance() } };
}

/** `chuangye calendar`. */
export function runCalendar(
  argv: string[],
  io: Io,
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...CALENDAR_OPTIONS,
      check: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') fail(`--format must be text or json, got "${format}"`);
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') fail(`--lang must be zh or en, got "${lang}"`);
  if (values.check !== undefined) {
    if (positionals.length > 0) fail('--check takes a file and no month');
    return runCheck(values.check, io);
  }
  if (positionals.length > 1) fail(`unexpected argument "${positionals[1]}"`);
  const cal = commandCalendar(values, io, env);
  const month = positionals[0];
  let out: { text: string; json: unknown };
  if (month === undefined) {
    const asOf = values['as-of'] ?? todayInChina();
    if (!isIsoDate(asOf)) fail(`--as-of must be a real YYYY-MM-DD date, got "${asOf}"`);
    out = coverage(cal, asOf, lang);
  } else {
    if (!isIsoDate(`${month}-01`) || month.length !== 7) fail(`the month must be YYYY-MM, got "${month}"`);
    out = monthGrid(cal, month, lang);
  }
  io.stdout(format === 'json' ? `${JSON.stringify(out.json, null, 2)}\n` : out.text);
  return 0;
}

type DeadlineResult =
  | PeriodResult
  | { kind: 'E'; start: string; last: string; explanation: { zh: string; en: string } };

/** `chuangye deadline` output: the last day, the explanation, the basis and the calendar used. */
export function renderDeadline(
  result: DeadlineResult,
  format: 'text' | 'json' | 'ics',
  lang: Lang,
  ics: { id?: string; stamp?: string | undefined } = {},
): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'ics') {
    if (!('basis' in result)) fail('--format ics needs a period with a last day to keep (not --years alone)');
    return deadlineToIcs(result, {
      lang,
      ...(ics.id !== undefined ? { id: ics.id } : {}),
      ...(ics.stamp !== undefined ? { stamp: ics.stamp } : {}),
    });
  }
  // The basis in words of the chosen language, as the reports give it (calendar/periods says it in English).
  const basis = 'basis' in result ? result.basis.map((b) => `  · ${basisWords(b, lang)}`).join('\n') : '';
  const cal = 'calendar' in result && result.calendar ? describeCalendarUse(result.calendar, lang) : '';
  // The explanation names holidays and the calendar line file names, both possibly from a
  // supplied year file: shown, never obeyed (ESC, CR, LF, U+202E, U+2028).
  return `${result.last}${'provisional' in result && result.provisional ? (lang === 'zh' ? '（暂定）' : ' (provisional)') : ''}\n${visible(result.explanation[lang])}\n${basis ? `${basis}\n` : ''}${cal ? `${visible(cal)}\n` : ''}`;
}
