import { CalendarDataError, CalendarRangeError, describeValue, InvalidArgumentError } from '../calendar/errors.js';

export { CalendarDataError, CalendarRangeError, InvalidArgumentError };

// The library's typed errors. Bad input data never throws: it becomes a problem in the
// report. These are for a programmer's mistakes: a policy, subject, format or language
// the library does not have, or an argument of the wrong kind.

/** A short, safe rendering of any value for an error message (never calls the caller's code). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  return `a value of type ${typeof value}`;
}

/**
 * The supported values an error lists, as plain strings: the constructors are exported,
 * so a caller may pass anything, and an error must never throw while it is being built.
 */
function names(known: unknown): readonly string[] {
  try {
    return Object.freeze(
      Array.isArray(known)
        ? known.slice(0, 100).map((k) => (typeof k === 'string' ? k.slice(0, 40) : describeValue(k)))
        : [],
    );
  } catch {
    // A revoked Proxy or a throwing getter: an error with nothing listed rather than none at all.
    return Object.freeze([]);
  }
}

/** A message given to the base class: a string as it is, anything else described safely. */
function messageOf(message: unknown): string {
  return typeof message === 'string' ? message : message === undefined ? '' : describeValue(message);
}

/** The base of the errors for ids, formats and languages the library does not know. */
export class ChuangyeError extends Error {
  override readonly name: string = 'ChuangyeError';
  constructor(message?: unknown) {
    super(messageOf(message));
  }
}

/**
 * Whether `e` is one of the library's documented errors: a ChuangyeError, or one of the
 * calendar's (InvalidArgumentError, a TypeError; CalendarRangeError, a RangeError;
 * CalendarDataError), which keep the built-in class their kind of mistake belongs to.
 */
export function isLibraryError(e: unknown): boolean {
  // instanceof asks a Proxy for its prototype, which a revoked or hostile Proxy answers by throwing.
  try {
    return (
      e instanceof ChuangyeError ||
      e instanceof InvalidArgumentError ||
      e instanceof CalendarRangeError ||
      e instanceof CalendarDataError
    );
  } catch {
    return false;
  }
}

/** A policy id the library does not know. */
export class UnknownPolicyError extends ChuangyeError {
  override readonly name = 'UnknownPolicyError';
  readonly known: readonly string[];
  constructor(
    readonly policyId: unknown,
    known: readonly string[],
  ) {
    const list = names(known);
    super(`unknown policy ${describe(policyId)}; known: ${list.join(', ')}`);
    this.known = list;
  }
}

/** A subject the policy does not rule (Tianjin has no 'expert'). */
export class UnknownSubjectError extends ChuangyeError {
  override readonly name = 'UnknownSubjectError';
  readonly policyId: string;
  readonly known: readonly string[];
  constructor(
    policyId: string,
    readonly subject: unknown,
    known: readonly string[],
  ) {
    const list = names(known);
    const id = typeof policyId === 'string' ? policyId : describe(policyId);
    super(`policy ${id} has no subject ${describe(subject)}; it rules: ${list.join(', ') || 'nothing'}`);
    this.policyId = id;
    this.known = list;
  }
}

/** A report format the renderers do not have. */
export class UnknownFormatError extends ChuangyeError {
  override readonly name = 'UnknownFormatError';
  readonly known: readonly string[];
  constructor(
    readonly format: unknown,
    known: readonly string[],
  ) {
    const list = names(known);
    super(`unknown format ${describe(format)}; supported: ${list.join(', ')}`);
    this.known = list;
  }
}

/** A language other than 'zh' and 'en'. */
export class UnknownLanguageError extends ChuangyeError {
  override readonly name = 'UnknownLanguageError';
  readonly known: readonly string[];
  constructor(
    readonly lang: unknown,
    known: readonly string[],
  ) {
    const list = names(known);
    super(`unknown language ${describe(lang)}; supported: ${list.join(', ')}`);
    this.known = list;
  }
}

export const LANGS = Object.freeze(['zh', 'en'] as const);

/** The language, checked; `undefined` gives the default. */
export function langOf(lang: unknown, fallback: 'zh' | 'en' = 'zh'): 'zh' | 'en' {
  if (lang === undefined) return fallback;
  if (lang === 'zh' || lang === 'en') return lang;
  throw new UnknownLanguageError(lang, LANGS);
}

/**
 * A function's options read once into a plain object of the names it takes: a non-object,
 * or an object whose reading throws (a hostile Proxy), is an InvalidArgumentError.
 */
export function readOptions<T extends object>(options: unknown, names: readonly (keyof T & string)[]): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new InvalidArgumentError('options', 'an object', options);
  const out: Partial<T> = {};
  try {
    for (const name of names) {
      const value = (options as Record<string, unknown>)[name];
      if (value !== undefined) out[name] = value as T[typeof name];
    }
  } catch {
    throw new InvalidArgumentError('options', 'an object whose properties can be read', options);
  }
  return out;
}
