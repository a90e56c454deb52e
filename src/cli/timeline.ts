// `chuangye timeline`: a policy's procedure dated from its first step (or from the dates
// that happened), on the working-day calendar, as text, JSON or iCalendar.
import { parseArgs } from 'node:util';
import { isIsoDate, todayInChina } from '../calendar/date.js';
import { procedureTimeline } from '../core/procedure.js';
import type { Lang } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import { describeCalendarUse, timelineToIcs } from '../report/ics.js';
import { renderReport } from '../report/index.js';
import { commandCalendar } from './calendar.js';
import { CALENDAR_HELP, CALENDAR_OPTIONS, CalendarOptionError, readSmallFile } from './calendar-options.js';
import type { Io } from './shared.js';

export const TIMELINE_HELP = `Usage: chuangye timeline --policy <id> --procedure <id> (--from YYYY-MM-DD | <dates.json>)
                        [--as-of YYYY-MM-DD] [--format text|json|md|html|ics] [--lang zh|en]

Dates a policy's procedure (tianjin: recognition, evaluation, supervision): --from is the
day of its first step; a dates file gives the days steps happened, by step id
({ "application": "2026-12-15", "initialReview": "2026-12-22" }). --format ics gives one
all-day event per due date, to import into Outlook or WPS.

${CALENDAR_HELP}`;

function fail(message: string): never {
  throw new CalendarOptionError(message);
}

/** `chuangye timeline`. */
export function runTimeline(
  argv: string[],
  io: Io,
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...CALENDAR_OPTIONS,
      policy: { type: 'string' },
      procedure: { type: 'string' },
      from: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  if (values.policy === undefined) fail('--policy is required');
  const policy = getPolicy(values.policy);
  const spec = policy.procedures.find((p) => p.id === values.procedure);
  if (!spec) {
    fail(
      `--procedure must be one of ${policy.procedures.map((p) => p.id).join(', ')} for ${policy.id}, got "${values.procedure ?? ''}"`,
    );
  }
  const format = values.format ?? (io.isTTY ? 'text' : 'json');
  if (format !== 'text' && format !== 'json' && format !== 'ics' && format !== 'md' && format !== 'html')
    fail(`--format must be text, json, md, html or ics, got "${format}"`);
  const lang = (values.lang ?? 'zh') as Lang;
  if (lang !== 'zh' && lang !== 'en') fail(`--lang must be zh or en, got "${values.lang}"`);
  const asOf = values['as-of'] ?? todayInChina();
  if (!isIsoDate(asOf)) fail(`--as-of must be a real YYYY-MM-DD date, got "${asOf}"`);

  const first = spec.steps[0]?.id as string;
  let done: Record<string, string> = {};
  if (positionals.length > 1) fail(`name one dates file, got ${positionals.length}`);
  if (positionals[0] !== undefined) {
    if (values.from !== undefined) fail('give --from or a dates file, not both');
    let json: unknown;
    try {
      json = JSON.parse(readSmallFile(positionals[0]));
    } catch (e) {
      if (e instanceof CalendarOptionError) throw e;
      fail(`${positionals[0]}: not valid JSON`);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json))
      fail(`${positionals[0]}: expected an object of step dates`);
    const ids = new Set(spec.steps.map((s) => s.id));
    for (const [key, value] of Object.entries(json)) {
      if (!ids.has(key)) fail(`${positionals[0]}: unknown step "${key}"; the steps are ${[...ids].join(', ')}`);
      if (!isIsoDate(value)) fail(`${positionals[0]}: ${key} must be a real YYYY-MM-DD date`);
    }
    done = json as Record<string, string>;
  } else if (values.from !== undefined) {
    if (!isIsoDate(values.from)) fail(`--from must be a real YYYY-MM-DD date, got "${values.from}"`);
    done = { [first]: values.from };
  } else fail('give --from or a dates file');
  const start = done[first];
  if (start === undefined) fail(`the dates file must give the first step, "${first}"`);

  const calendar = commandCalendar(values, io, env);
  const dated = procedureTimeline(spec.steps, start, done, { asOf, calendar });
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ policy: policy.id, procedure: spec.id, asOf, ...dated }, null, 2)}\n`);
  } else if (format === 'md' || format === 'html') {
    io.stdout(renderReport({ policy: policy.id, procedure: spec, asOf, ...dated }, { format, lang }));
  } else if (format === 'ics') {
    io.stdout(timelineToIcs(dated, { lang, procedure: spec, policy: policy.id, stamp: `${asOf}T00:00:00Z` }));
  } else {
    const lines = [`${spec.label[lang]} (${policy.id})`];
    for (const s of dated.steps) {
      const due = s.due ?? '—';
      const provisional = s.period?.provisional ? (lang === 'zh' ? '（暂定）' : ' (provisional)') : '';
      lines.push(
        `  ${due}${provisional}  ${s.label[lang]}  [${s.status}${s.done ? ` ${s.done}` : ''}]  ${s.clauses.join(' ')}`,
      );
    }
    lines.push('', describeCalendarUse(dated.calendar, lang));
    io.stdout(`${lines.join('\n')}\n`);
  }
  return 0;
}
