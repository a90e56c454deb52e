// Renderers for the handbook: pure functions from data to text, Markdown or JSON.
import { InvalidArgumentError, langOf, readOptions, UnknownFormatError } from '../core/errors.js';
import type { Lang } from '../core/types.js';
import { visible } from '../report/escape.js';
import { escapeMarkdown } from '../report/markdown.js';
import { modules, TIERS } from './catalogue.js';
import { assertCoverage, type Coverage, NOTICE } from './coverage.js';
import { flows } from './flows.js';
import { POLICY_LINKS } from './links.js';
import type { Flow } from './types.js';

export const COVERAGE_FORMATS = Object.freeze(['text', 'md', 'json'] as const);
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

const WORDS = {
  zh: {
    title: '《公共创业服务功能手册》服务功能自查',
    agency: '服务机构',
    offered: (n: number, of: number, partial: number) =>
      `已提供 ${n}/${of} 项服务功能${partial > 0 ? `（另有 ${partial} 项部分提供）` : ''}`,
    module: '功能模块',
    total: '合计',
    missing: '未（完整）提供的服务功能',
    none: '各项服务功能均已提供',
    basicNone: '基本服务功能均已提供',
    partly: (items: string) => `部分提供，缺：${items}`,
    modes: (n: number, of: number) => `服务方式：已采用 ${n}/${of} 种`,
    modesNot: '服务方式：未评估（清单未列出所采用的服务方式）',
    modesMissing: '未采用的服务方式',
    problems: '无法计入的条目',
    at: (path: string) => `${path}：`,
    colon: '：',
    sep: '；',
  },
  en: {
    title: 'Self-check against the public entrepreneurship service handbook',
    agency: 'Agency',
    offered: (n: number, of: number, partial: number) =>
      `${n} of ${of} service functions offered${partial > 0 ? ` (${partial} more in part)` : ''}`,
    module: 'Module',
    total: 'Total',
    missing: 'Functions not offered (in whole)',
    none: 'Every service function is offered',
    basicNone: 'Every basic function is offered',
    partly: (items: string) => `offered in part; missing ${items}`,
    modes: (n: number, of: number) => `Service modes: ${n} of ${of} in use`,
    modesNot: 'Service modes: not assessed (the list names none)',
    modesMissing: 'Service modes not in use',
    problems: 'Entries not counted',
    at: (path: string) => `${path}: `,
    colon: ': ',
    sep: '; ',
  },
} as const;

export interface CoverageRenderOptions {
  format?: CoverageFormat;
  lang?: Lang;
  /** The agency's name, printed as given (control characters shown, Markdown escaped). */
  agency?: string;
}

const ratio = (c: { offered: number; total: number }) => `${c.offered}/${c.total}`;

/** Where a problem is, in words: 第4项 / entry 4, or modes 第2项 / modes entry 2. */
function where(path: readonly (string | number)[], lang: Lang): string {
  if (path.length === 0) return '';
  const n = path[path.length - 1];
  const entry = typeof n === 'number' ? (lang === 'zh' ? `第${n + 1}项` : `entry ${n + 1}`) : String(n);
  return WORDS[lang].at(path.length > 1 ? `${String(path[0])} ${entry}` : entry);
}

/**
 * The coverage report as plain text, Markdown or JSON, in Chinese or English. Every
 * function not offered whole is listed by tier with what it involves, in the text's words.
 * @throws InvalidArgumentError when `c` is not a coverage or `agency` not a string;
 * UnknownFormatError, UnknownLanguageError for a format or language it does not have.
 */
