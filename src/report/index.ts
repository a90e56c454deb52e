import { readArgument } from '../calendar/errors.js';
import { InvalidArgumentError, isLibraryError, langOf, readOptions, UnknownFormatError } from '../core/errors.js';
import type { EvaluationReport } from '../core/grading.js';
import type { Lang, Report } from '../core/types.js';
import { visible } from './escape.js';
import { renderHtml } from './html.js';
import { stampOf } from './ics.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderAnyText } from './text.js';
import { type AnyReport, type DeadlineReport, kindOf, type TimelineReport } from './view.js';

export type { AnyReport, DeadlineReport, TimelineReport } from './view.js';

/** The formats a report renders in. */
export const FORMATS = Object.freeze(['text', 'json', 'ndjson', 'md', 'html', 'junit'] as const);
export type ReportFormat = (typeof FORMATS)[number];

export interface RenderOptions {
  format?: ReportFormat;
  lang?: Lang;
  /** json: an array even for one report (the command does so whenever several files were named). */
  list?: boolean;
  /** html: signature and date lines for the reviewer under each report. */
  signature?: boolean;
  /**
   * junit: when the report was made, `YYYY-MM-DDTHH:MM:SSZ` (the suites' `timestamp`); by
   * default now. Give it for reproducible output (a build's SOURCE_DATE_EPOCH, a test).
   */
  stamp?: string;
}

/**
 * Renders any report — a check, an evaluation, a procedure timeline, a deadline — for
 * people (text, md, html: printable on A4) or machines (json, ndjson, junit for the
 * pass/fail lists of checks and evaluations). A pure function of the report.
 * @example console.log(renderReport(check('national', 'studio', app), { format: 'html', lang: 'en' }));
 */
export function renderReport(
  report: Report | EvaluationReport | TimelineReport | DeadlineReport,
  options: RenderOptions = {},
): string {
  const o = readRenderOptions(options);
  if (!isReport(report)) throw new InvalidArgumentError('report', REPORT, report);
  return guarded(() => renderAll([{ report }], o), 'report', report);
}

const REPORT = 'a report made by check, evaluate, a procedure timeline or a deadline';

/** Whether the value has a report's kind (its fields are read as the renderers read them). */
function isReport(value: unknown): value is AnyReport {
  try {
    kindOf(value as AnyReport);
    return true;
  } catch {
    return false;
  }
}

/**
 * The caller's list read once into `{ report, file? }` entries, each a report: a value
 * that is not one is the typed error naming it (`reports[2].report`).
 */
function readEntries(reports: unknown, name: string): { report: AnyReport; file?: string }[] {
  return readArgument(() => {
    if (!Array.isArray(reports)) throw new InvalidArgumentError(name, 'an array of { report, file? }', reports);
    return Array.from(reports, (entry: unknown, i) => {
      const { report, file } = (entry ?? {}) as { report?: unknown; file?: unknown };
      if (!isReport(report)) throw new InvalidArgumentError(`${name}[${i}].report`, REPORT, report);
      if (file !== undefined && typeof file !== 'string')
        throw new InvalidArgumentError(`${name}[${i}].file`, 'a string', file);
      return file === undefined ? { report } : { report, file };
    });
  }, name);
}

/** A report of the right kind whose fields are not what the library writes fails deep inside: the typed error naming it. */
function guarded(render: () => string, name: string, value: unknown): string {
  try {
    return render();
  } catch (e) {
    if (isLibraryError(e)) throw e;
    throw new InvalidArgumentError(name, REPORT, value);
  }
}

function readRenderOptions(options: RenderOptions) {
  const raw = readOptions<RenderOptions>(options, ['lang', 'format', 'list', 'signature', 'stamp']);
  const lang = langOf(raw.lang);
  const format = raw.format ?? 'text';
  if (!(FORMATS as readonly unknown[]).includes(format)) throw new UnknownFormatError(format, FORMATS);
  if (raw.stamp !== undefined && (typeof raw.stamp !== 'string' || stampOf(raw.stamp) === null))
    throw new InvalidArgumentError('options.stamp', 'a UTC time YYYY-MM-DDTHH:MM:SSZ', raw.stamp);
  return {
    lang,
    format,
    list: raw.list === true,
    signature: raw.signature === true,
    ...(raw.stamp === undefined ? {} : { stamp: raw.stamp }),
  };
}

/**
 * Renders several reports (one per file) as one document of the format.
 * @throws UnknownFormatError (junit for a timeline or deadline too), UnknownLanguageError;
 * InvalidArgumentError for a value that is not a report made by this library.
 */
export function renderReports(
  reports: readonly { report: AnyReport; file?: string }[],
  options: RenderOptions = {},
): string {
  const o = readRenderOptions(options);
  const entries = readEntries(reports, 'reports');
  return guarded(() => renderAll(entries, o), 'reports', reports);
}

function jsonOf(report: AnyReport, file: string | undefined): unknown {
  return file === undefined ? report : { file, ...report };
}

/**
 * The parts every report of a policy shares (its cited clauses, its document): frozen
 * plain data throughout, so their JSON cannot change; a batch writes it once (issue 30).
 */
const sharedJson = new WeakMap<object, [key: string, json: string]>();
/** Frozen values found not to be frozen plain data all the way down: written afresh each time. */
const unshared = new WeakSet<object>();

