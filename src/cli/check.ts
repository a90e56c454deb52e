// `chuangye check`: application files against a policy. Reports are written as each file
// finishes (text, md, json, ndjson), so a batch of any size runs in flat memory.
import { parseArgs } from 'node:util';
import { checkPrepared, prepareCheck } from '../core/check.js';
import { policyBehind } from '../core/public.js';
import type { Report, SubjectId } from '../core/types.js';
import { policies } from '../policies/index.js';
import { visible } from '../report/escape.js';
import { FORMATS, reportWriter } from '../report/index.js';
import { runCompare } from './compare.js';
import { batchSummary, checkInJobs, emptyTally, jobsOf } from './jobs.js';
import { loadedPolicy } from './policy-module.js';
import type { ReadOptions } from './read.js';
import {
  bufferedOutput,
  expandFiles,
  type Io,
  oneOf,
  policyOf,
  progress,
  readJson,
  SHARED_OPTIONS,
  type SharedValues,
  sharedOptionsOf,
  UsageError,
  unreadableReport,
} from './shared.js';
import { subjectLines, subjectNotes } from './subjects.js';

export const CHECK_HELP = `Usage: chuangye check <file|dir|->... --policy <id|all> [--subject <subject>] [--as-of YYYY-MM-DD]
                      [--format text|json|ndjson|md|html|junit] [--lang zh|en] [--fail-on incomplete|ineligible]
                      [--signature] [--max-bytes <n>] [--encoding utf-8|gb18030] [--jobs <n>]

Checks each JSON file (a directory: every *.json directly inside, sorted; - reads
standard input). Only regular files are read: a FIFO, a device or a file larger than
--max-bytes (default 10485760) is refused in one line and the rest are still checked.
--encoding utf-8 (default; a BOM is accepted) or gb18030 (files saved as GBK).
--format defaults to text in a terminal and json otherwise; ndjson writes one report per
line as each file finishes, json streams its array the same way. --format html prints on
A4: a batch opens with a summary table; --signature adds reviewer signature and date lines.
--policy all FILE: FILE is a studio profile (see chuangye compare --help), checked under
every studio policy, with what it would take where it is not eligible (formats text, md,
html, json; --subject other than studio, --fail-on and --signature do not apply there).
--jobs N (default: the number of cores) checks a large batch (256 files or more, formats
text, md, json, ndjson) on N worker threads, with the same output in the same order.
A file that cannot be read is named on stderr and listed in the output as a failed entry.
--policy-module FILE checks against the policy a module exports (default or \`policy\`),
made by definePolicy.
Exit 0 when every report is eligible (--fail-on ineligible: when none is ineligible or
invalid), 1 otherwise — a report not_applicable (the text not in force on the date) is
not eligible: 1 — and 2 for a usage error or a file that cannot be read as JSON.
A file that reads as another subject of the policy (fewer unknown fields) is checked as
the subject asked for all the same, and a note on stderr names the --subject that fits.

Policies and their subjects (--subject; without it, the first):
${subjectLines().join('\n')}`;

