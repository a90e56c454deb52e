// A report as Markdown: a heading naming the document and the subject, a summary, then
// one section per clause (quoted once) with its findings as a list.
import type { Lang } from '../core/types.js';
import { visible } from './escape.js';
import { UI } from './labels.js';
import { verdictLabel, verdictWords, whoLines } from './text.js';
import { type AnyReport, viewOf } from './view.js';

/**
 * Escapes text for Markdown, in a table cell or a list item: the characters Markdown
 * reads (pipes, backticks, emphasis, links, HTML) get a backslash, and control characters
 * (line breaks among them) are written out, so a value stays in its cell.
 */
export function escapeMarkdown(value: unknown): string {
  return visible(value).replace(/[\\`*_[\]<>|#&!~]/gu, (c) => `\\${c}`);
}

const t = (key: string, lang: Lang): string => UI[key]?.[lang] ?? key;

export function renderMarkdown(report: AnyReport, lang: Lang = 'zh', file?: string): string {
  const v = viewOf(report, lang);
  const e = escapeMarkdown;
  // The heading names the kind of report and whom it is about; the input file's path is not a word an official reads.
  const about = v.applicant ?? v.name;
  const lines = [`## ${e(v.kindTitle)}${about ? ` — ${e(about)}` : ''}`, ''];
  lines.push(`**${e(v.title)}**${v.docNumber ? ` ${e(v.docNumber)}` : ''}  `);
  for (const w of whoLines(v, lang)) lines.push(`${e(w.label)}: ${e(w.value)}  `);
  if (file && !about) lines.push(`${e(t('file', lang))}: ${e(file)}  `);
  lines.push('');
  if (v.notBinding) lines.push(`> ${e(t('notBinding', lang))}`, '');
  if (v.reform) lines.push(`> **${e(v.reform)}**`, '');
  if (v.meta.length > 0) lines.push(v.meta.map((m) => `${e(m.label)}: ${e(m.value)}`).join(' · '), '');
  lines.push(`**${e(verdictLabel(v, lang))}: ${e(verdictWords(v))}**`, '');
  if (v.counts.length > 0)
    lines.push(`${e(t('counts', lang))}: ${v.counts.map((c) => `${e(c.words)} ${c.n}`).join(' · ')}`, '');
  for (const r of v.reasons) lines.push(`- ${e(r)}`);
  if (v.reasons.length > 0) lines.push('');
  for (const g of v.groups) {
    lines.push(`### ${e(g.clause ?? t('noClause', lang))}`, '');
    if (g.text) lines.push(`> ${e(g.text.replace(/\s+/gu, ' '))}`, '');
    for (const r of g.rows) {
      const supply =
        r.supply.length > 0 ? ` → ${e(t('supply', lang))}: ${r.supply.map((s) => e(s.label)).join('; ')}` : '';
      lines.push(`- **${e(r.statusWords)}** ${e(r.message)}${supply} \\[${e(r.citation || '—')}\\]`);
      for (const w of r.waiting) lines.push(`  - ${e(w)}`);
    }
    lines.push('');
  }
  if (v.areas.length > 0) {
    lines.push(
      `### ${e(t('areas', lang))}`,
      '',
      `| ${e(t('areas', lang))} | ${e(t('clause', lang))} | ${e(t('points', lang))} |`,
      '|---|---|---|',
    );
    for (const a of v.areas) {
      lines.push(`| **${e(a.label)}** | ${e(a.clause)} | ${e(a.points)} / ${e(a.max)} |`);
      for (const i of a.items)
        lines.push(`| ${e(i.label)}${i.supply ? ` (${e(i.supply)})` : ''} | | ${e(i.points)} / ${e(i.max)} |`);
    }
    lines.push('');
  }
  if (v.steps.length > 0) {
    lines.push(
      `| ${e(t('due', lang))} | ${e(t('step', lang))} | ${e(t('status', lang))} | ${e(t('clause', lang))} |`,
      '|---|---|---|---|',
    );
    for (const s of v.steps)
      lines.push(`| ${e(s.due)} | ${e(s.label)} | ${e(s.status)}${s.done ? ` ${e(s.done)}` : ''} | ${e(s.clauses)} |`);
    lines.push('');
  }
  if (v.problems.length > 0) {
    lines.push(`**${e(t('problems', lang))}**`, '');
    for (const p of v.problems) lines.push(`- ${e(p.severity)} ${e(p.where)}: ${e(p.message)}`);
    lines.push('');
  }
  for (const f of v.kind === 'check' ? [] : v.footer) lines.push(e(f), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
