import { InvalidArgumentError, isLibraryError, langOf, readOptions, UnknownFormatError } from '../core/errors.js';
import type { EvaluationReport } from '../core/grading.js';
import type { Lang, Report } from '../core/types.js';
import { visible } from './escape.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderEvaluationText, renderText } from './text.js';

/** The formats a report renders in. */
export const FORMATS = Object.freeze(['text', 'json', 'md', 'html', 'junit'] as const);
export type ReportFormat = (typeof FORMATS)[number];

export interface RenderOptions {
  format?: ReportFormat;
  lang?: Lang;
  /** json: an array even for one report (the command does so whenever several files were named). */
  list?: boolean;
}

/**
 * Renders a report for people (text, md, html: printable on A4) or machines (json, junit).
 * An evaluation report renders as text or json.
 * @example console.log(renderReport(check('national', 'studio', app), { format: 'html', lang: 'en' }));
 */
export function renderReport(report: Report | EvaluationReport, options: RenderOptions = {}): string {
  return renderReports([{ report }], options);
}

/**
 * Renders several reports (one per file) as one document of the format.
 * @throws UnknownFormatError, UnknownLanguageError; InvalidArgumentError for a value that
 * is not a report made by `check` or `evaluate`.
 */
export function renderReports(
  reports: readonly { report: Report | EvaluationReport; file?: string }[],
  options: RenderOptions = {},
): string {
  const { lang: rawLang, format: rawFormat, list } = readOptions<RenderOptions>(options, ['lang', 'format', 'list']);
  const lang = langOf(rawLang);
  const format = rawFormat ?? 'text';
  if (!(FORMATS as readonly unknown[]).includes(format)) throw new UnknownFormatError(format, FORMATS);
  try {
    return renderAll(reports, format, lang, list === true);
  } catch (e) {
    if (isLibraryError(e)) throw e;
    throw new InvalidArgumentError('reports', 'reports made by check or evaluate', reports);
  }
}

function renderAll(
  reports: readonly { report: Report | EvaluationReport; file?: string }[],
  format: ReportFormat,
  lang: Lang,
  list: boolean,
): string {
  if (format === 'json') {
    const data = reports.map(({ report, file }) => (file === undefined ? report : { file, ...report }));
    return `${JSON.stringify(data.length === 1 && !list ? data[0] : data, null, 2)}\n`;
  }
  const checks = reports.filter((r): r is { report: Report; file?: string } => 'verdict' in r.report);
  if (checks.length < reports.length) {
    // Evaluations have one human rendering: the text, with areas and items.
    return reports
      .map(({ report }) => ('verdict' in report ? renderText(report, lang) : renderEvaluationText(report, lang)))
      .join('\n');
  }
  switch (format) {
    case 'html':
      return renderHtml(checks, lang);
    case 'junit':
      return renderJunit(checks, lang);
    case 'md':
      return checks.map(({ report, file }) => renderMarkdown(report, lang, file)).join('\n');
    default:
      return checks
        .map(({ report, file }) => (file ? `── ${visible(file)}\n\n` : '') + renderText(report, lang))
        .join('\n');
  }
}
