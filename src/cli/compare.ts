// `chuangye compare <policy>... [--only differences] [--format …] [--lang …]`: the
// policies' requirements side by side; with --profile FILE, one studio checked against
// every studio policy (or those named); with --next too, only the questions that decide.
import { parseArgs } from 'node:util';
import {
  COMPARE_FORMATS,
  checkEverywhere,
  comparePolicies,
  nextQuestions,
  renderComparison,
  renderEverywhere,
  renderQuestions,
  STUDIO_POLICIES,
  type StudioPolicyId,
} from '../compare/index.js';
import { visible } from '../report/escape.js';
import { loadedPolicy } from './policy-module.js';
import {
  dateOption,
  formatOf,
  type Io,
  langOption,
  oneOf,
  READ_OPTIONS,
  readJsonOrReport,
  readOptionsOf,
  UsageError,
} from './shared.js';

export const COMPARE_HELP = `Usage: chuangye compare <policy>... [--only differences] [--format text|md|html|json] [--lang zh|en]
       chuangye compare --profile <file> [<policy>...] [--next] [--as-of <date>] [--format …] [--lang zh|en]
                        [--max-bytes <n>] [--encoding utf-8|gb18030]

The policies' requirements side by side, one row per requirement, grouped by theme:
each cell the value with its unit, provenance and clause, or "not set by this text", or
"not applicable to this kind of body". --only differences keeps the rows that differ
among the policies each row applies to. Policies: national, tianjin, pingdingshan, taiyuan;
--policy-module FILE adds a policy made by definePolicy (its default or \`policy\` export).
With --profile: one studio profile (JSON) checked against every studio policy (national,
tianjin, pingdingshan; a --policy-module policy that declares a profile mapping is checked
beside them, or beside those named) on one date, with what it would take where it is not
eligible and what to supply, in the profile's fields, with the threshold each answer must meet.
With --next too: only the questions still to ask, best first (those that settle the most
undecided policies), in the profile's words.
Exit 0 (comparison; the profile eligible under every policy checked; --next with every
policy decided), 1 otherwise, 2 for a usage error or a file that cannot be read as JSON.`;

/** Runs `chuangye compare …`; returns the exit code. A usage error throws, for main to report. */
export function runCompare(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      only: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      profile: { type: 'string' },
      next: { type: 'boolean' },
      'as-of': { type: 'string' },
      ...READ_OPTIONS,
    },
  });
  const format = formatOf(values.format, COMPARE_FORMATS, io);
  const lang = langOption(values.lang);
  if (values.profile === undefined) {
    // Options that only mean something with a profile are a mistake without one.
    for (const name of ['next', 'as-of', 'max-bytes', 'encoding'] as const)
      if (values[name] !== undefined) throw new UsageError(`--${name} needs --profile <file>`);
    if (positionals.length === 0)
      throw new UsageError('name at least one policy (e.g. chuangye compare national tianjin)');
    const only =
      values.only === undefined ? undefined : oneOf(values.only, ['differences'] as const, 'only', 'differences');
    const named = positionals.map((id) => loadedPolicy(id) ?? id);
    io.stdout(renderComparison(comparePolicies(named, only ? { only } : {}), format, lang));
    return 0;
  }
  if (values.only !== undefined) throw new UsageError('--only compares policies; it does not apply with --profile');
  // A module's policy takes part when it declares how it reads the profile (definePolicy({ profile })).
  const studios = positionals.map((id) => {
    const module = loadedPolicy(id);
    if (module?.profile) return module;
    if ((STUDIO_POLICIES as readonly string[]).includes(id)) return id as StudioPolicyId;
    throw new UsageError(
      module
        ? `--profile: "${visible(id.slice(0, 40))}" (--policy-module) declares no profile mapping (definePolicy({ profile }))`
        : `--profile checks studio policies (${STUDIO_POLICIES.join(', ')}, or a --policy-module policy with a profile mapping), not "${visible(id.slice(0, 40))}"`,
    );
  });
  const readOptions = readOptionsOf(values);
  const asOf = dateOption(values['as-of'], 'as-of');
  const read = readJsonOrReport(values.profile, readOptions, io);
  if (!read) return 2;
  const options = {
    ...(asOf !== undefined ? { asOf } : {}),
    // --policy-module names its policy: beside the bundled studio policies unless one of those is named.
    ...(studios.length > 0
      ? { policies: studios.some((p) => typeof p === 'string') ? studios : [...STUDIO_POLICIES, ...studios] }
      : {}),
  };
  if (values.next) {
    const q = nextQuestions(read.value, options);
    io.stdout(renderQuestions(q, format, lang));
    return q.questions.length === 0 ? 0 : 1;
  }
  const result = checkEverywhere(read.value, options);
  io.stdout(renderEverywhere(result, format, lang));
  // A policy whose mapping failed is not in the outcomes: not eligible everywhere.
  const failed = result.problems.some((p) => p.code === 'profile_mapping_failed');
  return !failed && result.outcomes.every((o) => o.verdict === 'eligible') ? 0 : 1;
}
