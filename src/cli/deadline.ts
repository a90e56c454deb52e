// `chuangye deadline`: the last day of a legal period on the official calendar.
import { parseArgs } from 'node:util';
import {
  anniversary,
  type PeriodResult,
  publicityPeriod,
  termPeriod,
  withinDays,
  withinWorkdays,
} from '../calendar/index.js';
import { visible } from '../report/escape.js';
import { renderReport } from '../report/index.js';
import { commandCalendar, renderDeadline } from './calendar.js';
import { CALENDAR_HELP, CALENDAR_OPTIONS, icsStamp } from './calendar-options.js';
import { count, dateOption, formatOf, type Io, langOption, oneOf, UsageError } from './shared.js';

export const DEADLINE_HELP = `Usage: chuangye deadline --from YYYY-MM-DD (--workdays <n> | --days <n> | --years <n>)
                         [--kind within|publicity|term] [--format text|json|md|html|ics] [--lang zh|en]
                         [--calendar FILE]... [--provisional]

  --workdays n              kind A: the n-th working day after the event
  --workdays n --kind publicity   kind C: a publicity of n working days from its first day
  --days n                  kind B: n days after, moved off a rest day (Civil Code art. 203)
  --years n                 kind E: the date n full years are reached
  --years n --kind term     kind D: the last day of an n-year term

${CALENDAR_HELP}`;

export function runDeadline(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      workdays: { type: 'string' },
      days: { type: 'string' },
      years: { type: 'string' },
      kind: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      ...CALENDAR_OPTIONS,
    },
  });
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${visible(String(positionals[0]).slice(0, 40))}"`);
  const from = dateOption(values.from, 'from');
  if (from === undefined) throw new UsageError('--from is required');
  const kind = oneOf(values.kind, ['within', 'publicity', 'term'] as const, 'kind', 'within');
  const format = formatOf(values.format, ['text', 'json', 'md', 'html', 'ics'] as const, io);
  const lang = langOption(values.lang);
  const calendar = commandCalendar(values, io);
  const given = [
    ['workdays', count(values.workdays, 'workdays')],
    ['days', count(values.days, 'days')],
    ['years', count(values.years, 'years')],
  ].filter((e): e is [string, number] => e[1] !== undefined);
  if (given.length !== 1) throw new UsageError('give exactly one of --workdays, --days, --years');
  const [unit, n] = given[0] as [string, number];

  let result: PeriodResult | { kind: 'E'; start: string; last: string; explanation: { zh: string; en: string } };
  if (unit === 'workdays' && kind === 'within') result = withinWorkdays(from, n, { calendar });
  else if (unit === 'workdays' && kind === 'publicity') {
    if (n === 0) throw new UsageError('a publicity lasts at least one working day');
    result = publicityPeriod(from, n, { calendar });
  } else if (unit === 'days' && kind === 'within') result = withinDays(from, n, { calendar });
  else if (unit === 'years' && kind === 'term') result = termPeriod(from, n);
  else if (unit === 'years' && kind === 'within') {
    const last = anniversary(from, n);
    result = {
      kind: 'E',
      start: from,
      last,
      explanation: {
        zh: `自${from}起满${n}年之日：${last}`,
        en: `${n} full years from ${from} are reached on ${last}`,
      },
    };
  } else throw new UsageError(`--kind ${kind} does not go with --${unit}`);

  // Text keeps the date on its first line, for scripts; md and html are the shared report.
  io.stdout(
    format === 'md' || format === 'html'
      ? renderReport(result, { format, lang })
      : renderDeadline(result, format, lang, {
          // What the deadline is for, so a re-import after the arrangement moves it updates the event.
          id: `${kind}-${n}-${unit}-from-${from}`,
          stamp: format === 'ics' ? icsStamp(process.env) : undefined,
        }),
  );
  return 0;
}
