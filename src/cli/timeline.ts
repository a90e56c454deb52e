// `chuangye timeline`: a policy's procedure dated from its first step (or from the dates
// that happened), on the working-day calendar, as text, JSON or iCalendar. A procedure the
// policy dates itself (ProcedureSpec.date) is dated by that function, so the command and
// the library agree; the others are chains of their steps.
import { parseArgs } from 'node:util';
import { isIsoDate, todayInChina } from '../calendar/date.js';
import { dateProcedure, type ProcedureDatingOptions } from '../core/procedure.js';
import type { Lang, Policy, ProcedureSpec } from '../core/types.js';
import { getPolicy, policies } from '../policies/index.js';
import { visible } from '../report/escape.js';
import { timelineToIcs } from '../report/ics.js';
import { renderReport } from '../report/index.js';
import { commandCalendar } from './calendar.js';
import { CALENDAR_HELP, CALENDAR_OPTIONS, CalendarOptionError, icsStamp } from './calendar-options.js';
import { DEFAULT_MAX_BYTES, ReadError, readJsonFile } from './read.js';
import type { Io } from './shared.js';

export const TIMELINE_HELP = `Usage: chuangye timeline --policy <id> --procedure <id> (--from YYYY-MM-DD | <dates.json>)
                        [--earlier-recognitions YYYY-MM-DD,…] [--grade excellent|good|pass|fail]
                        [--as-of YYYY-MM-DD] [--format text|json|md|html|ics] [--lang zh|en]

Dates a policy's procedure the way the policy's own timeline function does (tianjin:
recognition, evaluation, supervision). --from is the day of its first step; a dates file
gives the days steps happened, by step id
({ "application": "2026-12-15", "initialReview": "2026-12-22" }), and may give
"objection": the day an objection was raised during publicity, which stops the procedure
there (tianjin recognition and evaluation).

  --earlier-recognitions D,…  days the same studio was recognised before, comma-separated
                              (tianjin recognition: once a year, 三（一）)
  --grade G                   the grade proposed: excellent, good, pass or fail
                              (优秀、良好、合格、不合格); fail is not published (tianjin evaluation, 四（二）4)

tianjin supervision is three separate deadlines, each counted from its own event, so it
takes a dates file, not --from: { "recognizedOn", "spotChecks": [days checked] } for the
yearly spot check (五（一）), { "orderedOn", "rectifiedOn" } for rectification (五（二）),
{ "changedOn", "filedOn" } for filing a change (五（三）); give the ones that happened.

--format ics gives one all-day event per due date, to import into Outlook or WPS.

${CALENDAR_HELP}`;

function fail(message: string): never {
  throw new CalendarOptionError(message);
}

const GRADES: Readonly<Record<string, NonNullable<ProcedureDatingOptions['grade']>>> = Object.freeze({
  excellent: 'excellent',
  good: 'good',
  pass: 'pass',
  fail: 'fail',
  优秀: 'excellent',
  良好: 'good',
  合格: 'pass',
  不合格: 'fail',
});

/** Where an option applies in this policy, for the message refusing it elsewhere. */
function appliesTo(policy: Policy, option: 'earlierRecognitions' | 'grade'): string {
  const ids = policy.procedures.filter((p) => p.reads?.includes(option)).map((p) => p.id);
  return ids.length > 0 ? `it applies to ${policy.id} ${ids.join(', ')}` : `no ${policy.id} procedure reads it`;
}

function earlierRecognitions(value: string): string[] {
  const days = value.split(',').map((d) => d.trim());
  for (const d of days)
    if (!isIsoDate(d))
      fail(
        `--earlier-recognitions must be real YYYY-MM-DD dates separated by commas, got "${visible(String(d).slice(0, 40))}"`,
      );
  return days;
}

