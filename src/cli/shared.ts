// The layer every command stands on: reading inputs (cli/read.ts), choosing formats and
// languages, usage errors, guarded output (a closed pipe ends quietly, a full disk is one
// line) and a progress line for long batches in a terminal. Commands throw UsageError for
// a mistake in the command line; main.ts turns it into one line and exit code 2.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isIsoDate, todayInChina } from '../calendar/date.js';
import { UnknownPolicyError } from '../core/errors.js';
import type { Lang, Policy, Report, SubjectId } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import { visible } from '../report/escape.js';
import { loadedPolicy } from './policy-module.js';
import {
  DEFAULT_MAX_BYTES,
  describeFsError,
  ENCODINGS,
  type Encoding,
  ReadError,
  type ReadOptions,
  readJsonFile,
} from './read.js';

export interface Io {
  stdout: (text: string) => void;
  /**
   * Standard output as UTF-8 bytes, where the console takes them (cli/index.ts): a batch's
   * reports are encoded once into a reused buffer (bufferedOutput) rather than joined into
   * large strings and encoded again. Without it, the bytes are written as text.
   */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  /** Whether standard output is a terminal (text by default, JSON otherwise). */
  isTTY: boolean;
  /** Whether standard error is a terminal: progress lines are written only there. */
  stderrIsTTY?: boolean;
  version: string;
  /** Milliseconds, for progress; Date.now by default. */
  now?: () => number;
}

/** A command's run function: the arguments after the command's name; returns the exit code. */
export type Command = (argv: string[], io: Io) => number;

/** A mistake in the command line: one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** A write that failed for a reason other than a closed pipe (a full disk). */
export class WriteError extends Error {}

/** The value of an option that takes one of a few words, or the fallback when absent. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${visible(value.slice(0, 40))}"`);
  return value as T;
}

/** `--format`: text in a terminal, JSON otherwise, unless the command says another default. */
export function formatOf<T extends string>(value: string | undefined, allowed: readonly T[], io: Io, fallback?: T): T {
  const preferred = fallback ?? ((io.isTTY ? 'text' : 'json') as T);
  return oneOf(value, allowed, 'format', preferred);
}

/** `--lang zh|en`, zh by default. */
export function langOption(value: string | undefined): Lang {
  return oneOf<Lang>(value, ['zh', 'en'], 'lang', 'zh');
}

export function policyOf(id: string | undefined): Policy {
  if (id === undefined) throw new UsageError('--policy is required');
  const module = loadedPolicy(id);
  if (module) return module;
  try {
    return getPolicy(id);
  } catch (e) {
    if (e instanceof UnknownPolicyError) throw new UsageError(e.message);
    throw e;
  }
}

export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !isIsoDate(value))
    throw new UsageError(`--${name} must be a real YYYY-MM-DD date, got "${visible(String(value).slice(0, 40))}"`);
  return value;
}

export function count(value: string | undefined, name: string, digits = 6): number | undefined {
  if (value === undefined) return undefined;
  if (value.length > digits || !/^\d+$/u.test(value))
    throw new UsageError(
      `--${name} must be a whole number of at most ${digits} digits, got "${visible(value.slice(0, 40))}"`,
    );
  return Number(value);
}

/**
 * The files named, directories expanded, in order; a path that cannot be listed is said on
 * stderr and kept with its reason, so that the output lists it too (a failed entry).
 * `listed`: the files a directory's listing says are regular files (read without a stat first).
 */
export function expandFiles(
  paths: string[],
  io: Io,
): { files: string[]; failed: boolean; unreadable: Map<string, string>; listed: Set<string> } {
  const files: string[] = [];
  const unreadable = new Map<string, string>();
  const listed = new Set<string>();
  const fail = (path: string, reason: string) => {
    io.stderr(`chuangye: ${visible(path)}: ${reason}\n`);
    unreadable.set(path, reason);
    files.push(path);
  };
  for (const path of paths) {
    try {
      if (path !== '-' && statSync(path).isDirectory()) {
        const inside = readdirSync(path, { withFileTypes: true })
          .filter((f) => f.name.endsWith('.json'))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        if (inside.length === 0) fail(path, 'directory holds no .json file');
        // join(path, name) for every name (one segment, not . or ..), normalised once.
        const prefix = join(path, 'x').slice(0, -1);
        for (const f of inside) {
          const file = prefix + f.name;
          files.push(file);
          if (f.isFile()) listed.add(file);
        }
      } else files.push(path);
    } catch (e) {
      fail(path, describeFsError(e));
    }
  }
  return { files, failed: unreadable.size > 0, unreadable, listed };
}

