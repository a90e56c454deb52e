// `chuangye compare <policy>... [--only differences] [--format …] [--lang …]`: the
// policies' requirements side by side; with --profile FILE, one studio checked against
// every studio policy (or those named).
import { parseArgs } from 'node:util';
import { isIsoDate } from '../calendar/date.js';
import {
  type CompareFormat,
  checkEverywhere,
  comparePolicies,
  renderComparison,
  renderEverywhere,
  STUDIO_POLICIES,
  type StudioPolicyId,
} from '../compare/index.js';
import type { Lang } from '../core/types.js';
import { visible } from '../report/escape.js';
import type { Io } from './main.js';
import { DEFAULT_MAX_BYTES, ReadError, readJsonFile } from './read.js';

export const COMPARE_HELP = `Usage: chuangye compare <policy>... [--only differences] [--format text|md|html|json] [--lang zh|en]
       chuangye compare --profile <file> [<policy>...] [--as-of <date>] [--format …] [--lang zh|en]
                        [--max-bytes <n>] [--encoding utf-8|gb18030]

The policies' requirements side by side, one row per requirement, grouped by theme:
each cell the value with its unit, provenance and clause, or "not set by this text", or
"not applicable to this kind of body". Policies: national, tianjin, pingdingshan, taiyuan.
With --profile: one studio profile (JSON) checked against every studio policy (national,
tianjin, pingdingshan) on one date, with what it would take where it is not eligible.
Exit 0 (comparison; or the profile eligible under every policy checked), 1 otherwise, 2
for a usage error or a file that cannot be read as JSON.`;

function choice<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T))
    throw new Error(`--${name} must be one of ${allowed.join(', ')}, got "${visible(value.slice(0, 40))}"`);
  return value as T;
}

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
      'as-of': { type: 'string' },
      'max-bytes': { type: 'string' },
      encoding: { type: 'string' },
    },
  });
  const format = choice<CompareFormat>(
    values.format,
    ['text', 'md', 'html', 'json'],
    'format',
    io.isTTY ? 'text' : 'json',
  );
  const lang = choice<Lang>(values.lang, ['zh', 'en'], 'lang', 'zh');
  if (values.profile === undefined) {
    if (positionals.length === 0) throw new Error('name at least one policy (e.g. chuangye compare national tianjin)');
    const only =
      values.only === undefined ? undefined : choice(values.only, ['differences'] as const, 'only', 'differences');
    io.stdout(renderComparison(comparePolicies(positionals, only ? { only } : {}), format, lang));
    return 0;
  }
  for (const id of positionals)
    if (!(STUDIO_POLICIES as readonly string[]).includes(id))
      throw new Error(
        `--profile checks studio policies (${STUDIO_POLICIES.join(', ')}), not "${visible(id.slice(0, 40))}"`,
      );
  const encoding = choice(values.encoding, ['utf-8', 'gb18030'] as const, 'encoding', 'utf-8');
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new Error('--max-bytes must be a positive whole number');
  let profile: unknown;
  try {
    profile = readJsonFile(values.profile, { maxBytes, encoding });
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    io.stderr(`chuangye: ${visible(values.profile)}: ${e.message}\n`);
    return 2;
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new Error(`--as-of must be a date YYYY-MM-DD, got "${visible(String(asOf).slice(0, 40))}"`);
  const result = checkEverywhere(profile, {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(positionals.length > 0 ? { policies: positionals as StudioPolicyId[] } : {}),
  });
  io.stdout(renderEverywhere(result, format, lang));
  return result.outcomes.every((o) => o.verdict === 'eligible') ? 0 : 1;
}
