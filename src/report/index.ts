import type { Lang, Report } from '../core/types.js';
import { renderText } from './text.js';

export type ReportFormat = 'text' | 'json';

export interface RenderOptions {
  format?: ReportFormat;
  lang?: Lang;
}

/**
 * Renders a report for people (text) or machines (json).
 * @example console.log(renderReport(check('national', 'studio', app), { format: 'text', lang: 'en' }));
 */
export function renderReport(report: Report, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'zh';
  switch (options.format ?? 'text') {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    default:
      return renderText(report, lang);
  }
}