export function renderCoverage(c: Coverage, options?: CoverageRenderOptions): string {
  assertCoverage(c);
  const opts = readOptions<CoverageRenderOptions>(options, ['format', 'lang', 'agency']);
  const format = opts.format ?? 'text';
  if (!COVERAGE_FORMATS.includes(format)) throw new UnknownFormatError(format, COVERAGE_FORMATS);
  const lang = langOf(opts.lang);
  const agency = opts.agency;
  if (agency !== undefined && typeof agency !== 'string')
    throw new InvalidArgumentError('options.agency', 'a string', agency);
  if (format === 'json') return `${JSON.stringify(agency === undefined ? c : { agency, ...c }, null, 2)}\n`;
  const md = format === 'md';
  // Text shows control characters; Markdown escapes its own syntax too. Both for every value from the input.
  const e = md ? escapeMarkdown : visible;
  const w = WORDS[lang];
  const tierLine = TIERS.map((t) => `${t.label[lang]} ${ratio(c.tiers[t.id])}`).join(w.sep);
  const problemLines = c.problems.map((p) => e(`${where(p.path, lang)}${p.message[lang]}`));
  const missingBlocks = TIERS.flatMap((t) => {
    const list = c.missing[t.id] ?? [];
    if (list.length === 0) return [];
    const lines = list.map((f) => {
      const m = c.modules.find((x) => x.id === f.module);
      const part = f.extent === 'partial' ? ` — ${w.partly(f.missingSubItems.join(lang === 'zh' ? '、' : ', '))}` : '';
      return e(`${m?.title[lang] ?? f.module} ${f.number} ${f.label[lang]} (${f.id})${part}: ${f.involves}`);
    });
    return [{ head: `${t.label[lang]} (${list.length})`, lines }];
  });
  const modeLine = c.modes.assessed ? w.modes(c.modes.offered, c.modes.total) : w.modesNot;
  const modesMissing = c.modes.assessed
    ? c.modules.flatMap((m) =>
        m.modes.filter((d) => !d.offered).map((d) => `${m.title[lang]} ${d.number}. ${d.label[lang]} (${d.id})`),
      )
    : [];
  const allDone = missingBlocks.length === 0;

  if (md) {
    const out: string[] = [`# ${w.title}`, ''];
    if (agency !== undefined) out.push(`${w.agency}${w.colon}${e(agency)}`, '');
    out.push(`> ${c.notice[lang]}`, '', `${w.offered(c.offered, c.total, c.partial)}${w.colon}${tierLine}`, '');
    out.push(`| ${w.module} | ${TIERS.map((t) => t.label[lang]).join(' | ')} | ${w.total} |`, '|---|---|---|---|---|');
    for (const m of c.modules)
      out.push(`| ${m.title[lang]} | ${TIERS.map((t) => ratio(m.tiers[t.id])).join(' | ')} | ${ratio(m)} |`);
    out.push('', `${modeLine}`, '', `## ${allDone ? w.none : w.missing}`);
    if (!allDone && c.basicComplete) out.push('', w.basicNone);
    for (const b of missingBlocks) {
      out.push('', `### ${b.head}`, '');
      for (const l of b.lines) out.push(`- ${l}`);
    }
    if (modesMissing.length > 0) {
      out.push('', `## ${w.modesMissing}`, '');
      for (const l of modesMissing) out.push(`- ${l}`);
    }
    if (problemLines.length > 0) {
      out.push('', `## ${w.problems}`, '');
      for (const l of problemLines) out.push(`- ${l}`);
    }
    for (const m of c.modules) {
      out.push('', `## ${m.title[lang]} ${ratio(m)}`, '');
      for (const f of m.functions)
        out.push(
          `- [${f.offered ? 'x' : ' '}] ${f.number} ${f.label[lang]} (${TIERS.find((t) => t.id === f.tier)?.label[lang]})${
            f.extent === 'partial'
              ? ` — ${w.partly(
                  f.subItems
                    .filter((s) => !s.offered)
                    .map((s) => s.number)
                    .join(', '),
                )}`
              : ''
          }`,
        );
    }
    return `${out.join('\n')}\n`;
  }

  const out: string[] = [w.title];
  if (agency !== undefined) out.push(`${w.agency}${w.colon}${e(agency)}`);
  out.push(`${w.offered(c.offered, c.total, c.partial)}${w.colon}${tierLine}`, '');
  const width = Math.max(...c.modules.map((m) => m.title[lang].length));
  for (const m of c.modules)
    out.push(
      `  ${m.title[lang].padEnd(width)}  ${ratio(m).padStart(5)}   ${TIERS.map((t) => `${t.label[lang]} ${ratio(m.tiers[t.id])}`).join('  ')}`,
    );
  out.push('', modeLine, '', allDone ? w.none : `${w.missing}${w.colon.trim()}`);
  if (!allDone && c.basicComplete) out.push(`  ${w.basicNone}`);
  for (const b of missingBlocks) {
    out.push(`  ${b.head}`);
    for (const l of b.lines) out.push(`    - ${l}`);
  }
  if (modesMissing.length > 0) {
    out.push('', `${w.modesMissing}${w.colon.trim()}`);
    for (const l of modesMissing) out.push(`  - ${l}`);
  }
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
  const l = langOf(lang);
  const known = Object.values(flows).find((f) => f === flow);
  if (!known) throw new InvalidArgumentError('flow', 'one of the handbook flows (flows.financing …)', flow);
  return mermaidOf(known, l);
}

function mermaidOf(flow: Flow, lang: Lang): string {
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
  if (format !== 'md' && format !== 'json') throw new UnknownFormatError(format, ['md', 'json']);
  langOf(lang);
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
    out.push('', `### ${m.flow.title[lang]}`, '');
    // A chart describing two lives says which: a case follows one, from its first step.
    if (m.flow.tracks.length > 1)
      for (const t of m.flow.tracks)
        out.push(
          `- ${t.title[lang]} (\`${t.id}\`): ${m.flow.steps.find((x) => x.id === t.start)?.label[lang] ?? t.start} →`,
        );
    const alongside = m.flow.steps.filter((x) => x.concurrent).map((x) => x.label[lang]);
    if (alongside.length > 0)
      out.push(
        `- ${alongside.join('、')}: ${lang === 'zh' ? '贯穿全过程，可在任一步骤之后进行' : 'runs alongside, after any step'}`,
      );
    if (out[out.length - 1] !== '') out.push('');
    out.push('```mermaid', mermaidOf(m.flow, lang).trimEnd(), '```', '');
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
