// `chuangye evaluate`: a year's record graded under a policy's annual evaluation.
import { parseArgs } from 'node:util';
import { evaluate } from '../policies/index.js';
import { visible } from '../report/escape.js';
import { FORMATS, renderReport } from '../report/index.js';
import {
  dateOption,
  type Io,
  policyOf,
  readJson,
  readJsonOrReport,
  SHARED_OPTIONS,
  sharedOptionsOf,
  UsageError,
} from './shared.js';

export const EVALUATE_HELP = `Usage: chuangye evaluate <file> --policy <id> [--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD]
                         [--as-of YYYY-MM-DD] [--progress] [--standard <file>]
                         [--format text|json|md|html|junit] [--lang zh|en] [--signature]
                         [--max-bytes <n>] [--encoding utf-8|gb18030] [--policy-module FILE]

Grades a year's record: one full year that has ended before --as-of (today in China by
default). Without --year or --from/--to, the text's own year is taken from the record:
Tianjin's year since recognition (the latest that has ended), Pingdingshan's calendar
year; where the record cannot tell, no grade, and the report says what to supply. A year
not over, or a period that is not one year, gets no grade and says when it becomes due.
--progress: the counts so far against the yearly minimums, without a grade.
--standard: the year's scoring standard (JSON), replacing the library's default.
--signature: html with reviewer signature and date lines, as for check.
--policy-module FILE grades under the policy a module exports (default or \`policy\`),
made by definePolicy with an evaluation; --policy may then be left out.
Exit 0 for a grade of pass or better, 1 otherwise (fail, or not yet decidable), 2 for
a usage error or an unreadable file.`;

export function runEvaluate(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      year: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      progress: { type: 'boolean' },
      standard: { type: 'string' },
      signature: { type: 'boolean' },
      ...SHARED_OPTIONS,
    },
  });
  const { reading, format, lang, asOf } = sharedOptionsOf(
    values,
    FORMATS.filter((f) => f !== 'ndjson'),
    io,
  );
  const policy = policyOf(values.policy);
  if (!policy.evaluation) throw new UsageError(`policy ${policy.id} has no annual evaluation`);
  if (positionals.length !== 1) throw new UsageError('name exactly one record file');
  let from = dateOption(values.from, 'from');
  let to = dateOption(values.to, 'to');
  if (values.year !== undefined) {
    if (from !== undefined || to !== undefined) throw new UsageError('give --year or --from/--to, not both');
    if (!/^\d{4}$/u.test(values.year))
      throw new UsageError(`--year must be YYYY, got "${visible(values.year.slice(0, 40))}"`);
    from = `${values.year}-01-01`;
    to = `${values.year}-12-31`;
  }
  let standard: unknown;
  if (values.standard !== undefined) {
    const read = readJson(values.standard, reading);
    if ('error' in read) throw new UsageError(`${visible(values.standard)}: ${read.error}`);
    standard = read.value;
  }
  const read = readJsonOrReport(positionals[0] as string, reading, io);
  if (read === undefined) return 2;
  const report = evaluate(policy, read.value, {
    ...(asOf === undefined ? {} : { asOf }),
    ...(values.progress ? { progress: true } : {}),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(standard === undefined ? {} : { standard }),
  });
  io.stdout(renderReport(report, { format, lang, ...(values.signature ? { signature: true } : {}) }));
  return report.grade !== null && report.grade !== 'fail' ? 0 : 1;
}