/** The record of dates: the dates file, or --from as the first step's day. */
function readRecord(spec: ProcedureSpec, policy: Policy, file: string | undefined, from: string | undefined) {
  const first = spec.steps[0]?.id as string;
  const keys = spec.keys ?? spec.steps.map((s) => s.id);
  if (file !== undefined) {
    if (from !== undefined) fail('give --from or a dates file, not both');
    let json: unknown;
    try {
      json = readJsonFile(file, { maxBytes: DEFAULT_MAX_BYTES, encoding: 'utf-8' });
    } catch (e) {
      if (e instanceof ReadError) fail(`${file}: ${e.message}`);
      throw e;
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json))
      fail(`${file}: expected an object of step dates`);
    for (const key of Object.keys(json))
      if (!keys.includes(key))
        fail(`${file}: unknown key "${visible(key.slice(0, 40))}"; the keys are ${keys.join(', ')}`);
    return { record: json, source: file };
  }
  if (from === undefined) fail('give --from or a dates file');
  // A procedure whose first step is not in its record does not run from one day.
  if (!keys.includes(first))
    fail(
      `${policy.id} ${spec.id} does not start from one day: each of its deadlines counts from its own event; give a dates file with ${keys.join(', ')}`,
    );
  if (!isIsoDate(from)) fail(`--from must be a real YYYY-MM-DD date, got "${from}"`);
  return { record: { [first]: from }, source: '--from' };
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
      'earlier-recognitions': { type: 'string' },
      grade: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  if (values.policy === undefined) fail('--policy is required');
  const policy = getPolicy(values.policy);
  const spec = policy.procedures.find((p) => p.id === values.procedure);
  if (!spec) {
    const ids = policy.procedures.map((p) => p.id).join(', ');
    if (ids === '') {
      const dated = Object.values(policies)
        .filter((p) => p.procedures.length > 0)
        .map((p) => p.id);
      fail(`${policy.id} sets no dated procedure; timeline applies to ${dated.join(', ')}`);
    }
    if (values.procedure === undefined) fail(`--procedure is required: one of ${ids} for ${policy.id}`);
    fail(`--procedure must be one of ${ids} for ${policy.id}, got "${visible(values.procedure.slice(0, 40))}"`);
  }
  const format = values.format ?? (io.isTTY ? 'text' : 'json');
  if (format !== 'text' && format !== 'json' && format !== 'ics' && format !== 'md' && format !== 'html')
    fail(`--format must be text, json, md, html or ics, got "${format}"`);
  const lang = (values.lang ?? 'zh') as Lang;
  if (lang !== 'zh' && lang !== 'en') fail(`--lang must be zh or en, got "${values.lang}"`);
  const asOf = values['as-of'] ?? todayInChina();
  if (!isIsoDate(asOf)) fail(`--as-of must be a real YYYY-MM-DD date, got "${asOf}"`);

  const options: ProcedureDatingOptions = { asOf };
  const reads = spec.reads ?? [];
  if (values['earlier-recognitions'] !== undefined) {
    if (!reads.includes('earlierRecognitions'))
      fail(
        `--earlier-recognitions does not apply to ${policy.id} ${spec.id}; ${appliesTo(policy, 'earlierRecognitions')}`,
      );
    options.earlierRecognitions = earlierRecognitions(values['earlier-recognitions']);
  }
  if (values.grade !== undefined) {
    if (!reads.includes('grade'))
      fail(`--grade does not apply to ${policy.id} ${spec.id}; ${appliesTo(policy, 'grade')}`);
    const grade = Object.hasOwn(GRADES, values.grade) ? GRADES[values.grade] : undefined;
    if (grade === undefined)
      fail(
        `--grade must be excellent, good, pass or fail (优秀、良好、合格、不合格), got "${visible(values.grade.slice(0, 40))}"`,
      );
    options.grade = grade;
  }
  if (positionals.length > 1) fail(`name one dates file, got ${positionals.length}`);
  const { record, source } = readRecord(spec, policy, positionals[0], values.from);

  options.calendar = commandCalendar(values, io, env);
  const dated = dateProcedure(spec, record, options);
  // A value that does not read (an impossible date, a deadline's event missing) is refused
  // in one line, as before: the function would date the rest without it. Steps out of
  // order are a finding the timeline shows ('premature'), not a misread record.
  const fault = dated.problems.find((p) => p.severity === 'error' && p.code !== 'out_of_order');
  // A date past the calendar is not a fault of --from or of the file: the line says which
  // year is missing and how to supply it, or to count it provisionally.
  if (fault?.code === 'outside_calendar') fail(fault.message.en);
  if (fault) fail(`${source}: ${fault.path.length > 0 ? `${fault.path.join('.')}: ` : ''}${fault.message.en}`);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ policy: policy.id, procedure: spec.id, asOf, ...dated }, null, 2)}\n`);
  } else if (format === 'ics') {
    // The UID names this run of the procedure by its first recorded day, not a computed one.
    const first = (record as Record<string, unknown>)[spec.steps[0]?.id as string];
    const instance = typeof first === 'string' ? first : source;
    io.stdout(timelineToIcs(dated, { lang, procedure: spec, policy: policy.id, instance, stamp: icsStamp(env) }));
  } else {
    io.stdout(renderReport({ policy: policy.id, procedure: spec, asOf, ...dated }, { format, lang }));
  }
  return 0;
}
