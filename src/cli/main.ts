// The `chuangye` command: a thin shell over the public API. The only place that reads
// files or writes to the console. Exit codes: 0 every report passes, 1 otherwise, 2 a
// usage error or an unreadable file — always a one-line message, never a stack trace.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { isIsoDate } from '../calendar/date.js';
import {
  anniversary,
  type PeriodResult,
  publicityPeriod,
  termPeriod,
  withinDays,
  withinWorkdays,
} from '../calendar/index.js';
import { UnknownPolicyError } from '../core/errors.js';
import type { EvaluationReport } from '../core/grading.js';
import type { Lang, Policy, Report, SubjectId } from '../core/types.js';
import { check, type EvaluatedPolicyId, evaluate, getPolicy, policies } from '../policies/index.js';
import { visible } from '../report/escape.js';
import { renderReports } from '../report/index.js';
import { CALENDAR_COMMAND_HELP, commandCalendar, renderDeadline, runCalendar } from './calendar.js';
import { CALENDAR_HELP, CALENDAR_OPTIONS } from './calendar-options.js';
import { COMPARE_HELP, runCompare } from './compare.js';
import { HANDBOOK_HELP, printHandbook, runHandbook } from './handbook.js';
import {
  DEFAULT_MAX_BYTES,
  describeFsError,
  ENCODINGS,
  type Encoding,
  ReadError,
  type ReadOptions,
  readJsonFile,
} from './read.js';
import { runTimeline, TIMELINE_HELP } from './timeline.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  version: string;
}

class UsageError extends Error {}

const HELP: Record<string, string> = {
  main: `chuangye — check applications against Chinese entrepreneurship-service policies

Usage: chuangye <command> [options]

Commands:
  check <file|dir>...   check application files (JSON) against a policy
  evaluate <file>       grade a year's record (Tianjin's annual evaluation)
  deadline              the last day of a legal period on the official calendar
  timeline              a policy's procedure dated on the working-day calendar
  calendar [YYYY-MM]    the calendar's coverage, a month grid, --check a year file
  rules <policy>        a policy's clauses and the rules that encode them
  schema <policy> <subject>  the JSON Schema (draft 2020-12) of an input
  compare <policy>...   the policies side by side; --profile FILE: one studio under each
  handbook coverage <file>  an agency's self-check against the service handbook

Options: --help (also after a command), --version
Policies: ${Object.keys(policies).join(', ')}`,
  check: `Usage: chuangye check <file|dir|->... --policy <id> [--subject studio] [--as-of YYYY-MM-DD]
                      [--format text|json|md|html|junit] [--lang zh|en] [--fail-on incomplete|ineligible]
                      [--max-bytes <n>] [--encoding utf-8|gb18030]

Checks each JSON file (a directory: every *.json directly inside, sorted; - reads
standard input). Only regular files are read: a FIFO, a device or a file larger than
--max-bytes (default 10485760) is refused in one line and the rest are still checked.
--encoding utf-8 (default; a BOM is accepted) or gb18030 (files saved as GBK).
--format defaults to text in a terminal and json otherwise.
Exit 0 when every report is eligible (--fail-on ineligible: when none is ineligible or
invalid), 1 otherwise, 2 for a usage error or a file that cannot be read as JSON.`,
  evaluate: `Usage: chuangye evaluate <file> --policy <id> [--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD]
                         [--standard <file>] [--format text|json] [--lang zh|en]
                         [--max-bytes <n>] [--encoding utf-8|gb18030]

Grades a year's record. The period defaults to the year ending today (China time).
--standard: the year's scoring standard (JSON), replacing the library's default.
Exit 0 for a grade of pass or better, 1 otherwise (fail, or not yet decidable), 2 for
a usage error or an unreadable file.`,
  deadline: `Usage: chuangye deadline --from YYYY-MM-DD (--workdays <n> | --days <n> | --years <n>)
                         [--kind within|publicity|term] [--format text|json|ics] [--lang zh|en]
                         [--calendar FILE]... [--provisional]

  --workdays n              kind A: the n-th working day after the event
  --workdays n --kind publicity   kind C: a publicity of n working days from its first day
  --days n                  kind B: n days after, moved off a rest day (Civil Code art. 203)
  --years n                 kind E: the date n full years are reached
  --years n --kind term     kind D: the last day of an n-year term

${CALENDAR_HELP}`,
  calendar: CALENDAR_COMMAND_HELP,
  timeline: TIMELINE_HELP,
  rules: `Usage: chuangye rules <policy|handbook> [--format md|json]

Prints every clause of the policy, verbatim, with the rules and parameters that encode it.`,
  schema: `Usage: chuangye schema <policy> <subject>

Prints the JSON Schema (draft 2020-12) of a subject's input; subject 'evaluation' gives
the year record of a policy with an annual evaluation.`,
  handbook: HANDBOOK_HELP,
  compare: COMPARE_HELP,
};

