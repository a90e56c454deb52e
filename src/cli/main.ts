// The `chuangye` command: a thin shell over the public API, one module per command over
// the shared layer (shared.ts). The only place that reads files or writes to the console.
// Exit codes: 0 every report passes, 1 otherwise, 2 a usage error or an unreadable file —
// always a one-line message, never a stack trace.
import { policies } from '../policies/index.js';
import { visible } from '../report/escape.js';
import { CALENDAR_COMMAND_HELP, runCalendar } from './calendar.js';
import { CHECK_HELP, runCheck } from './check.js';
import { COMPARE_HELP, runCompare } from './compare.js';
import { DEADLINE_HELP, runDeadline } from './deadline.js';
import { EVALUATE_HELP, runEvaluate } from './evaluate.js';
import { HANDBOOK_HELP, runHandbook } from './handbook.js';
import { withPolicyModules } from './policy-module.js';
import { REFORM_HELP, runReform } from './reform.js';
import { RULES_HELP, runRules } from './rules.js';
import { runSchema, SCHEMA_HELP } from './schema.js';
import { type Command, guardedOutput, type Io, UsageError, WriteError } from './shared.js';
import { runTimeline, TIMELINE_HELP } from './timeline.js';

export type { Command, Io } from './shared.js';

const MAIN_HELP = `chuangye — check applications against Chinese entrepreneurship-service policies

Usage: chuangye <command> [options]

Commands:
  check <file|dir>...   check application files (JSON) against a policy
  evaluate <file>       grade a year's record (Tianjin's and Pingdingshan's evaluations)
  deadline              the last day of a legal period on the official calendar
  timeline              a policy's procedure dated on the working-day calendar
  calendar [YYYY-MM]    the calendar's coverage, a month grid, --check a year file
  rules [<policy>]      the policies and their subjects; a policy's clauses and the rules that encode them
  schema <policy> <subject>  the JSON Schema (draft 2020-12) of an input
  compare <policy>...   the policies side by side; --profile FILE: one studio under each
  reform <file|dir>...  applications under the text and under changed parameters (--set, --reading)
  handbook coverage <file>  an agency's self-check against the service handbook

Options: --help (also after a command), --version
Policies: ${Object.keys(policies).join(', ')}`;

/** Every command: its run function and its help. A new command is one module and one line here. */
const COMMANDS: Record<string, { run: Command; help: string }> = {
  check: { run: runCheck, help: CHECK_HELP },
  evaluate: { run: runEvaluate, help: EVALUATE_HELP },
  deadline: { run: runDeadline, help: DEADLINE_HELP },
  timeline: { run: runTimeline, help: TIMELINE_HELP },
  calendar: { run: runCalendar, help: CALENDAR_COMMAND_HELP },
  rules: { run: runRules, help: RULES_HELP },
  schema: { run: runSchema, help: SCHEMA_HELP },
  handbook: { run: runHandbook, help: HANDBOOK_HELP },
  compare: { run: runCompare, help: COMPARE_HELP },
  reform: { run: runReform, help: REFORM_HELP },
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
      const topic = rest[0];
      const entry = topic !== undefined && Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : undefined;
      io.stdout(`${entry ? entry.help : MAIN_HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!entry) throw new UsageError(`unknown command "${visible(command.slice(0, 40))}" (see chuangye --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${entry.help}\n`);
      return 0;
    }
    return entry.run(withPolicyModules(command, rest, process.cwd()), io);
  } catch (e) {
    if (e instanceof WriteError) {
      io.stderr(`chuangye: cannot write the output: ${e.message}\n`);
      return 2;
    }
    // Usage errors, the library's typed errors, and parseArgs' errors for unknown options
    // all say what is wrong in their first line; anything else is a bug, said in one line too.
    const message =
      optionMessage(e, command) ?? (e instanceof Error ? (e.message.split('\n')[0] ?? '') : 'unexpected error');
    io.stderr(`chuangye: ${visible(message.slice(0, 500))}\n`);
    return 2;
  }
}

/**
 * parseArgs' errors in the command's words: the option and where the command's options
 * are listed, not Node's advice on positionals starting with '-'. Null for any other error.
 */
function optionMessage(e: unknown, command: string | undefined): string | null {
  if (!(e instanceof Error)) return null;
  const code = (e as { code?: unknown }).code;
  const text = e.message;
  const quoted = /'([^']*)'/u.exec(text)?.[1] ?? '';
  const help =
    command !== undefined && Object.hasOwn(COMMANDS, command) ? `chuangye ${command} --help` : 'chuangye --help';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted} (${help} lists the options)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = quoted.split(' ')[0] ?? quoted;
    return text.includes('argument missing')
      ? `${option} needs a value (${help})`
      : `${option} takes no value (${help})`;
  }
  return null;
}
