import type { EvaluationReport } from '../core/grading.js';
import type { Lang, Report } from '../core/types.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderEvaluationText, renderText } from './text.js';

export type ReportFormat = 'text' | 'json' | 'md' | 'html' | 'junit';

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

/** Renders several reports (one per file) as one document of the format. */
export function renderReports(
  reports: readonly { report: Report | EvaluationReport; file?: string }[],
  options: RenderOptions = {},
): string {
  const lang = options.lang ?? 'zh';
  const format = options.format ?? 'text';
  if (format === 'json') {
    const data = reports.map(({ report, file }) => (file === undefined ? report : { file, ...report }));
    return `${JSON.stringify(data.length === 1 && !options.list ? data[0] : data, null, 2)}\n`;
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
      return checks.map(({ report, file }) => (file ? `── ${file}\n\n` : '') + renderText(report, lang)).join('\n');
  }
}
