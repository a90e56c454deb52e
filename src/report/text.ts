// A report as plain text for a terminal or a log: who and what, a summary, then findings
// grouped by clause, each clause quoted once. Control characters in input-derived text
// are written out (escape.ts), so a value cannot forge a line.
import type { EvaluationReport } from '../core/grading.js';
import type { Lang, Report } from '../core/types.js';
import { visible } from './escape.js';
import { UI } from './labels.js';
import { type AnyReport, type View, viewOf } from './view.js';

const MARK = { pass: '✔', fail: '✘', unknown: '?', not_applicable: '–' } as const;
const t = (key: string, lang: Lang): string => UI[key]?.[lang] ?? key;

export function pathText(path: readonly (string | number)[], lang: Lang): string {
  return path.length === 0 ? t('root', lang) : path.join('.');
}

/** What the verdict line is called: an evaluation gives a grade. */
export function verdictLabel(v: View, lang: Lang): string {
  return t(v.kind === 'evaluation' ? 'grade' : 'verdict', lang);
}

/** The verdict's words, with an evaluation's standard and its standing beside them. */
export function verdictWords(v: View): string {
  return `${v.verdict.words}${v.standing ? ` · ${v.standing}` : ''}`;
}

/** Who and what: the document and its issuer, the subject and its name, the applicant body. */
export function whoLines(v: View, lang: Lang): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  if (v.issuer) out.push({ label: t('issuer', lang), value: v.issuer });
  if (v.subject)
    out.push({
      label: t('subject', lang),
      value: v.name ? `${v.subject}${lang === 'zh' ? '：' : ': '}${v.name}` : v.subject,
    });
  else if (v.name) out.push({ label: t('name', lang), value: v.name });
  if (v.applicant) out.push({ label: t('applicant', lang), value: v.applicant });
  return out;
}

/** The header and summary lines of a view (shared by text and the batch summaries). */
export function headLines(v: View, lang: Lang): string[] {
  const v2 = visible;
  const lines = [
    `${v.kindTitle}`,
    `${v2(v.title)}${v.docNumber ? (lang === 'zh' ? `（${v2(v.docNumber)}）` : ` (${v2(v.docNumber)})`) : ''}`,
  ];
  if (v.notBinding) lines.push(`※ ${t('notBinding', lang)}`);
  if (v.reform) lines.push(`※ ${v.reform}`);
  for (const w of whoLines(v, lang)) lines.push(`${w.label}: ${v2(w.value)}`);
  if (v.meta.length > 0) lines.push(v.meta.map((m) => `${m.label}: ${v2(m.value)}`).join('   '));
  lines.push(`${verdictLabel(v, lang)}: ${v2(verdictWords(v))}`);
  if (v.counts.length > 0) lines.push(`${t('counts', lang)}: ${v.counts.map((c) => `${c.words} ${c.n}`).join(' · ')}`);
  for (const r of v.reasons) lines.push(`  • ${v2(r)}`);
  return lines;
}

export function renderView(v: View): string {
  const { lang } = v;
  const lines = headLines(v, lang);
  for (const g of v.groups) {
    lines.push(
      '',
      `【${visible(g.clause ?? t('noClause', lang))}】${g.text ? ` ${visible(g.text.replace(/\s+/gu, ' '))}` : ''}`,
    );
    for (const r of g.rows) {
      lines.push(
        `  ${r.advice ? 'i' : (MARK[r.status] ?? '?')} ${r.statusWords}  ${visible(r.message)}  [${visible(r.citation || '—')}]`,
      );
      if (r.supply.length > 0)
        lines.push(
          `      → ${t('supply', lang)}: ${visible(r.supply.map((s) => s.label).join(lang === 'zh' ? '；' : '; '))}`,
        );
      for (const w of r.waiting) lines.push(`      · ${visible(w)}`);
    }
  }
  for (const a of v.areas) {
    lines.push('', `${visible(a.label)} [${visible(a.clause)}] ${a.points} / ${a.max}`);
    for (const i of a.items)
      lines.push(
        `  ${`${i.points} / ${i.max}`.padStart(11)}  ${visible(i.label)}${i.supply ? `  → ${visible(i.supply)}` : ''}`,
      );
  }
  if (v.steps.length > 0) lines.push('');
  for (const s of v.steps)
    lines.push(
      `  ${visible(s.due)}  ${visible(s.label)}  [${visible(s.status)}${s.done ? ` ${visible(s.done)}` : ''}]  ${visible(s.clauses)}`,
    );
  if (v.problems.length > 0) {
    lines.push('', `${t('problems', lang)}:`);
    for (const p of v.problems) lines.push(`  ${p.severity} ${visible(p.where)}: ${visible(p.message)}`);
  }
  if (v.kind !== 'check') for (const f of v.footer) lines.push('', visible(f));
  return `${lines.join('\n')}\n`;
}

/** A check report as plain text. */
export function renderText(report: Report, lang: Lang = 'zh'): string {
  return renderView(viewOf(report, lang));
}

/** An evaluation as plain text: grade, score, the standard used, gates, and points per area and item. */
export function renderEvaluationText(report: EvaluationReport, lang: Lang = 'zh'): string {
  return renderView(viewOf(report, lang));
}

export function renderAnyText(report: AnyReport, lang: Lang): string {
  return renderView(viewOf(report, lang));
}
