import type { EvaluationReport } from '../core/grading.js';
import type { InputProblem, Lang, Report, RuleResult } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import { visible } from './escape.js';
import { STATUS_LABELS, UI, VERDICT_LABELS } from './labels.js';

const MARK = { pass: '✔', fail: '✘', unknown: '?', not_applicable: '–' } as const;

export function pathText(path: readonly (string | number)[], lang: Lang): string {
  return path.length === 0 ? (UI.root?.[lang] ?? '') : path.join('.');
}

function resultLines(results: readonly RuleResult[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const clauses = r.clauses.length > 0 ? r.clauses.join('、') : '—';
    lines.push(
      `${MARK[r.status]} ${STATUS_LABELS[r.status][lang].padEnd(lang === 'zh' ? 3 : 7)} [${clauses}] ${visible(r.message[lang])}`,
    );
    if (r.status === 'unknown' && r.missing?.length)
      lines.push(`      → ${UI.supply?.[lang]}: ${visible(r.missing.join(', '))}`);
  }
  return lines;
}

function problemLines(problems: readonly InputProblem[], lang: Lang): string[] {
  if (problems.length === 0) return [];
  const lines = ['', `${UI.problems?.[lang]}:`];
  for (const p of problems)
    lines.push(`  ${UI[p.severity]?.[lang]} ${visible(pathText(p.path, lang))}: ${visible(p.message[lang])}`);
  return lines;
}

/** A report as plain text for a terminal or a log: one line per rule, naming its clauses. */
export function renderText(report: Report, lang: Lang = 'zh'): string {
  const policy = getPolicy(report.policy);
  const subject = policy.checks[report.subject]?.label[lang] ?? report.subject;
  const lines = [
    `${policy.title[lang]}${policy.docNumber ? `（${policy.docNumber}）` : ''} — ${subject}`,
    `${UI.asOf?.[lang]}: ${report.asOf}   ${UI.verdict?.[lang]}: ${VERDICT_LABELS[report.verdict][lang]} (${report.verdict})`,
    '',
    ...resultLines(report.results, lang),
    ...problemLines(report.problems, lang),
  ];
  return `${lines.join('\n')}\n`;
}

/** An evaluation as plain text: grade, score, the standard used, gates, and points per area and item. */
export function renderEvaluationText(report: EvaluationReport, lang: Lang = 'zh'): string {
  const policy = getPolicy(report.policy);
  const score = report.score ?? (report.scoreRange ? `${report.scoreRange.min} – ${report.scoreRange.max}` : '—');
  const lines = [
    `${policy.title[lang]} — ${UI.evaluation?.[lang]} ${report.period.from} … ${report.period.to}`,
    `${UI.standard?.[lang]}: ${visible(report.standard.label[lang])} (${report.standard.provenance})`,
    `${UI.grade?.[lang]}: ${report.gradeLabel[lang]}${report.grade ? ` (${report.grade})` : ''}   ${UI.score?.[lang]}: ${score}`,
    '',
    ...resultLines(report.results, lang),
  ];
  for (const area of report.areas) {
    lines.push('', `${visible(area.label[lang])} [${visible(area.clause)}] ${area.points} / ${area.max}`);
    for (const item of area.items) {
      const supply = item.missing ? `  → ${UI.supply?.[lang]}: ${item.missing}` : '';
      lines.push(
        `  ${`${item.points ?? '?'} / ${item.max}`.padStart(11)}  ${visible(item.label[lang])}${visible(supply)}`,
      );
    }
  }
  if (report.consequence) lines.push('', `${UI.consequence?.[lang]}: ${report.consequence[lang]}`);
  for (const line of problemLines(report.problems, lang)) lines.push(line);
  return `${lines.join('\n')}\n`;
}