/** The reasons a file cannot be read (read.ts), in Chinese; anything else is quoted as it is. */
const REASONS_ZH: readonly [string, string][] = [
  ['no such file or directory', '文件或目录不存在'],
  ['permission denied', '无权读取'],
  ['is a directory', '是目录，不是文件'],
  ['directory holds no .json file', '目录中没有 .json 文件'],
  ['empty file', '文件为空'],
  ['is a FIFO', '是命名管道，不是普通文件'],
  ['is a device', '是设备，不是普通文件'],
  ['is a socket', '是套接字，不是普通文件'],
  ['is not a regular file', '不是普通文件'],
  ['too many symbolic links', '符号链接层数过多'],
  ['file name too long', '文件名过长'],
  ['not valid JSON', '不是有效的 JSON'],
  ['not valid UTF-8', '不是有效的 UTF-8 编码'],
  ['not valid gb18030', '不是有效的 GB18030 编码'],
];

function reasonZh(reason: string): string {
  const known = REASONS_ZH.find(([en]) => reason.startsWith(en));
  if (known) return `${known[1]}（${reason}）`;
  if (reason.includes('--max-bytes')) return `文件超过 --max-bytes 上限（${reason}）`;
  return reason;
}

/**
 * A file that could not be read, as a report of the batch: verdict `invalid`, no rule
 * checked, one error saying why. Every format then lists it as a failed entry (a failing
 * JUnit case, a row of the HTML summary, an element of the JSON array), not only stderr.
 */
export function unreadableReport(policy: Policy, subject: SubjectId, asOf: string | undefined, reason: string): Report {
  return {
    policy: policy.id,
    subject,
    asOf: asOf ?? todayInChina(),
    verdict: 'invalid',
    document: { title: policy.title, issuer: policy.issuer, docNumber: policy.docNumber, binding: policy.binding },
    ...(policy.checks[subject] ? { subjectLabel: policy.checks[subject].label } : {}),
    results: [],
    problems: [
      {
        path: [],
        code: 'unreadable_file',
        severity: 'error',
        message: { zh: `无法读取该文件：${reasonZh(reason)}`, en: `The file cannot be read: ${reason}` },
      },
    ],
  };
}

/**
 * `--max-bytes` and `--encoding`, shared by every command that reads files, read by
 * `readOptionsOf` alone: `--max-bytes` decimal digits only (not 0x10, not 1e3), at least 1;
 * `--encoding` utf-8 (also utf8, any case) or gb18030. compare and handbook take them too.
 */
export const READ_OPTIONS = {
  'max-bytes': { type: 'string' },
  encoding: { type: 'string' },
} as const;

/** The options of the commands that read files and render reports: one meaning everywhere. */
export const SHARED_OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  'as-of': { type: 'string' },
  ...READ_OPTIONS,
} as const;

export interface SharedValues {
  format?: string | undefined;
  lang?: string | undefined;
  'as-of'?: string | undefined;
  'max-bytes'?: string | undefined;
  encoding?: string | undefined;
}

/**
 * Reads the shared options (`SHARED_OPTIONS`) the one way every command does: `--format`
 * one of the command's formats (text in a terminal, JSON otherwise, unless it says),
 * `--lang zh|en`, `--as-of` a real date, `--max-bytes` and `--encoding` as `readOptionsOf`.
 * @throws UsageError naming the option.
 */
export function sharedOptionsOf<F extends string>(
  values: SharedValues,
  formats: readonly F[],
  io: Io,
  fallbackFormat?: F,
): { format: F; lang: Lang; asOf: string | undefined; reading: ReadOptions } {
  return {
    reading: readOptionsOf(values),
    format: formatOf(values.format, formats, io, fallbackFormat),
    lang: langOption(values.lang),
    asOf: dateOption(values['as-of'], 'as-of'),
  };
}

