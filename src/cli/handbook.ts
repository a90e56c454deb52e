// `chuangye handbook coverage <file>`: an agency's self-check against the handbook. The
// file holds the functions it offers: an array of ids or titles, or
// { "agency": "…", "offered": [ … ], "modes": [ … ] }. The handbook binds no one, so the
// self-check exits 0 unless asked to fail (--fail-on basic).
import { parseArgs } from 'node:util';
import { COVERAGE_FORMATS, coverage, renderCoverage, renderHandbook } from '../handbook/index.js';
import {
  formatOf,
  type Io,
  langOption,
  oneOf,
  READ_OPTIONS,
  readJsonOrReport,
  readOptionsOf,
  UsageError,
} from './shared.js';

export const HANDBOOK_HELP = `Usage: chuangye handbook coverage <file> [--format text|md|json] [--lang zh|en]
                                        [--fail-on basic|none] [--max-bytes <n>] [--encoding utf-8|gb18030]

Checks the service functions an agency offers against the handbook's 33: by id (financing/1.1)
or title, or a sub-item (information/1.2.1, 机构（场所）信息) for part of a function. The file:
a JSON array of ids or titles, or { "agency": "…", "offered": [ … ], "modes": [ … ] } where
modes (optional) names the service modes in use (information/mode/1, information/窗口服务 or
窗口服务 for every module listing it). Every function not offered whole is listed by tier with
what it involves, in the text's words. The handbook binds no one: this is a self-check.
Exit 0, or with --fail-on basic 1 when a basic function is not offered whole or an entry
names nothing; 2 for a usage error or a file that cannot be read as JSON.`;

/** Runs `chuangye handbook …`; returns the exit code. A usage error throws, for main to report. */
export function runHandbook(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, lang: { type: 'string' }, 'fail-on': { type: 'string' }, ...READ_OPTIONS },
  });
  const [sub, file, ...extra] = positionals;
  if (sub !== 'coverage') throw new UsageError(`unknown handbook command (try: chuangye handbook coverage <file>)`);
  if (file === undefined || extra.length > 0) throw new UsageError('name exactly one file of offered functions');
  const format = formatOf(values.format, COVERAGE_FORMATS, io);
  const lang = langOption(values.lang);
  const failOn = oneOf(values['fail-on'], ['basic', 'none'] as const, 'fail-on', 'none');
  const read = readJsonOrReport(file, readOptionsOf(values), io);
  if (!read) return 2;
  const { value } = read;
  const wrapped = typeof value === 'object' && value !== null && !Array.isArray(value);
  const field = (key: string) =>
    wrapped && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  const offered = wrapped ? field('offered') : value;
  const modes = field('modes');
  const name = field('agency');
  const c = coverage(offered, modes === undefined ? {} : { modes: modes as unknown[] });
  io.stdout(renderCoverage(c, { format, lang, ...(typeof name === 'string' ? { agency: name } : {}) }));
  if (failOn === 'none') return 0;
  return c.basicComplete && c.problems.every((p) => p.severity !== 'error') ? 0 : 1;
}

/** `chuangye rules handbook [--format md|json]`: the catalogue, flows (Mermaid) and policy links. */
export function printHandbook(format: string | undefined, io: Io): number {
  io.stdout(renderHandbook(oneOf(format, ['md', 'json'] as const, 'format', 'md')));
  return 0;
}
