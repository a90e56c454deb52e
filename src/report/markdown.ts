import type { Lang, Report } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import { visible } from './escape.js';
import { STATUS_LABELS, UI, VERDICT_LABELS } from './labels.js';
import { pathText } from './text.js';

/**
 * Escapes text for Markdown, in a table cell or a list item: the characters Markdown
 * reads (pipes, backticks, emphasis, links, HTML) get a backslash, and control characters
 * (line breaks among them) are written out, so a value stays in its cell.
 */
export function escapeMarkdown(value: unknown): string {
  return visible(value).replace(/[\\`*_[\]<>|#&!~]/gu, (c) => `\\${c}`);
}

/** A report as Markdown: a heading, the verdict, and one table row per rule. */
export function renderMarkdown(report: Report, lang: Lang = 'zh', file?: string): string {
  const policy = getPolicy(report.policy);
  const e = escapeMarkdown;
  const lines = [
    `## ${e(policy.title[lang])}${policy.docNumber ? ` ${e(policy.docNumber)}` : ''}${file ? ` — ${e(file)}` : ''}`,
    '',
    `**${e(UI.verdict?.[lang])}: ${e(VERDICT_LABELS[report.verdict][lang])}** (${report.verdict}) · ${e(UI.asOf?.[lang])} ${report.asOf}`,
    '',
    `| ${e(UI.status?.[lang])} | ${e(UI.clause?.[lang])} | ${e(UI.rule?.[lang])} |`,
    '|---|---|---|',
    ...report.results.map((r) => {
      const supply =
        r.status === 'unknown' && r.missing?.length ? ` → ${e(UI.supply?.[lang])}: ${r.missing.map(e).join(', ')}` : '';
      return `| ${e(STATUS_LABELS[r.status][lang])} | ${e(r.clauses.join('、') || '—')} | ${e(r.message[lang])}${supply} |`;
    }),
  ];
  if (report.problems.length > 0) {
    lines.push('', `**${e(UI.problems?.[lang])}**`, '');
    for (const p of report.problems)
      lines.push(`- ${e(UI[p.severity]?.[lang])} ${e(pathText(p.path, lang))}: ${e(p.message[lang])}`);
  }
  return `${lines.join('\n')}\n`;
}