/** `"key":value` as JSON.stringify writes it inside an object ('' when it leaves the value out). */
function member(key: string, value: unknown): string {
  const shared = typeof value === 'object' && value !== null && Object.isFrozen(value) && !unshared.has(value);
  const known = shared ? sharedJson.get(value) : undefined;
  if (known !== undefined && known[0] === key) return known[1];
  const json = JSON.stringify({ [key]: value }).slice(1, -1);
  if (shared) {
    if (frozenData(value, new Set())) sharedJson.set(value, [key, json]);
    else unshared.add(value);
  }
  return json;
}

/** Whether a value is plain data (objects, arrays, primitives, no accessors), frozen all the way down. */
function frozenData(value: unknown, seen: Set<object>): boolean {
  // `seen`: the objects above this one (a cycle is not data JSON writes).
  if (typeof value !== 'object' || value === null) return typeof value !== 'function';
  if (seen.has(value)) return false;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Object.isFrozen(value) || (proto !== Object.prototype && proto !== Array.prototype && proto !== null))
    return false;
  for (const d of Object.values(Object.getOwnPropertyDescriptors(value)))
    if (!('value' in d) || !frozenData(d.value, seen)) return false;
  seen.delete(value);
  return true;
}

/** One report as an NDJSON line: JSON.stringify's bytes, the shared parts written from memory. */
function ndjsonLine(report: AnyReport, file: string | undefined): string {
  if (Object.hasOwn(report, 'toJSON') || (file !== undefined && Object.hasOwn(report, 'file')))
    return `${JSON.stringify(jsonOf(report, file))}\n`;
  let line = file === undefined ? '' : member('file', file);
  for (const key of Object.keys(report)) {
    const json = member(key, (report as unknown as Record<string, unknown>)[key]);
    if (json !== '') line += line === '' ? json : `,${json}`;
  }
  return `{${line}}\n`;
}

function renderOne(report: AnyReport, file: string | undefined, format: ReportFormat, lang: Lang): string {
  switch (format) {
    case 'ndjson':
      return ndjsonLine(report, file);
    case 'md':
      return renderMarkdown(report, lang, file);
    default:
      return (file ? `── ${visible(file)}\n\n` : '') + renderAnyText(report, lang);
  }
}

function renderAll(
  reports: readonly { report: AnyReport; file?: string }[],
  { format, lang, list, signature, stamp }: ReturnType<typeof readRenderOptions>,
): string {
  const kinds = reports.map(({ report }) => kindOf(report));
  if (format === 'json') {
    const data = reports.map(({ report, file }) => jsonOf(report, file));
    return `${JSON.stringify(data.length === 1 && !list ? data[0] : data, null, 2)}\n`;
  }
  if (format === 'junit') {
    if (kinds.some((k) => k === 'timeline' || k === 'deadline'))
      throw new UnknownFormatError(format, ['text', 'json', 'ndjson', 'md', 'html']);
    return renderJunit(reports as { report: Report | EvaluationReport; file?: string }[], lang, stamp);
  }
  if (format === 'html') return renderHtml(reports, lang, { signature });
  const sep = format === 'ndjson' ? '' : '\n';
  return reports.map(({ report, file }) => renderOne(report, file, format, lang)).join(sep);
}

/** Writes reports one at a time (ndjson, json, text, md stream; html and junit are written at the end). */
export interface ReportWriter {
  write(entry: { report: AnyReport; file?: string }): void;
  end(): void;
}

/**
 * A writer for a batch of any size: ndjson writes one line per report as it comes; json
 * writes its array element by element (the same bytes `renderReports` gives); text and md
 * write each report as it comes. Memory stays flat, except for html and junit, whose
 * documents open with totals and are built at the end.
 */
export function reportWriter(emit: (text: string) => void, options: RenderOptions = {}): ReportWriter {
  if (typeof emit !== 'function') throw new InvalidArgumentError('emit', 'a function', emit);
  const o = readRenderOptions(options);
  const { format, lang, list } = o;
  let n = 0;
  const held: { report: AnyReport; file?: string }[] = [];
  const whole = format === 'html' || format === 'junit' || (format === 'json' && !list);
  return {
    write(raw) {
      const [entry] = readEntries([raw], 'entries') as [{ report: AnyReport; file?: string }];
      if (whole) {
        held.push(entry);
        return;
      }
      // Rendered first, then emitted: an error of the caller's emit (a closed pipe) is theirs to see.
      const text = guarded(
        () => {
          if (format !== 'json')
            return (n > 0 && format !== 'ndjson' ? '\n' : '') + renderOne(entry.report, entry.file, format, lang);
          // Stringified inside a one-element array, the element comes out indented as in the whole array.
          const inArray = JSON.stringify([jsonOf(entry.report, entry.file)], null, 2);
          return `${n === 0 ? '[' : ','}${inArray.slice(1, -2)}`;
        },
        'entry.report',
        entry.report,
      );
      emit(text);
      n++;
    },
    end() {
      if (whole) {
        if (held.length > 0) emit(guarded(() => renderAll(held, o), 'reports', held));
      } else if (format === 'json' && list && n > 0) emit('\n]\n');
    },
  };
}
