// Renderers for the handbook: pure functions from data to text, Markdown or JSON.
import type { Lang } from '../core/types.js';
import { modules, TIERS } from './catalogue.js';
import { type Coverage, NOTICE } from './coverage.js';
import { POLICY_LINKS } from './links.js';
import type { Flow } from './types.js';

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

/** A label inside Mermaid's quotes: no quote, no line break. */
const mermaidText = (s: string) => s.replace(/"/gu, '#quot;').replace(/\s+/gu, ' ');

/**
 * A flow as a Mermaid flowchart. Edges a sentence of the handbook states are solid; the
 * reconstructed ones (interpretation) are dotted. Branching steps are diamonds; a step the
 * text names but the chart does not draw is a parallelogram.
 */
export function renderMermaid(flow: Flow, lang: Lang = 'zh'): string {
  const branching = new Set(flow.transitions.filter((t) => t.label !== null).map((t) => t.from));
  const lines = [
    'flowchart TD',
    `  %% ${flow.title.en}: solid edges are stated by the text, dotted ones reconstructed (interpretation)`,
  ];
  for (const s of flow.steps) {
    const text = `"${mermaidText(s.label[lang])}"`;
    const shape = branching.has(s.id) ? `{${text}}` : s.origin === 'text' ? `[/${text}/]` : `[${text}]`;
    lines.push(`  ${s.id}${shape}`);
  }
  for (const t of flow.transitions) {
    const arrow = t.provenance === 'text' ? '-->' : '-.->';
    lines.push(`  ${t.from} ${arrow}${t.label === null ? '' : `|"${mermaidText(t.label)}"|`} ${t.to}`);
  }
  return `${lines.join('\n')}\n`;
}

const TITLE = { zh: '公共创业服务功能手册', en: 'Public entrepreneurship service handbook' };
const ABOUT = {
  zh: '《手册》“总结归纳了各地在创业服务工作中的主要做法和经验”（说明 1.），不具约束力。流程图的连线是据方框与分支标签重建的：实线为正文有明文的，虚线为解释。',
  en: 'The handbook sums up local practice (说明 1.) and binds no one. The flows’ edges are reconstructed from the charts’ boxes and branch labels: solid where the text states them, dotted where they are an interpretation.',
};

/**
 * The whole handbook for reading: tiers, each module's functions (verbatim), modes and
 * flow (a Mermaid chart and its edges, each with the reason for it), and the links from
 * the studio policies. JSON gives the same data.
 */
export function renderHandbook(format: 'md' | 'json' = 'md', lang: Lang = 'zh'): string {
  if (format === 'json')
    return `${JSON.stringify({ title: TITLE, binding: false, notice: NOTICE, tiers: TIERS, modules, links: POLICY_LINKS }, null, 2)}\n`;
  const tierLabel = (t: string) => TIERS.find((x) => x.id === t)?.label[lang] ?? t;
  // One quoted paragraph per line of the text, so sub-items stay apart when rendered.
  const quote = (text: string) => text.split('\n').flatMap((l, i) => (i === 0 ? [`> ${l}`] : ['>', `> ${l}`]));
  const out = [`# ${TITLE.zh}`, '', `${TITLE.en} · binding: false`, '', ...quote(ABOUT[lang]), ''];
  for (const t of TIERS) out.push(`- **${t.title}** (${t.id}): ${t.definition}`);
  for (const m of modules) {
    out.push('', `## ${m.heading} · ${m.title.en}`, '', m.overview, '');
    for (const f of m.functions) {
      const table = f.tableTitle === f.title ? '' : ` (一览表: ${f.tableTitle})`;
      out.push(`### ${f.number} ${f.title}${table} · ${tierLabel(f.tier)} · \`${f.id}\``, '', ...quote(f.text), '');
    }
    out.push(`### ${lang === 'zh' ? '服务方式' : 'Service modes'}`, '');
    for (const d of m.modes) out.push(`${d.number}. **${d.title}** (${d.label.en}): ${d.text}`);
    out.push('', `### ${m.flow.title[lang]}`, '', '```mermaid', renderMermaid(m.flow, lang).trimEnd(), '```', '');
    out.push('| from | to | label | provenance | reason |', '|---|---|---|---|---|');
    const name = (id: string) => m.flow.steps.find((s) => s.id === id)?.label.zh ?? id;
    for (const t of m.flow.transitions)
      out.push(
        `| ${name(t.from)} | ${name(t.to)} | ${t.label ?? ''} | ${t.provenance} | ${t.reason}${t.quote ? ` «${t.quote}»` : ''} |`,
      );
  }
  out.push(
    '',
    `## ${lang === 'zh' ? '政策服务内容与手册模块的对应（解释）' : 'Policy service functions and handbook modules (interpretation)'}`,
    '',
  );
  out.push('| policy | clause | functions | reason |', '|---|---|---|---|');
  for (const l of POLICY_LINKS)
    out.push(`| ${l.policy} | ${l.clause} | ${l.functions.join(', ') || '—'} | ${l.reason} |`);
  return `${out.join('\n')}\n`;
}
