// `chuangye handbook coverage <file>`: an agency's self-check against the handbook. The
// file holds the functions it offers: an array of ids or titles, or
// { "agency": "…", "offered": [ … ] }.
import { parseArgs } from 'node:util';
import type { Lang } from '../core/types.js';
import { type CoverageFormat, coverage, renderCoverage, renderHandbook } from '../handbook/index.js';
import { visible } from '../report/escape.js';
import { DEFAULT_MAX_BYTES, ReadError, readJsonFile } from './read.js';
import type { Io } from './shared.js';

export const HANDBOOK_HELP = `Usage: chuangye handbook coverage <file> [--format text|md|json] [--lang zh|en]
                                        [--encoding utf-8|gb18030]

Checks the service functions an agency offers against the handbook's 33 (by id such as
financing/1.1, or by title). The file: a JSON array of ids or titles, or
{ "agency": "…", "offered": [ … ] }. The handbook binds no one: this is a self-check.
Exit 0 when every basic function is offered and every entry is known, 1 otherwise, 2 for
a usage error or a file that cannot be read as JSON.`;

function choice<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new Error(`--${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** Runs `chuangye handbook …`; returns the exit code. A usage error throws, for main to report. */
export function runHandbook(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, lang: { type: 'string' }, encoding: { type: 'string' } },
  });
  const [sub, file, ...extra] = positionals;
  if (sub !== 'coverage')
    throw new Error(`unknown handbook command "${sub ?? ''}" (try: chuangye handbook coverage <file>)`);
  if (file === undefined || extra.length > 0) throw new Error('name exactly one file of offered functions');
  const format = choice<CoverageFormat>(values.format, ['text', 'md', 'json'], 'format', io.isTTY ? 'text' : 'json');
  const lang = choice<Lang>(values.lang, ['zh', 'en'], 'lang', 'zh');
  const encoding = choice(values.encoding, ['utf-8', 'gb18030'] as const, 'encoding', 'utf-8');
  let value: unknown;
  try {
    value = readJsonFile(file, { maxBytes: DEFAULT_MAX_BYTES, encoding });
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    io.stderr(`chuangye: ${visible(file)}: ${e.message}\n`);
    return 2;
  }
  const wrapped = typeof value === 'object' && value !== null && !Array.isArray(value);
  const offered = wrapped ? (value as { offered?: unknown }).offered : value;
  const name = wrapped ? (value as { agency?: unknown }).agency : undefined;
  const c = coverage(offered);
  io.stdout(renderCoverage(c, { format, lang, ...(typeof name === 'string' ? { agency: name } : {}) }));
  return c.basicComplete && c.problems.every((p) => p.severity !== 'error') ? 0 : 1;
}

/** `chuangye rules handbook [--format md|json]`: the catalogue, flows (Mermaid) and policy links. */
export function printHandbook(format: string | undefined, io: Io): number {
  io.stdout(renderHandbook(choice(format, ['md', 'json'] as const, 'format', 'md')));
  return 0;
}
