// Reading the files a user names: regular files (and `-`, standard input) only, up to a
// size cap, decoded strictly. A FIFO, a device or an oversized file gets a one-line
// refusal, never a hang, an unbounded allocation or mojibake read as data.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { visible } from '../report/escape.js';

export type Encoding = 'utf-8' | 'gb18030';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'gb18030'];

export interface ReadOptions {
  /** Larger files are refused (`--max-bytes`). */
  maxBytes: number;
  encoding: Encoding;
}

/** Far above any real application or year record, low enough that a batch cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A file that cannot be read as JSON, said in one line. */
export class ReadError extends Error {}

function kindOf(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is a directory';
  if (stat.isFIFO()) return 'is a FIFO (named pipe), not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'ENAMETOOLONG') return 'file name too long';
  return typeof code === 'string' ? `cannot be read (${code})` : 'cannot be read';
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Files are read into this buffer, reused: a batch of small files allocates nothing per file. */
const SCRATCH = 64 * 1024;
let scratch = Buffer.allocUnsafeSlow(SCRATCH);

/**
 * Reads at most maxBytes + 1 bytes of an open descriptor (standard input may be
 * non-blocking) into the reused buffer: the bytes are valid until the next read. A
 * regular file's `size` is known: the buffer is made large enough at once.
 */
function readCapped(fd: number, maxBytes: number, size?: number): Uint8Array {
  const cap = maxBytes + 1;
  // Large enough for a regular file at once; a buffer grown for a large file is not kept.
  const first = Math.min(cap, Math.max(SCRATCH, (size ?? 0) + 1));
  if (scratch.length < first || scratch.length > Math.max(SCRATCH, first)) scratch = Buffer.allocUnsafeSlow(first);
  let total = 0;
  for (;;) {
    if (total === scratch.length) {
      const grown = Buffer.allocUnsafeSlow(Math.min(cap, 2 * scratch.length));
      scratch.copy(grown, 0, 0, total);
      scratch = grown;
    }
    const want = Math.min(cap, scratch.length) - total;
    let n: number;
    try {
      n = readSync(fd, scratch, total, want, null);
    } catch (e) {
      if ((e as { code?: string }).code !== 'EAGAIN') throw e;
      Atomics.wait(sleeper, 0, 0, 5);
      continue;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new ReadError(`larger than --max-bytes ${maxBytes}; raise --max-bytes to read it`);
    // A regular file's short read past its size is its end (a /proc file says size 0: read to the end).
    if (size !== undefined && size > 0 && total >= size && n < want) break;
  }
  return scratch.subarray(0, total);
}

/**
 * The bytes of a named regular file or of standard input (`-`), valid until the next read.
 * `listed`: the directory's listing said it is a regular file, so it is opened without a
 * stat first; either way the open descriptor is checked again before any read.
 */
function readBytes(path: string, maxBytes: number, listed = false): Uint8Array {
  if (path === '-') return readCapped(0, maxBytes);
  let fd: number;
  try {
    const kind = listed ? null : kindOf(statSync(path));
    if (kind) throw new ReadError(kind);
    // Non-blocking, so a file swapped for a FIFO after the check still cannot hang the command.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(describeFsError(e));
  }
  try {
    const stat = fstatSync(fd);
    const kind = kindOf(stat);
    if (kind) throw new ReadError(kind);
    if (stat.size > maxBytes)
      throw new ReadError(`${stat.size} bytes, larger than --max-bytes ${maxBytes}; raise --max-bytes to read it`);
    return readCapped(fd, maxBytes, stat.size);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(describeFsError(e));
  } finally {
    closeSync(fd);
  }
}

const decoders = {
  'utf-8': new TextDecoder('utf-8', { fatal: true }),
  gb18030: new TextDecoder('gb18030', { fatal: true }),
};

/** Decodes strictly: invalid UTF-8 is refused with the likely encoding and the fix. A BOM is dropped. */
export function decode(bytes: Uint8Array, encoding: Encoding): string {
  try {
    return decoders[encoding].decode(bytes);
  } catch {
    if (encoding === 'utf-8' && looksLikeGb18030(bytes))
      throw new ReadError(
        'not valid UTF-8; it looks like GB18030/GBK (as office tools often save): save it as UTF-8, or pass --encoding gb18030',
      );
    throw new ReadError(
      `not valid ${encoding}${encoding === 'utf-8' ? '; if it was saved as GBK, pass --encoding gb18030' : ''}`,
    );
  }
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads and parses one JSON file (`listed`: a directory's listing said it is a regular file).
 * @throws ReadError, with a one-line reason.
 */
export function readJsonFile(path: string, options: ReadOptions, listed = false): unknown {
  const text = decode(readBytes(path, options.maxBytes, listed), options.encoding);
  if (text.trim() === '') throw new ReadError('empty file');
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '') : '';
    throw new ReadError(`not valid JSON (${visible(detail.slice(0, 200))})`);
  }
}