const FORMATS = ['text', 'json', 'md', 'html', 'junit'] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function policyOf(id: string | undefined): Policy {
  if (id === undefined) throw new UsageError('--policy is required');
  try {
    return getPolicy(id);
  } catch (e) {
    if (e instanceof UnknownPolicyError) throw new UsageError(e.message);
    throw e;
  }
}

function dateOption(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !isIsoDate(value))
    throw new UsageError(`--${name} must be a real YYYY-MM-DD date, got "${value}"`);
  return value;
}

function count(value: string | undefined, name: string, digits = 6): number | undefined {
  if (value === undefined) return undefined;
  if (value.length > digits || !/^\d+$/u.test(value))
    throw new UsageError(
      `--${name} must be a whole number of at most ${digits} digits, got "${visible(value.slice(0, 40))}"`,
    );
  return Number(value);
}

/** The files named, directories expanded; unreadable ones are reported, the rest kept. */
function expandFiles(paths: string[], io: Io): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  for (const path of paths) {
    try {
      if (path !== '-' && statSync(path).isDirectory()) {
        const inside = readdirSync(path)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(path, f));
        if (inside.length === 0) {
          io.stderr(`chuangye: ${visible(path)}: directory holds no .json file\n`);
          failed = true;
        }
        for (const f of inside) files.push(f);
      } else files.push(path);
    } catch (e) {
      io.stderr(`chuangye: ${visible(path)}: ${describeFsError(e)}\n`);
      failed = true;
    }
  }
  return { files, failed };
}

/** `--max-bytes` and `--encoding`, shared by every command that reads files. */
const READ_OPTIONS = {
  'max-bytes': { type: 'string' },
  encoding: { type: 'string' },
} as const;

function readOptionsOf(values: { 'max-bytes'?: string; encoding?: string }): ReadOptions {
  const maxBytes = count(values['max-bytes'], 'max-bytes', 15) ?? DEFAULT_MAX_BYTES;
  if (maxBytes < 1) throw new UsageError('--max-bytes must be at least 1');
  const encoding = oneOf<Encoding>(
    values.encoding?.toLowerCase().replace(/^utf8$/u, 'utf-8'),
    ENCODINGS,
    'encoding',
    'utf-8',
  );
  return { maxBytes, encoding };
}

/** Reads one JSON file, or says in one line why it cannot. */
function readJson(file: string, options: ReadOptions): { value: unknown } | { error: string } {
  try {
    return { value: readJsonFile(file, options) };
  } catch (e) {
    if (e instanceof ReadError) return { error: e.message };
    throw e;
  }
}

function runCheck(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      subject: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      'fail-on': { type: 'string' },
      ...READ_OPTIONS,
    },
  });
  const reading = readOptionsOf(values);
  const policy = policyOf(values.policy);
  const subject = (values.subject ?? policy.subjects[0]) as SubjectId;
  if (!policy.subjects.includes(subject)) {
    throw new UsageError(`policy ${policy.id} has no subject "${subject}"; it has: ${policy.subjects.join(', ')}`);
  }
  const asOf = dateOption(values['as-of'], 'as-of');
  const format = oneOf(values.format, FORMATS, 'format', io.isTTY ? 'text' : 'json');
  const lang = oneOf<Lang>(values.lang, ['zh', 'en'], 'lang', 'zh');
  const failOn = oneOf(values['fail-on'], ['incomplete', 'ineligible'] as const, 'fail-on', 'incomplete');
  if (positionals.length === 0) throw new UsageError('name at least one file or directory');

  const { files, failed: unreadableDir } = expandFiles(positionals, io);
  let unreadable = unreadableDir;
  const reports: { report: Report; file: string }[] = [];
  for (const file of files) {
    const read = readJson(file, reading);
    if ('error' in read) {
      io.stderr(`chuangye: ${visible(file)}: ${read.error}\n`);
      unreadable = true;
      continue;
    }
    reports.push({ file, report: check(policy.id, subject, read.value, asOf === undefined ? {} : { asOf }) });
  }
  if (reports.length > 0) io.stdout(renderReports(reports, { format, lang, list: files.length > 1 }));

  const tally = { eligible: 0, ineligible: 0, incomplete: 0, invalid: 0 };
  for (const { report } of reports) tally[report.verdict]++;
  const summary = `${reports.length} checked: ${tally.eligible} eligible, ${tally.incomplete} incomplete, ${tally.ineligible} ineligible, ${tally.invalid} invalid${unreadable ? '; some files could not be read' : ''}\n`;
  // The summary goes where it cannot corrupt a machine-readable document.
  if (format === 'text') io.stdout(`\n${summary}`);
  else io.stderr(summary);

  if (unreadable) return 2;
  const passes = (r: Report) =>
    failOn === 'ineligible' ? r.verdict === 'eligible' || r.verdict === 'incomplete' : r.verdict === 'eligible';
  return reports.every(({ report }) => passes(report)) ? 0 : 1;
}

