// The comparison and the everywhere check as text, Markdown, HTML and JSON: pure
// functions of their results. Text from the texts and the input is escaped for each medium.
import { InvalidArgumentError, langOf, UnknownFormatError } from '../core/errors.js';
import type { Bilingual, Lang } from '../core/types.js';
import { visible } from '../report/escape.js';
import { escapeHtml } from '../report/html.js';
import { UI, VERDICT_LABELS } from '../report/labels.js';
import { escapeMarkdown } from '../report/markdown.js';
import type { NextQuestions } from './next.js';
import type { EverywhereResult } from './profile.js';
import { formField, formFieldsOf } from './questions.js';
import type { Cell, Comparison } from './types.js';

export const COMPARE_FORMATS = Object.freeze(['text', 'md', 'html', 'json'] as const);
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

const WORDS: Record<string, Bilingual> = {
  not_set: { zh: '本文件未规定', en: 'not set by this text' },
  not_applicable: { zh: '不适用于此类对象', en: 'not applicable to this kind of body' },
  requirement: { zh: '要求', en: 'Requirement' },
  interpretation: { zh: '解释', en: 'interpretation' },
  default: { zh: '默认', en: 'default' },
  title: { zh: '政策比较', en: 'Policy comparison' },
  differences: { zh: '仅列出不同之处', en: 'only the rows that differ' },
  everywhere: { zh: '同一工作室在各地政策下', en: 'One studio under every studio policy' },
  name: { zh: '名称', en: 'Name' },
  takes: { zh: '还需', en: 'It would take' },
  supply: { zh: '请补充', en: 'Supply' },
};

function cellText(cell: Cell, lang: Lang): { value: string; cite: string } {
  if (cell.state !== 'set') return { value: `— ${WORDS[cell.state]?.[lang]}`, cite: cell.reason[lang] };
  const mark = cell.provenance === 'text' ? '' : ` [${WORDS[cell.provenance]?.[lang]}]`;
  const perYear = cell.perYear && cell.perYear.how !== 'stated per year' ? `; ${cell.perYear.shown[lang]}` : '';
  return { value: `${cell.shown[lang]}${perYear}${mark}`, cite: `${cell.clause}「${cell.quote}」` };
}

function policyName(c: Comparison, id: string, lang: Lang): string {
  const p = c.policies.find((x) => x.id === id);
  return p ? p.title[lang] : id;
}

/** Whether `value` has the shape `check` asks of it; reading it never throws (a Proxy is a mistake, reported). */
function shaped(value: unknown, check: (v: Record<string, unknown>) => boolean): boolean {
  try {
    return typeof value === 'object' && value !== null && check(value as Record<string, unknown>);
  } catch {
    return false;
  }
}

/**
 * The comparison in one of the formats.
 * @throws InvalidArgumentError when `c` is not a comparison; UnknownFormatError, UnknownLanguageError for another format or language.
 */
export function renderComparison(c: Comparison, format: CompareFormat, lang: Lang = 'zh'): string {
  if (!shaped(c, (v) => Array.isArray(v.policies) && Array.isArray(v.themes) && typeof v.only === 'string'))
    throw new InvalidArgumentError('c', 'a comparison (the result of comparePolicies)', c);
  langOf(lang);
  if (format === 'json') return `${JSON.stringify(c, null, 2)}\n`;
  if (format === 'md') return comparisonMarkdown(c, lang);
  if (format === 'text') return comparisonText(c, lang);
  if (format === 'html') return comparisonHtml(c, lang);
  throw new UnknownFormatError(format, COMPARE_FORMATS);
}

function heading(c: Comparison, lang: Lang): string {
  return `${WORDS.title?.[lang]}: ${c.policies.map((p) => p.id).join(' · ')}${c.only === 'differences' ? ` (${WORDS.differences?.[lang]})` : ''}`;
}

