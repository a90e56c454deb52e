import type { Lang, Report } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import { STATUS_LABELS, UI, VERDICT_LABELS } from './labels.js';
import { pathText } from './text.js';

/** Escapes text for a Markdown table cell: pipes, line breaks, and HTML. */
export function escapeMarkdown(value: unknown): string {
  return String(value)
    .replace(/[\\`*_[\]<>|#]/gu, (c) => `\\${c}`)
    .replace(/\r?\n/gu, ' ');
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
      lines.push(
        `- ${e(UI[p.severity]?.[lang])} \`${pathText(p.path, lang).replace(/`/gu, "'")}\`: ${e(p.message[lang])}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
