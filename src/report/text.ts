import type { Lang, Report } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import { STATUS_LABELS, UI, VERDICT_LABELS } from './labels.js';

const MARK = { pass: '✔', fail: '✘', unknown: '?', not_applicable: '–' } as const;

export function pathText(path: readonly (string | number)[], lang: Lang): string {
  return path.length === 0 ? (UI.root?.[lang] ?? '') : path.join('.');
}

/** A report as plain text for a terminal or a log: one line per rule, naming its clauses. */
export function renderText(report: Report, lang: Lang = 'zh'): string {
  const policy = getPolicy(report.policy);
  const subject = policy.checks[report.subject]?.label[lang] ?? report.subject;
  const lines = [
    `${policy.title[lang]}${policy.docNumber ? `（${policy.docNumber}）` : ''} — ${subject}`,
    `${UI.asOf?.[lang]}: ${report.asOf}   ${UI.verdict?.[lang]}: ${VERDICT_LABELS[report.verdict][lang]} (${report.verdict})`,
    '',
  ];
  for (const r of report.results) {
    const clauses = r.clauses.length > 0 ? r.clauses.join('、') : '—';
    lines.push(
      `${MARK[r.status]} ${STATUS_LABELS[r.status][lang].padEnd(lang === 'zh' ? 3 : 7)} [${clauses}] ${r.message[lang]}`,
    );
    if (r.status === 'unknown' && r.missing?.length)
      lines.push(`      → ${UI.supply?.[lang]}: ${r.missing.join(', ')}`);
  }
  if (report.problems.length > 0) {
    lines.push('', `${UI.problems?.[lang]}:`);
    for (const p of report.problems) {
      lines.push(`  ${UI[p.severity]?.[lang]} ${pathText(p.path, lang)}: ${p.message[lang]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