function comparisonMarkdown(c: Comparison, lang: Lang): string {
  const e = escapeMarkdown;
  const ids = c.policies.map((p) => p.id);
  const lines = [`## ${e(heading(c, lang))}`, ''];
  for (const p of c.policies)
    lines.push(`- **${e(p.id)}**: ${e(p.title[lang])}${p.docNumber ? ` ${e(p.docNumber)}` : ''}`);
  for (const t of c.themes) {
    lines.push('', `### ${e(t.label[lang])}`, '', `| ${e(WORDS.requirement?.[lang])} | ${ids.map(e).join(' | ')} |`);
    lines.push(`|---|${ids.map(() => '---').join('|')}|`);
    for (const r of t.rows)
      lines.push(
        `| ${e(r.label[lang])} | ${ids
          .map((id) => {
            const cell = r.cells[id] as Cell;
            const { value } = cellText(cell, lang);
            return cell.state === 'set' ? `${e(value)} · ${e(cell.clause)}` : `*${e(value)}*`;
          })
          .join(' | ')} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

function comparisonText(c: Comparison, lang: Lang): string {
  const v = visible;
  const lines = [v(heading(c, lang))];
  for (const t of c.themes) {
    lines.push('', `== ${v(t.label[lang])} ==`);
    for (const r of t.rows) {
      lines.push(`${v(r.label[lang])}${r.differs ? '' : lang === 'zh' ? '（相同）' : ' (same)'}`);
      for (const p of c.policies) {
        const { value, cite } = cellText(r.cells[p.id] as Cell, lang);
        lines.push(`  ${p.id.padEnd(13)}${v(value)}`, `  ${''.padEnd(13)}${v(cite)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function comparisonHtml(c: Comparison, lang: Lang): string {
  const h = escapeHtml;
  const head = `<tr><th>${h(WORDS.requirement?.[lang])}</th>${c.policies.map((p) => `<th>${h(policyName(c, p.id, lang))}</th>`).join('')}</tr>`;
  const body = c.themes
    .map(
      (t) =>
        `<tbody><tr><th colspan="${c.policies.length + 1}">${h(t.label[lang])}</th></tr>${t.rows
          .map(
            (r) =>
              `<tr${r.differs ? ' class="differs"' : ''}><td>${h(r.label[lang])}</td>${c.policies
                .map((p) => {
                  const cell = r.cells[p.id] as Cell;
                  const { value, cite } = cellText(cell, lang);
                  return `<td class="${cell.state}">${h(value)}<div class="cite">${h(cite)}</div></td>`;
                })
                .join('')}</tr>`,
          )
          .join('')}</tbody>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${h(heading(c, lang))}</title>
<style>body{font-family:sans-serif;margin:2rem;}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.35rem;vertical-align:top;text-align:left}tbody th{background:#f3f3f3}
td.not_set,td.not_applicable{color:#777;font-style:italic}.cite{color:#555;font-size:.8rem}tr.differs td:first-child{font-weight:700}</style>
</head><body><h1>${h(heading(c, lang))}</h1><table><thead>${head}</thead>${body}</table></body></html>
`;
}

/** Where a profile problem is, in words: the form field's label (zh without the path; en with it after). */
function whereOf(path: readonly (string | number)[], lang: Lang): string {
  const joined = path.map(String).join('.');
  const fields = joined === '' ? [] : formFieldsOf(joined);
  const field = fields.length === 1 ? formField(fields[0] as string) : undefined;
  if (lang === 'en') return field ? `${field.label.en} (${joined})` : joined || 'the profile';
  // An unknown key has no label: its message names it in the caller's own words.
  return field ? field.label.zh : '工作室档案';
}

/**
 * The everywhere check in one of the formats. Each policy is named by its title; in zh
 * each field by its label alone (English adds the profile path after the label).
 * @throws InvalidArgumentError when `r` is not a result of checkEverywhere; UnknownFormatError, UnknownLanguageError for another format or language.
 */
export function renderEverywhere(r: EverywhereResult, format: CompareFormat, lang: Lang = 'zh'): string {
  if (!shaped(r, (v) => Array.isArray(v.outcomes) && Array.isArray(v.problems) && typeof v.asOf === 'string'))
    throw new InvalidArgumentError('r', 'an everywhere result (the result of checkEverywhere)', r);
  langOf(lang);
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  if (!COMPARE_FORMATS.includes(format)) throw new UnknownFormatError(format, COMPARE_FORMATS);
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  // HTML shows control and bidi characters too, so a name cannot reorder the rest of its line.
  const esc = format === 'md' ? escapeMarkdown : format === 'html' ? (x: unknown) => escapeHtml(visible(x)) : visible;
  const lines: string[] = [];
  for (const o of r.outcomes) {
    const title = o.title ? o.title[lang] : o.policy;
    const named = zh ? `《${title}》` : `${title} (${o.policy})`;
    const head = `${named}${colon}${VERDICT_LABELS[o.verdict][lang]} — ${WORDS.name?.[lang]} ${o.name ?? '—'}`;
    lines.push(format === 'md' ? `### ${esc(head)}` : format === 'html' ? `<h2>${esc(head)}</h2>` : esc(head));
    const cite = (g: EverywhereResult['outcomes'][number]['gaps'][number]) =>
      `${WORDS.takes?.[lang]}${colon}${g.text[lang]}${zh ? `（${g.clauses.join('、')}）` : ` (${g.clauses.join(', ')})`}`;
    const items = [
      ...o.gaps.map(cite),
      ...o.steps.map(cite),
      ...o.asks.map(
        (a) =>
          `${WORDS.supply?.[lang]}${colon}${a.label[lang]}${zh ? '' : ` (${a.field})`}${a.need ? `${zh ? '，' : ', '}${a.need[lang]}` : ''}`,
      ),
    ];
    for (const i of items)
      lines.push(format === 'html' ? `<p>${esc(i)}</p>` : `${format === 'md' ? '- ' : '  '}${esc(i)}`);
    if (format === 'md') lines.push('');
  }
  // The severity in words (an input's own key stays as the caller wrote it).
  for (const p of r.problems) {
    const severity = Object.hasOwn(UI, p.severity) ? (UI[p.severity] as Bilingual)[lang] : p.severity;
    lines.push(esc(`${severity} ${whereOf(p.path, lang)}${colon}${p.message[lang]}`));
  }
  const title = `${WORDS.everywhere?.[lang]} · ${r.asOf}`;
  if (format === 'html')
    return `<!doctype html>\n<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${lines.join('\n')}</body></html>\n`;
  return `${format === 'md' ? `## ${esc(title)}\n\n` : `${esc(title)}\n`}${lines.join('\n')}\n`;
}

const SOURCE_WORDS: Record<string, Bilingual> = {
  registry: { zh: '政府登记信息', en: 'a government register' },
  document: { zh: '申报材料', en: 'a document' },
  statement: { zh: '申报方声明', en: "the applicant's statement" },
};

/**
 * The next questions in one of the formats: each field in the profile's words, the
 * policies its answer could settle and the threshold it must meet under each.
 * @throws InvalidArgumentError when `q` is not a result of nextQuestions; UnknownFormatError, UnknownLanguageError for another format or language.
 */
export function renderQuestions(q: NextQuestions, format: CompareFormat, lang: Lang = 'zh'): string {
  if (!shaped(q, (v) => Array.isArray(v.questions) && Array.isArray(v.verdicts) && typeof v.formSize === 'number'))
    throw new InvalidArgumentError('q', 'the result of nextQuestions', q);
  langOf(lang);
  if (!COMPARE_FORMATS.includes(format)) throw new UnknownFormatError(format, COMPARE_FORMATS);
  if (format === 'json') return `${JSON.stringify(q, null, 2)}\n`;
  const zh = lang === 'zh';
  const esc = format === 'md' ? escapeMarkdown : format === 'html' ? (x: unknown) => escapeHtml(visible(x)) : visible;
  const title = zh ? `下一个问题 · ${q.asOf}` : `Next questions · ${q.asOf}`;
  // zh names each policy by its title; en by its id, short in these lists (the JSON has the titles).
  const titles = new Map(q.verdicts.map((v) => [v.policy, v.title ? v.title[lang] : v.policy]));
  const named = (id: string) => (zh ? `《${titles.get(id) ?? id}》` : id);
  const verdicts = q.verdicts
    .map((v) => `${named(v.policy)} ${VERDICT_LABELS[v.verdict][lang]}`)
    .join(zh ? '；' : '; ');
  const summary = zh
    ? `还需回答 ${q.questions.length} 个问题（完整表单 ${q.formSize} 项）`
    : `${q.questions.length} question(s) left (the whole form has ${q.formSize} fields)`;
  const items = q.questions.map((x, i) => {
    const head = `${i + 1}. ${x.label[lang]}${zh ? '' : ` (${x.field})`} — ${zh ? '可判定' : 'settles'} ${x.settles.map(named).join(zh ? '、' : ', ')}`;
    const needs = x.needs.map((n) => `${named(n.policy)}${zh ? '：' : ': '}${n.need[lang]}`);
    const from = `${zh ? '来源' : 'from'}${zh ? '：' : ': '}${SOURCE_WORDS[x.source]?.[lang] ?? x.source}`;
    return { head, more: [...needs, from] };
  });
  if (format === 'html')
    return `<!doctype html>\n<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1><p>${esc(verdicts)}</p><p>${esc(summary)}</p><ol>${items
      .map(
        (x) =>
          `<li>${esc(x.head.replace(/^\d+\. /u, ''))}<ul>${x.more.map((m) => `<li>${esc(m)}</li>`).join('')}</ul></li>`,
      )
      .join('')}</ol></body></html>\n`;
  const lines =
    format === 'md'
      ? [`## ${esc(title)}`, '', esc(verdicts), '', esc(summary), '']
      : [esc(title), esc(verdicts), esc(summary), ''];
  for (const x of items) {
    lines.push(esc(x.head));
    for (const m of x.more) lines.push(`${format === 'md' ? '   - ' : '   '}${esc(m)}`);
  }
  return `${lines.join('\n')}\n`;
}
