import type { EvaluationReport } from '../core/grading.js';
import type { Lang, Report } from '../core/types.js';
import { renderEvaluationText, renderText } from './text.js';

export type ReportFormat = 'text' | 'json';

export interface RenderOptions {
  format?: ReportFormat;
  lang?: Lang;
}

/**
 * Renders a report for people (text) or machines (json).
 * @example console.log(renderReport(check('national', 'studio', app), { format: 'text', lang: 'en' }));
 */
export function renderReport(report: Report | EvaluationReport, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'zh';
  switch (options.format ?? 'text') {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    default:
      return 'verdict' in report ? renderText(report, lang) : renderEvaluationText(report, lang);
  }
}