function runEvaluate(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      year: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      standard: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      ...READ_OPTIONS,
    },
  });
  const reading = readOptionsOf(values);
  const policy = policyOf(values.policy);
  if (!policy.evaluation) throw new UsageError(`policy ${policy.id} has no annual evaluation`);
  if (positionals.length !== 1) throw new UsageError('name exactly one record file');
  const format = oneOf(values.format, ['text', 'json'] as const, 'format', io.isTTY ? 'text' : 'json');
  const lang = oneOf<Lang>(values.lang, ['zh', 'en'], 'lang', 'zh');
  let from = dateOption(values.from, 'from');
  let to = dateOption(values.to, 'to');
  if (values.year !== undefined) {
    if (from !== undefined || to !== undefined) throw new UsageError('give --year or --from/--to, not both');
    if (!/^\d{4}$/u.test(values.year)) throw new UsageError(`--year must be YYYY, got "${values.year}"`);
    from = `${values.year}-01-01`;
    to = `${values.year}-12-31`;
  }
  let standard: unknown;
  if (values.standard !== undefined) {
    const read = readJson(values.standard, reading);
    if ('error' in read) throw new UsageError(`${visible(values.standard)}: ${read.error}`);
    standard = read.value;
  }
  const file = positionals[0] as string;
  const read = readJson(file, reading);
  if ('error' in read) {
    io.stderr(`chuangye: ${visible(file)}: ${read.error}\n`);
    return 2;
  }
  const report: EvaluationReport = evaluate(policy.id as EvaluatedPolicyId, read.value, {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(standard === undefined ? {} : { standard }),
  });
  io.stdout(renderReports([{ report }], { format, lang }));
  return report.grade !== null && report.grade !== 'fail' ? 0 : 1;
}

function runDeadline(argv: string[], io: Io): number {
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
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const from = dateOption(values.from, 'from');
  if (from === undefined) throw new UsageError('--from is required');
  const kind = oneOf(values.kind, ['within', 'publicity', 'term'] as const, 'kind', 'within');
  const format = oneOf(values.format, ['text', 'json', 'ics'] as const, 'format', io.isTTY ? 'text' : 'json');
  const lang = oneOf<Lang>(values.lang, ['zh', 'en'], 'lang', 'zh');
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

  io.stdout(renderDeadline(result, format, lang));
  return 0;
}