export function readOptionsOf(values: {
  'max-bytes'?: string | undefined;
  encoding?: string | undefined;
}): ReadOptions {
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

/** Reads one JSON file, or says in one line why it cannot (`listed`: see readJsonFile). */
export function readJson(file: string, options: ReadOptions, listed = false): { value: unknown } | { error: string } {
  try {
    return { value: readJsonFile(file, options, listed) };
  } catch (e) {
    if (e instanceof ReadError) return { error: e.message };
    throw e;
  }
}

/** Reads one JSON file; when it cannot, says so on stderr (naming the file) and returns undefined. */
export function readJsonOrReport(file: string, options: ReadOptions, io: Io): { value: unknown } | undefined {
  const read = readJson(file, options);
  if ('error' in read) {
    io.stderr(`chuangye: ${visible(file)}: ${read.error}\n`);
    return undefined;
  }
  return read;
}

/**
 * A progress line on stderr for a long batch, only when stderr is a terminal (never in
 * pipes or CI logs): shown after `delayMs`, redrawn at most every `everyMs`, erased at the end.
 */
export function progress(io: Io, total: number, options: { delayMs?: number; everyMs?: number } = {}) {
  const now = io.now ?? Date.now;
  const start = now();
  const delay = options.delayMs ?? 2000;
  const every = options.everyMs ?? 250;
  let shownAt = -1;
  const active = io.stderrIsTTY === true;
  return {
    tick(done: number): void {
      if (!active || (done & 63) !== 0) return;
      const t = now();
      if (t - start < delay || (shownAt >= 0 && t - shownAt < every)) return;
      shownAt = t;
      const rate = Math.round((done * 1000) / Math.max(1, t - start));
      io.stderr(`\r${done} / ${total} checked (${rate}/s)\u001b[K`);
    },
    end(): void {
      if (shownAt >= 0) io.stderr('\r\u001b[K');
    },
  };
}

/**
 * Output that ends quietly when the reader goes away (`| head -1`: EPIPE), and turns any
 * other write error into one line and exit code 2.
 */
export function guardedOutput(io: Io): Io {
  let closed = false;
  const guard =
    <T>(sink: (value: T) => void) =>
    (value: T) => {
      if (closed) return;
      try {
        sink(value);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EPIPE') closed = true;
        else throw new WriteError(code === 'ENOSPC' ? 'no space left on device' : describeFsError(e));
      }
    };
  const { stdoutBytes } = io;
  return {
    ...io,
    stdout: guard(io.stdout),
    ...(stdoutBytes ? { stdoutBytes: guard(stdoutBytes) } : {}),
    stderr: (text) => {
      try {
        io.stderr(text);
      } catch {
        // Nowhere left to say it.
      }
    },
  };
}

/** The size of the buffers output is encoded into (utf8Output). */
export const OUTPUT_BUFFER = 1 << 16;

/**
 * Text encoded as UTF-8 into buffers of OUTPUT_BUFFER bytes, each given to `emit` when
 * full and by `flush`. A large batch's output is encoded once, with no large strings:
 * joining reports into one string and encoding it again cost more than checking them
 * (issue 30). Each buffer holds whole characters, so it is valid UTF-8 by itself. By
 * default `emit` gets a view of the one buffer, to be written before it returns; with
 * `next`, each buffer is one `next` gives (to hand to another thread, and back for reuse).
 */
export function utf8Output(emit: (bytes: Uint8Array) => void, next?: () => Buffer) {
  let bytes: Buffer | undefined;
  let used = 0;
  const flush = () => {
    if (bytes === undefined || used === 0) return;
    const full = bytes.subarray(0, used);
    if (next) bytes = undefined;
    used = 0;
    emit(full);
  };
  return {
    write(text: string): void {
      let rest = text;
      for (;;) {
        bytes ??= next ? next() : Buffer.allocUnsafeSlow(OUTPUT_BUFFER);
        const { read, written } = encoder.encodeInto(rest, bytes.subarray(used));
        used += written;
        if (read === rest.length) break;
        rest = rest.slice(read);
        flush();
      }
      if (used === bytes.length) flush();
    },
    flush,
  };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Writes UTF-8 bytes (each a whole number of characters) to standard output, as bytes where the console takes them. */
export function stdoutBytesOf(io: Pick<Io, 'stdout' | 'stdoutBytes'>): (bytes: Uint8Array) => void {
  return io.stdoutBytes ?? ((bytes) => io.stdout(decoder.decode(bytes)));
}

/**
 * Standard output gathered into chunks of 64 KiB before it is written: one write per chunk
 * rather than per report keeps a large batch fast, and memory stays flat.
 */
export function bufferedOutput(io: Pick<Io, 'stdout' | 'stdoutBytes'>) {
  return utf8Output(stdoutBytesOf(io));
}
