// JUnit XML: one test suite per file, one test case per rule, so CI servers (GitLab,
// Jenkins) list each failing clause. fail → <failure>, unknown → <error> (data to
// supply), not_applicable → <skipped>; input problems become a failing case of their own.
import type { EvaluationReport } from '../core/grading.js';
import type { Lang, Report } from '../core/types.js';
import { textOf, visible } from './escape.js';
import { ADVICE } from './labels.js';
import { pathText } from './text.js';

export function escapeXml(value: unknown): string {
  // Characters XML 1.0 cannot hold at all are dropped, the rest escaped.
  return textOf(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A value from the report (a file name, a message, a path) for an attribute or a line of
 * text: control characters written out (`\r`, `\n`, `\u202e`), so a file name cannot
 * break its suite's name into lines a CI server reads apart, nor reverse it.
 */
const x = (value: unknown): string => escapeXml(visible(value));

/**
 * @param stamp when the report was made (`YYYY-MM-DDTHH:MM:SSZ`, checked by the caller):
 * the suites' `timestamp`, which JUnit readers show as the time of the run, not the check date.
 */
export function renderJunit(
  reports: readonly { report: Report | EvaluationReport; file?: string }[],
  lang: Lang = 'zh',
  stamp: string = `${new Date().toISOString().slice(0, 19)}Z`,
): string {
  // JUnit's timestamp is a date-time without a zone: the UTC time, as the stamp gives it.
  const timestamp = stamp.slice(0, 19);
  const suites = reports.map(({ report: any, file }, i) => {
    // An evaluation's gates and conditions are a pass/fail list too: one case each.
    const report = 'verdict' in any ? any : { ...any, subject: 'evaluation', asOf: any.asOf ?? any.period?.to };
    const name = file ?? `${report.policy}.${report.subject}.${i + 1}`;
    const cases = report.results.map((r) => {
      const open = `<testcase classname="${x(`${report.policy}.${report.subject}`)}" name="${x(`${r.ruleId} [${r.clauses.join(' ')}]`)}"`;
      const message = x(r.message[lang]);
      if (r.status === 'pass') return `${open}/>`;
      // Advice (一般 / 可以) never fails a build: reported, as a skipped case with its message.
      if (r.severity === 'advice') return `${open}><skipped message="${x(`${ADVICE[lang]}: `)}${message}"/></testcase>`;
      if (r.status === 'not_applicable') return `${open}><skipped message="${message}"/></testcase>`;
      if (r.status === 'unknown')
        return `${open}><error type="unknown" message="${message}">${x((r.missing ?? []).join(', '))}</error></testcase>`;
      return `${open}><failure type="fail" message="${message}">${x(JSON.stringify({ expected: r.expected, actual: r.actual }))}</failure></testcase>`;
    });
    const errors = report.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      // One problem a line: each line's own control characters written out, the line breaks between them kept.
      const text = errors.map((p) => x(`${pathText(p.path, lang)}: ${p.message[lang]}`)).join('\n');
      cases.unshift(
        `<testcase classname="${x(`${report.policy}.${report.subject}`)}" name="input"><failure type="invalid" message="${x(errors[0]?.message[lang])}">${text}</failure></testcase>`,
      );
    }
    // Who and what, for a person reading the CI server's page: the document, its issuer,
    // the subject and the applicant body, and the date checked.
    const doc = report.document;
    const facts: [string, unknown][] = [
      ['document', doc ? `${doc.title[lang]}${doc.docNumber ? ` ${doc.docNumber}` : ''}` : undefined],
      ['issuer', doc?.issuer?.[lang]],
      ['subject', 'subjectLabel' in report ? report.subjectLabel?.[lang] : undefined],
      ['name', report.name],
      ['applicant', 'applicant' in report ? report.applicant : undefined],
      ['asOf', report.asOf],
    ];
    const properties = `<properties>${facts
      .filter(([, value]) => typeof value === 'string' && value !== '')
      .map(([key, value]) => `<property name="${key}" value="${x(value)}"/>`)
      .join('')}</properties>`;
    const advice = (r: { severity?: string }) => r.severity === 'advice';
    const count = (s: string) => report.results.filter((r) => r.status === s && !advice(r)).length;
    const skipped = report.results.filter(
      (r) => r.status === 'not_applicable' || (advice(r) && r.status !== 'pass'),
    ).length;
    return `<testsuite name="${x(name)}" tests="${cases.length}" failures="${count('fail') + (errors.length > 0 ? 1 : 0)}" errors="${count('unknown')}" skipped="${skipped}" timestamp="${timestamp}">
${properties}
${cases.join('\n')}
</testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="chuangye check">\n${suites.join('\n')}\n</testsuites>\n`;
}
