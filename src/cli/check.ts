// `chuangye check`: application files against a policy. Reports are written as each file
// finishes (text, md, json, ndjson), so a batch of any size runs in flat memory.
import { parseArgs } from 'node:util';
import type { Report, SubjectId } from '../core/types.js';
import { check } from '../policies/index.js';
import { FORMATS, reportWriter } from '../report/index.js';
import { runCompare } from './compare.js';
import {
  bufferedOutput,
  dateOption,
  expandFiles,
  formatOf,
  type Io,
  langOption,
  oneOf,
  policyOf,
  progress,
  READ_OPTIONS,
  readJsonOrReport,
  readOptionsOf,
  UsageError,
} from './shared.js';

export const CHECK_HELP = `Usage: chuangye check <file|dir|->... --policy <id|all> [--subject studio] [--as-of YYYY-MM-DD]
                      [--format text|json|ndjson|md|html|junit] [--lang zh|en] [--fail-on incomplete|ineligible]
                      [--signature] [--max-bytes <n>] [--encoding utf-8|gb18030]

Checks each JSON file (a directory: every *.json directly inside, sorted; - reads
standard input). Only regular files are read: a FIFO, a device or a file larger than
--max-bytes (default 10485760) is refused in one line and the rest are still checked.
--encoding utf-8 (default; a BOM is accepted) or gb18030 (files saved as GBK).
--format defaults to text in a terminal and json otherwise; ndjson writes one report per
line as each file finishes, json streams its array the same way. --format html prints on
A4: a batch opens with a summary table; --signature adds reviewer signature and date lines.
--policy all FILE: FILE is a studio profile (see chuangye compare --help), checked under
every studio policy, with what it would take where it is not eligible.
Exit 0 when every report is eligible (--fail-on ineligible: when none is ineligible or
invalid), 1 otherwise, 2 for a usage error or a file that cannot be read as JSON.`;

export function runCheck(argv: string[], io: Io): number {
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
      signature: { type: 'boolean' },
      ...READ_OPTIONS,
    },
  });
  if (values.policy === 'all') return checkEverywhereCommand(values, positionals, io);
  const reading = readOptionsOf(values);
  const policy = policyOf(values.policy);
  const subject = (values.subject ?? policy.subjects[0]) as SubjectId;
  if (!policy.subjects.includes(subject)) {
    throw new UsageError(`policy ${policy.id} has no subject "${subject}"; it has: ${policy.subjects.join(', ')}`);
  }
  const asOf = dateOption(values['as-of'], 'as-of');
  const format = formatOf(values.format, FORMATS, io);
  const lang = langOption(values.lang);
  const failOn = oneOf(values['fail-on'], ['incomplete', 'ineligible'] as const, 'fail-on', 'incomplete');
  if (positionals.length === 0) throw new UsageError('name at least one file or directory');

  const { files, failed: unreadableDir } = expandFiles(positionals, io);
  let unreadable = unreadableDir;
  const out = bufferedOutput(io.stdout);
  const writer = reportWriter(out.write, {
    format,
    lang,
    list: files.length > 1,
    ...(values.signature ? { signature: true } : {}),
  });
  const tally = { eligible: 0, ineligible: 0, incomplete: 0, invalid: 0 };
  const passes = (r: Report) =>
    failOn === 'ineligible' ? r.verdict === 'eligible' || r.verdict === 'incomplete' : r.verdict === 'eligible';
  let allPass = true;
  let checked = 0;
  const bar = progress(io, files.length);
  for (const file of files) {
    const read = readJsonOrReport(file, reading, io);
    if (read === undefined) {
      unreadable = true;
      continue;
    }
    const report = check(policy.id, subject, read.value, asOf === undefined ? {} : { asOf });
    tally[report.verdict]++;
    if (!passes(report)) allPass = false;
    writer.write({ file, report });
    bar.tick(++checked);
  }
  bar.end();
  writer.end();
  out.flush();

  const summary = `${checked} checked: ${tally.eligible} eligible, ${tally.incomplete} incomplete, ${tally.ineligible} ineligible, ${tally.invalid} invalid${unreadable ? '; some files could not be read' : ''}\n`;
  // The summary goes where it cannot corrupt a machine-readable document.
  if (format === 'text') io.stdout(`\n${summary}`);
  else io.stderr(summary);

  if (unreadable) return 2;
  return allPass ? 0 : 1;
}

/** `check --policy all FILE`: one studio profile under every studio policy (the comparison's check). */
function checkEverywhereCommand(
  values: {
    'as-of'?: string | undefined;
    format?: string | undefined;
    lang?: string | undefined;
    'max-bytes'?: string | undefined;
    encoding?: string | undefined;
  },
  positionals: string[],
  io: Io,
): number {
  if (positionals.length !== 1) throw new UsageError('--policy all takes exactly one studio profile file');
  const argv = ['--profile', positionals[0] as string];
  for (const name of ['as-of', 'format', 'lang', 'max-bytes', 'encoding'] as const) {
    const value = values[name];
    if (value !== undefined) argv.push(`--${name}`, value);
  }
  return runCompare(argv, io);
}
