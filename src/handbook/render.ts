// Renderers for the handbook: pure functions from data to text, Markdown or JSON.
import type { Lang } from '../core/types.js';
import { TIERS } from './catalogue.js';
import type { Coverage } from './coverage.js';

export type CoverageFormat = 'text' | 'md' | 'json';

const WORDS = {
  zh: {
    title: '《公共创业服务功能手册》服务功能自查',
    agency: '服务机构',
    offered: (n: number, of: number) => `已提供 ${n}/${of} 项服务功能`,
    module: '功能模块',
    total: '合计',
    missing: '未提供的基本服务功能',
    none: '基本服务功能均已提供',
    problems: '无法计入的条目',
    entry: (i: number) => `第${i}项`,
    yes: '已提供',
    no: '未提供',
    sep: '；',
    colon: '：',
  },
  en: {
    title: 'Self-check against the public entrepreneurship service handbook',
    agency: 'Agency',
    offered: (n: number, of: number) => `${n} of ${of} service functions offered`,
    module: 'Module',
    total: 'Total',
    missing: 'Basic functions not offered',
    none: 'Every basic function is offered',
    problems: 'Entries not counted',
    entry: (i: number) => `entry ${i}`,
    yes: 'offered',
    no: 'not offered',
    sep: '; ',
    colon: ': ',
  },
} as const;

export interface CoverageRenderOptions {
  format?: CoverageFormat;
  lang?: Lang;
  /** The agency's name, printed as given. */
  agency?: string;
}

const ratio = (c: { offered: number; total: number }) => `${c.offered}/${c.total}`;
/** A cell of a Markdown table: a user's text must not break the table. */
const cell = (s: string) => s.replace(/[|\r\n]/gu, ' ');

/** The coverage report as plain text, Markdown or JSON, in Chinese or English. */
export function renderCoverage(c: Coverage, options: CoverageRenderOptions = {}): string {
  const { format = 'text', lang = 'zh', agency } = options;
  if (format === 'json') return `${JSON.stringify(agency === undefined ? c : { agency, ...c }, null, 2)}\n`;
  const w = WORDS[lang];
  const tierLine = TIERS.map((t) => `${t.label[lang]} ${ratio(c.tiers[t.id])}`).join(w.sep);
  const problemLines = c.problems.map(
    (p) => `${p.path.length > 0 ? `${w.entry(Number(p.path[0]) + 1)}${w.colon}` : ''}${p.message[lang]}`,
  );
  const missingLines = c.missingBasic.map((f) => {
    const m = c.modules.find((x) => x.id === f.module);
    return `${m?.title[lang] ?? f.module} ${f.number} ${f.label[lang]} (${f.id})`;
  });

  if (format === 'md') {
    const out: string[] = [`# ${w.title}`, ''];
    if (agency !== undefined) out.push(`${w.agency}${w.colon}${cell(agency)}`, '');
    out.push(`> ${c.notice[lang]}`, '', `${w.offered(c.offered, c.total)}${w.colon}${tierLine}`, '');
    out.push(`| ${w.module} | ${TIERS.map((t) => t.label[lang]).join(' | ')} | ${w.total} |`, '|---|---|---|---|---|');
    for (const m of c.modules)
      out.push(`| ${m.title[lang]} | ${TIERS.map((t) => ratio(m.tiers[t.id])).join(' | ')} | ${ratio(m)} |`);
    out.push('', `## ${c.basicComplete ? w.none : w.missing}`, '');
    for (const l of missingLines) out.push(`- ${l}`);
    if (problemLines.length > 0) {
      out.push('', `## ${w.problems}`, '');
      for (const l of problemLines) out.push(`- ${cell(l)}`);
    }
    for (const m of c.modules) {
      out.push('', `## ${m.title[lang]} ${ratio(m)}`, '');
      for (const f of m.functions)
        out.push(
          `- [${f.offered ? 'x' : ' '}] ${f.number} ${f.label[lang]} (${TIERS.find((t) => t.id === f.tier)?.label[lang]})`,
        );
    }
    return `${out.join('\n')}\n`;
  }

  const out: string[] = [w.title];
  if (agency !== undefined) out.push(`${w.agency}${w.colon}${agency}`);
  out.push(`${w.offered(c.offered, c.total)}${w.colon}${tierLine}`, '');
  const width = Math.max(...c.modules.map((m) => m.title[lang].length));
  for (const m of c.modules)
    out.push(
      `  ${m.title[lang].padEnd(width)}  ${ratio(m).padStart(5)}   ${TIERS.map((t) => `${t.label[lang]} ${ratio(m.tiers[t.id])}`).join('  ')}`,
    );
  out.push('', c.basicComplete ? w.none : `${w.missing}${w.colon.trim()}`);
  for (const l of missingLines) out.push(`  - ${l}`);
  if (problemLines.length > 0) {
    out.push('', `${w.problems}${w.colon.trim()}`);
    for (const l of problemLines) out.push(`  - ${l}`);
  }
  out.push('', c.notice[lang]);
  return `${out.join('\n')}\n`;
}