export function runCheck(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      subject: { type: 'string' },
      'fail-on': { type: 'string' },
      signature: { type: 'boolean' },
      jobs: { type: 'string' },
      ...SHARED_OPTIONS,
    },
  });
  if (values.policy === 'all') return checkEverywhereCommand(values, positionals, io);
  const { reading, format, lang, asOf } = sharedOptionsOf(values, FORMATS, io);
  const policy = policyOf(values.policy);
  const subject = (values.subject ?? policy.subjects[0]) as SubjectId;
  if (!policy.subjects.includes(subject)) {
    throw new UsageError(
      `policy ${policy.id} has no subject "${visible(subject.slice(0, 40))}"; it has: ${policy.subjects.join(', ')}`,
    );
  }
  const failOn = oneOf(values['fail-on'], ['incomplete', 'ineligible'] as const, 'fail-on', 'incomplete');
  if (positionals.length === 0) throw new UsageError('name at least one file or directory');

  const { files, unreadable: unlisted, listed } = expandFiles(positionals, io);
  // A large batch over worker threads (cli/jobs.ts), with the same output; else one thread, here.
  const batch = {
    files,
    unlisted,
    listed,
    policy: policy.id,
    subject,
    asOf,
    reading,
    format,
    lang,
    failOn,
    subjectDefaulted: values.subject === undefined,
  };
  // Workers know the bundled policies only, and write no signature block: those run here.
  const jobs = jobsOf(values.jobs);
  const parallel =
    Object.hasOwn(policies, policy.id) && loadedPolicy(policy.id) === undefined && !values.signature
      ? checkInJobs({ ...batch, jobs }, io)
      : undefined;
  if (parallel !== undefined) return parallel;
  const out = bufferedOutput(io);
  const writer = reportWriter(out.write, {
    format,
    lang,
    list: files.length > 1,
    ...(values.signature ? { signature: true } : {}),
  });
  // The options are resolved once for the batch, as on the workers (cli/jobs.ts).
  const prepared = prepareCheck(policyBehind(policy), subject, asOf === undefined ? {} : { asOf });
  const tally = emptyTally();
  const passes = (r: Report) =>
    failOn === 'ineligible' ? r.verdict === 'eligible' || r.verdict === 'incomplete' : r.verdict === 'eligible';
  let allPass = true;
  let checked = 0;
  let unreadable = 0;
  const bar = progress(io, files.length);
  const notes = subjectNotes(io, policy, lang, values.subject === undefined);
  for (const file of files) {
    // A file that cannot be read is said on stderr and listed in the output as a failed entry.
    const reason = unlisted.get(file) ?? readOrReason(file, reading, listed.has(file), io);
    if (typeof reason === 'string') {
      unreadable++;
      writer.write({ file, report: unreadableReport(policy, subject, asOf, reason) });
      continue;
    }
    const report = checkPrepared(prepared, reason.value);
    tally[report.verdict]++;
    if (!passes(report)) allPass = false;
    writer.write({ file, report });
    notes.see(file, report, reason.value, asOf);
    bar.tick(++checked);
  }
  bar.end();
  writer.end();
  out.flush();
  notes.end();

  const summary = batchSummary(checked, tally, unreadable, lang);
  // The summary goes where it cannot corrupt a machine-readable document.
  if (format === 'text') io.stdout(`\n${summary}`);
  else io.stderr(summary);

  if (unreadable > 0) return 2;
  return allPass ? 0 : 1;
}

/** The file's JSON, or why it cannot be read (also said on stderr, naming the file). */
function readOrReason(file: string, reading: ReadOptions, listed: boolean, io: Io): { value: unknown } | string {
  const read = readJson(file, reading, listed);
  if ('value' in read) return read;
  io.stderr(`chuangye: ${visible(file)}: ${read.error}\n`);
  return read.error;
}

/**
 * `check --policy all FILE`: one studio profile under every studio policy (the
 * comparison's check). Its options mean what they mean for one policy; an option it
 * cannot honour is a usage error, never silently dropped.
 */
function checkEverywhereCommand(
  values: SharedValues & {
    subject?: string | undefined;
    'fail-on'?: string | undefined;
    signature?: boolean | undefined;
  },
  positionals: string[],
  io: Io,
): number {
  if (values.subject !== undefined && values.subject !== 'studio')
    throw new UsageError(
      `--policy all checks a studio profile under every studio policy: --subject "${visible(values.subject.slice(0, 40))}" does not apply`,
    );
  if (values['fail-on'] !== undefined)
    throw new UsageError(
      '--policy all exits 0 only when the profile is eligible under every policy: --fail-on does not apply',
    );
  if (values.signature) throw new UsageError('--policy all has no reviewer lines: --signature does not apply');
  if (positionals.length !== 1) throw new UsageError('--policy all takes exactly one studio profile file');
  // Read here with the shared parser, so the options mean the same as for one policy.
  const { reading, format, lang, asOf } = sharedOptionsOf(values, ['text', 'md', 'html', 'json'] as const, io);
  const argv = ['--profile', positionals[0] as string, '--format', format, '--lang', lang];
  argv.push('--max-bytes', String(reading.maxBytes), '--encoding', reading.encoding);
  if (asOf !== undefined) argv.push('--as-of', asOf);
  return runCompare(argv, io);
}
