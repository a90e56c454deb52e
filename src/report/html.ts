// A report as one self-contained HTML file: no scripts, no external assets, printable on
// A4. Every value that can come from the input is escaped.
import type { Clause, Lang, Report, RuleResult } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import { STATUS_LABELS, UI, VERDICT_LABELS } from './labels.js';
import { pathText } from './text.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
.meta { color: #555; margin: 0 0 1rem; }
.verdict { display: inline-block; padding: .35rem .8rem; border-radius: .3rem; font-weight: 700; margin-bottom: 1rem; }
.verdict.eligible { background: #e3f4e6; color: #135e25; } .verdict.ineligible { background: #fde7e7; color: #8c1212; }
.verdict.incomplete { background: #fff4d6; color: #6b4d00; } .verdict.invalid { background: #ececec; color: #333; }
table { width: 100%; border-collapse: collapse; font-size: .92rem; }
th, td { border: 1px solid #ccc; padding: .4rem .5rem; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
td.status { white-space: nowrap; font-weight: 700; }
tr.fail td.status { color: #a11; } tr.pass td.status { color: #176b2c; } tr.unknown td.status { color: #7a5800; }
blockquote { margin: .3rem 0 0; padding-left: .6rem; border-left: 3px solid #ddd; color: #444; font-size: .85rem; }
.supply { color: #7a5800; font-size: .85rem; }
footer { margin-top: 1.5rem; color: #777; font-size: .8rem; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; } tr { break-inside: avoid; } thead { display: table-header-group; } }
`;

function row(r: RuleResult, clauses: Map<string, Clause>, lang: Lang): string {
  const quotes = r.clauses
    .map((id) => clauses.get(id))
    .filter((c): c is Clause => c !== undefined)
    .slice(0, 1)
    .map((c) => `<blockquote>${escapeHtml(c.text)}</blockquote>`)
    .join('');
  const supply =
    r.status === 'unknown' && r.missing?.length
      ? `<div class="supply">${escapeHtml(UI.supply?.[lang])}: ${r.missing.map(escapeHtml).join(', ')}</div>`
      : '';
  return `<tr class="${escapeHtml(r.status)}" data-rule="${escapeHtml(r.ruleId)}">
<td class="status">${escapeHtml(STATUS_LABELS[r.status][lang])}</td>
<td>${escapeHtml(r.clauses.join('、') || '—')}</td>
<td>${escapeHtml(r.message[lang])}${supply}${quotes}</td>
</tr>`;
}

/** Renders reports (one or several files) as one printable HTML document. */
export function renderHtml(reports: readonly { report: Report; file?: string }[], lang: Lang = 'zh'): string {
  const sections = reports.map(({ report, file }) => {
    const policy = getPolicy(report.policy);
    const clauses = new Map(policy.clauses.map((c) => [c.id, c]));
    const subject = policy.checks[report.subject]?.label[lang] ?? report.subject;
    const problems = report.problems.length
      ? `<h2>${escapeHtml(UI.problems?.[lang])}</h2><ul>${report.problems
          .map(
            (p) =>
              `<li>${escapeHtml(UI[p.severity]?.[lang])} <code>${escapeHtml(pathText(p.path, lang))}</code>: ${escapeHtml(p.message[lang])}</li>`,
          )
          .join('')}</ul>`
      : '';
    return `<section>
<h1>${escapeHtml(policy.title[lang])}${policy.docNumber ? ` ${escapeHtml(policy.docNumber)}` : ''}</h1>
<p class="meta">${escapeHtml(subject)}${file ? ` · ${escapeHtml(file)}` : ''} · ${escapeHtml(UI.asOf?.[lang])} ${escapeHtml(report.asOf)}</p>
<div class="verdict ${escapeHtml(report.verdict)}" id="verdict">${escapeHtml(UI.verdict?.[lang])}: ${escapeHtml(VERDICT_LABELS[report.verdict][lang])}</div>
<table>
<thead><tr><th>${escapeHtml(UI.status?.[lang])}</th><th>${escapeHtml(UI.clause?.[lang])}</th><th>${escapeHtml(UI.finding?.[lang])}</th></tr></thead>
<tbody>
${report.results.map((r) => row(r, clauses, lang)).join('\n')}
</tbody>
</table>
${problems}
</section>`;
  });
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(UI.reportTitle?.[lang])}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n<hr>\n')}
<footer>chuangye-rules · ${escapeHtml(UI.footer?.[lang])}</footer>
</body>
</html>
`;
}