function runRules(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('name one policy');
  if (positionals[0] === 'handbook') return printHandbook(values.format, io);
  const policy = policyOf(positionals[0]);
  const format = oneOf(values.format, ['md', 'json'] as const, 'format', 'md');
  const rules = [
    ...Object.values(policy.checks).flatMap((s) => s?.rules ?? []),
    ...(policy.evaluation ? [policy.evaluation.applicability, ...policy.evaluation.gates] : []),
  ];
  const steps = policy.procedures.flatMap((p) => p.steps.map((s) => ({ procedure: p.id, ...s })));
  const entries = policy.clauses.map((c) => ({
    ...c,
    rules: rules
      .filter((r) => r.clauses.includes(c.id))
      .map((r) => ({ id: r.id, title: r.title, provenance: r.provenance })),
    steps: steps
      .filter((s) => s.clauses.includes(c.id))
      .map((s) => ({ procedure: s.procedure, id: s.id, label: s.label })),
    parameters: policy.parameters
      .filter((p) => p.clause === c.id)
      .map((p) => ({
        id: p.id,
        value: p.value,
        quote: p.quote,
        provenance: p.provenance,
        ...(p.note ? { note: p.note } : {}),
      })),
  }));
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify({ policy: policy.id, title: policy.title, docNumber: policy.docNumber, clauses: entries }, null, 2)}\n`,
    );
    return 0;
  }
  const md = [
    `# ${policy.title.zh}`,
    '',
    `${policy.title.en}${policy.docNumber ? ` · ${policy.docNumber}` : ''} · binding: ${policy.binding}`,
    '',
  ];
  for (const c of entries) {
    md.push(`## ${c.id} · ${c.coverage}`, '', `> ${c.text.replace(/\s*\n\s*/gu, ' ')}`, '');
    for (const r of c.rules) md.push(`- rule \`${r.id}\` (${r.provenance}): ${r.title.zh} / ${r.title.en}`);
    for (const s of c.steps) md.push(`- step \`${s.procedure}.${s.id}\`: ${s.label.zh} / ${s.label.en}`);
    for (const p of c.parameters)
      md.push(
        `- parameter \`${p.id}\` = ${JSON.stringify(Array.isArray(p.value) ? p.value.map((o: { id: string }) => o.id) : p.value)} (${p.provenance}) «${p.quote}»`,
      );
    md.push('');
  }
  io.stdout(`${md.join('\n')}`);
  return 0;
}

function runSchema(argv: string[], io: Io): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length !== 2) throw new UsageError('name a policy and a subject');
  const policy = policyOf(positionals[0]);
  const subject = positionals[1] as string;
  const schema = subject === 'evaluation' ? policy.evaluation?.schema : policy.checks[subject as SubjectId]?.schema;
  if (!schema) {
    const known = [...policy.subjects, ...(policy.evaluation ? ['evaluation'] : [])];
    throw new UsageError(`policy ${policy.id} has no subject "${subject}"; it has: ${known.join(', ')}`);
  }
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  io.stdout(`${JSON.stringify({ ...json, title: `${policy.id} ${subject}` }, null, 2)}\n`);
  return 0;
}

const COMMANDS: Record<string, (argv: string[], io: Io) => number> = {
  check: runCheck,
  evaluate: runEvaluate,
  deadline: runDeadline,
  timeline: runTimeline,
  calendar: runCalendar,
  rules: runRules,
  schema: runSchema,
  handbook: runHandbook,
  compare: runCompare,
};

/** Runs the command line; returns the exit code. Never throws. */
export function main(argv: string[], rawIo: Io): number {
  const [command, ...rest] = argv;
  const io = guardedOutput(rawIo);
  try {
    if (command === '--version' || command === '-v') {
      io.stdout(`${io.version}\n`);
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      const topic = rest[0] ?? 'main';
      io.stdout(`${Object.hasOwn(HELP, topic) ? HELP[topic] : HELP.main}\n`);
      return command === undefined ? 2 : 0;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(`unknown command "${visible(command.slice(0, 40))}" (see chuangye --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${HELP[command]}\n`);
      return 0;
    }
    return run(rest, io);
  } catch (e) {
    if (e instanceof WriteError) {
      io.stderr(`chuangye: cannot write the output: ${e.message}\n`);
      return 2;
    }
    // Usage errors, the library's typed errors, and parseArgs' errors for unknown options
    // all say what is wrong in their first line; anything else is a bug, said in one line too.
    const message = e instanceof Error ? (e.message.split('\n')[0] ?? '') : 'unexpected error';
    io.stderr(`chuangye: ${visible(message.slice(0, 500))}\n`);
    return 2;
  }
}

/** A write that failed for a reason other than a closed pipe (a full disk). */
class WriteError extends Error {}

/**
 * Output that ends quietly when the reader goes away (`| head -1`: EPIPE), and turns any
 * other write error into one line and exit code 2.
 */
function guardedOutput(io: Io): Io {
  let closed = false;
  const write = (sink: (text: string) => void) => (text: string) => {
    if (closed) return;
    try {
      sink(text);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EPIPE') closed = true;
      else throw new WriteError(code === 'ENOSPC' ? 'no space left on device' : describeFsError(e));
    }
  };
  return {
    ...io,
    stdout: write(io.stdout),
    stderr: (text) => {
      try {
        io.stderr(text);
      } catch {
        // Nowhere left to say it.
      }
    },
  };
}
