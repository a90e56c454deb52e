// A report as one self-contained HTML file: no scripts, no external assets, printable on
// A4 (one typical application on one page). A batch opens with a summary table and starts
// each application on a new page. Every value that can come from the input is escaped.
import type { Lang } from '../core/types.js';
import { textOf, visible } from './escape.js';
import { STANDING, UI } from './labels.js';
import { verdictLabel } from './text.js';
import { type AnyReport, type View, viewOf } from './view.js';

/**
 * Escapes text for HTML element content and attribute values.
 * @throws InvalidArgumentError for a value that cannot be written as text (`Object.create(null)`).
 */
export function escapeHtml(value: unknown): string {
  return textOf(value).replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  margin: 1.5rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.35; font-size: 10pt; }
h1 { font-size: 13pt; margin: 0 0 .15rem; } h2 { font-size: 11pt; margin: .6rem 0 .2rem; }
h1 .document { font-size: 10pt; font-weight: 600; margin-left: .5em; }
.meta { color: #444; margin: 0 0 .3rem; font-size: 9pt; }
.guidance { border: 1px solid #c9a400; background: #fff8dc; padding: .15rem .4rem; margin: .2rem 0; }
.summary { display: flex; flex-wrap: wrap; gap: .2rem 1rem; align-items: baseline; margin: .3rem 0 .4rem; }
.verdict { display: inline-block; padding: .15rem .6rem; border-radius: .25rem; font-weight: 700; }
.verdict.good { background: #e3f4e6; color: #135e25; } .verdict.bad { background: #fde7e7; color: #8c1212; }
.verdict.open { background: #fff4d6; color: #6b4d00; } .verdict.invalid { background: #ececec; color: #333; }
.verdict .standing { margin-left: .6em; padding-left: .6em; border-left: 1px solid currentColor; }
.verdict.graded { font-size: 11pt; } .verdict .standing.unofficial { color: #6b4d00; }
.reasons { margin: 0 0 .4rem 1.1rem; padding: 0; }
.waiting { margin: .1rem 0 0 1rem; padding: 0; color: #555; }
table { width: 100%; border-collapse: collapse; font-size: 8pt; }
th, td { border: 1px solid #ccc; padding: .1rem .3rem; line-height: 1.28; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
td.clause { width: 42%; font-size: 7pt; color: #444; } td.clause b { color: #1a1a1a; font-size: 8pt; }
td.status { white-space: nowrap; font-weight: 700; width: 3.5em; }
td.cite { color: #555; width: 5.5em; font-size: 7pt; }
tr.fail td.status { color: #a11; } tr.pass td.status { color: #176b2c; } tr.unknown td.status, tr.advice td.status { color: #7a5800; }
tr.quote td { color: #555; font-size: 7.5pt; background: #fafafa; border-top: 2px solid #bbb; }
.supply { color: #7a5800; }
.signature { margin-top: 1rem; display: flex; gap: 3rem; } .signature span { flex: 1; border-bottom: 1px solid #333; padding-top: 1.2rem; }
footer { margin-top: .6rem; color: #777; font-size: 7.5pt; }
section.report + section.report, section.batch + section.report { break-before: page; page-break-before: always; }
@page { size: A4; margin: 12mm 10mm 11mm; }
@media print { body { margin: 0; max-width: none; } tr { break-inside: avoid; } thead { display: table-header-group; } }
`;

const t = (key: string, lang: Lang): string => UI[key]?.[lang] ?? key;
const e = escapeHtml;
/**
 * A value that may come from the input, in element content: control characters written
 * out as in text (a right-to-left override shows as \u202e instead of reversing the line)
 * and isolated in <bdi>, so right-to-left letters in a name cannot reorder the words and
 * dates around it in print.
 */
const v = (value: unknown): string => `<bdi>${escapeHtml(visible(value))}</bdi>`;
/** The same in an attribute value, where no element can go. */
const a = (value: unknown): string => escapeHtml(visible(value));

/** The words the printed page's running header repeats: the kind of report and whom it is about. */
function runningHead(view: View): string {
  const about = view.applicant ?? view.name;
  return `${view.kindTitle}${about ? ` · ${about}` : ''}`;
}

function section(view: View, lang: Lang, file: string | undefined, signature: boolean, index: number | null): string {
  // Who and what, in words: the issuer, the subject and its name, the applicant body. The
  // input file's path is for the machine (a data attribute), not for the official reading.
  // Each value from the input in its own <bdi>: a name cannot reorder the words beside it.
  const sep = lang === 'zh' ? '：' : ': ';
  const who = [
    ...(view.issuer ? [`<span>${e(t('issuer', lang))}: ${v(view.issuer)}</span>`] : []),
    ...(view.subject
      ? [`<span>${e(t('subject', lang))}: ${v(view.subject)}${view.name ? `${sep}${v(view.name)}` : ''}</span>`]
      : view.name
        ? [`<span>${e(t('name', lang))}: ${v(view.name)}</span>`]
        : []),
    ...(view.applicant ? [`<span>${e(t('applicant', lang))}: ${v(view.applicant)}</span>`] : []),
  ];
  const meta = [...who, ...view.meta.map((m) => `<span>${e(m.label)}: ${v(m.value)}</span>`)].join(' · ');
  const rows: string[] = [];
  for (const g of view.groups) {
    // The clause is quoted once, beside the findings that rest on it.
    const quote = g.text ? v(g.text.replace(/\s+/gu, ' ')) : e(g.clause === null ? t('noClause', lang) : '');
    g.rows.forEach((r, i) => {
      const supply =
        r.supply.length > 0
          ? `<div class="supply">${e(t('supply', lang))}: ${r.supply.map((s) => `<span data-path="${a(s.path)}">${v(s.label)}</span>`).join('；')}</div>`
          : '';
      const clause =
        i === 0
          ? `<td class="clause" rowspan="${g.rows.length}"><b>${v(g.clause ?? '—')}</b> <span class="quote">${quote}</span></td>`
          : '';
      const waiting =
        r.waiting.length > 0 ? `<ul class="waiting">${r.waiting.map((w) => `<li>${v(w)}</li>`).join('')}</ul>` : '';
      rows.push(
        `<tr class="${a(r.advice ? 'advice' : r.status)}" data-rule="${a(r.ruleIds.join(' '))}">${clause}<td class="status">${v(r.statusWords)}</td><td>${v(r.message)}${supply}${waiting}</td><td class="cite" title="${a(r.citation)}">${v(r.shortCitation || r.citation || '—')}</td></tr>`,
      );
    });
  }
  const details =
    rows.length > 0
      ? `<table class="details"><thead><tr><th>${e(t('clause', lang))}</th><th>${e(t('status', lang))}</th><th>${e(t('finding', lang))}</th><th>${e(t('rule', lang))}</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`
      : '';
  const areas =
    view.areas.length > 0
      ? `<h2>${e(t('areas', lang))}</h2><table><tbody>${view.areas
          .map(
            (a) =>
              `<tr class="quote"><td>${v(a.label)}</td><td>${v(a.clause)}</td><td>${v(a.points)} / ${v(a.max)}</td></tr>${a.items
                .map(
                  (i) =>
                    `<tr><td>${v(i.label)}${i.supply ? `<div class="supply">${v(i.supply)}</div>` : ''}</td><td></td><td>${v(i.points)} / ${v(i.max)}</td></tr>`,
                )
                .join('')}`,
          )
          .join('')}</tbody></table>`
      : '';
  const steps =
    view.steps.length > 0
      ? `<table><thead><tr><th>${e(t('due', lang))}</th><th>${e(t('step', lang))}</th><th>${e(t('status', lang))}</th><th>${e(t('clause', lang))}</th></tr></thead><tbody>${view.steps
          .map(
            (s) =>
              `<tr><td>${v(s.due)}</td><td>${v(s.label)}</td><td>${v(s.status)}${s.done ? ` ${v(s.done)}` : ''}</td><td>${v(s.clauses)}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '';
  const problems =
    view.problems.length > 0
      ? `<h2>${e(t('problems', lang))}</h2><ul>${view.problems.map((p) => `<li>${v(p.severity)} ${v(p.where)}: ${v(p.message)}</li>`).join('')}</ul>`
      : '';
  const sign = signature
    ? `<div class="signature"><span>${e(t('reviewer', lang))}</span><span>${e(t('reviewDate', lang))}</span></div>`
    : '';
  const foot =
    view.footer.length > 0 && view.kind !== 'check' ? `<footer>${view.footer.map(v).join('<br>')}</footer>` : '';
  const standing = view.standing
    ? `<span class="standing${view.standing.startsWith(STANDING.text[lang]) ? '' : ' unofficial'}">${e(view.standing)}</span>`
    : '';
  // In a batch each report prints on pages of its own name (a named page starts a new sheet).
  return `<section class="report"${index === null ? '' : ` style="page: report-${index}"`}${file === undefined ? '' : ` data-file="${a(file)}"`}>
<h1><span class="kind">${e(view.kindTitle)}</span> <span class="document">${v(view.title)}${view.docNumber ? ` ${v(view.docNumber)}` : ''}</span></h1>
${view.notBinding ? `<p class="guidance">${e(t('notBinding', lang))}</p>` : ''}
${view.reform ? `<p class="guidance reform"><strong>${v(view.reform)}</strong></p>` : ''}
<p class="meta">${meta}</p>
<div class="summary"><span class="verdict ${a(view.verdict.tone)}${view.standing ? ' graded' : ''}" id="verdict" data-verdict="${a(view.verdict.code)}">${e(verdictLabel(view, lang))}: ${v(view.verdict.words)}${standing}</span>${
    view.counts.length > 0 ? `<span>${view.counts.map((c) => `${e(c.words)} ${c.n}`).join(' · ')}</span>` : ''
  }</div>
${view.reasons.length > 0 ? `<ul class="reasons">${view.reasons.map((r) => `<li>${v(r)}</li>`).join('')}</ul>` : ''}
${details}${areas}${steps}${problems}${sign}${foot}
</section>`;
}

/**
 * Each report prints on pages of its own name, whose margin boxes repeat its header and
 * number the pages (CSS Paged Media; Chromium draws margin boxes since version 131).
 */
function pageRules(views: readonly View[], lang: Lang): string {
  const number = t('page', lang)
    .split(/(\{page\}|\{pages\})/u)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .filter((part) => part !== '""')
    .join(' ');
  const box = (head: string) =>
    `@top-left { content: ${cssString(head)}; font-size: 7.5pt; color: #555; } @bottom-right { content: ${number}; font-size: 7.5pt; color: #555; }`;
  const batch =
    views.length > 1 ? `@page { ${box(t('batch', lang))} }\n` : `@page { ${box(runningHead(views[0] as View))} }\n`;
  return batch + views.map((view, i) => `@page report-${i} { ${box(runningHead(view))} }`).join('\n');
}

/** A CSS string of any text: quotes, backslashes and line breaks escaped, and nothing that closes the style element. */
function cssString(text: string): string {
  return `"${visible(text).replace(/[\\"'<>&]/gu, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

function batchSummary(views: { view: View; file?: string }[], lang: Lang): string {
  return `<section class="batch"><h1>${e(t('batch', lang))}</h1>
<table><thead><tr><th>#</th><th>${e(t('file', lang))}</th><th>${e(t('name', lang))}</th><th>${e(t('verdict', lang))}</th><th>${e(t('mainReason', lang))}</th></tr></thead><tbody>
${views
  .map(
    ({ view, file }, i) =>
      `<tr class="${a(view.verdict.tone)}"><td>${i + 1}</td><td>${v(file ?? '')}</td><td>${v(view.name ?? view.subject ?? '')}</td><td>${v(view.verdict.words)}</td><td>${v(view.reasons[0] ?? '')}</td></tr>`,
  )
  .join('\n')}
</tbody></table></section>`;
}

export interface HtmlOptions {
  /** Reviewer's signature and date lines under each report. */
  signature?: boolean;
}

/** Renders reports (one or several files) as one printable HTML document. */
export function renderHtml(
  reports: readonly { report: AnyReport; file?: string }[],
  lang: Lang = 'zh',
  options: HtmlOptions = {},
): string {
  const views = reports.map(({ report, file }) => ({
    view: viewOf(report, lang),
    ...(file === undefined ? {} : { file }),
  }));
  const sections = views.map(({ view, file }, i) =>
    section(view, lang, file, options.signature === true, views.length > 1 ? i : null),
  );
  const summary = views.length > 1 ? batchSummary(views, lang) : '';
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(views.length === 1 ? runningHead(views[0]?.view as View) : t('batch', lang))}</title>
<style>${STYLE}
${pageRules(
  views.map((x) => x.view),
  lang,
)}</style>
</head>
<body>
${summary}
${sections.join('\n')}
<footer>${lang === 'zh' ? '' : 'chuangye-rules · '}${e(t('footer', lang))}</footer>
</body>
</html>
`;
}
