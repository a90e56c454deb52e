// Every kind of report (a check, an evaluation, a procedure timeline, a deadline) read
// into one view: who and what first, a summary, then findings grouped by clause with each
// clause quoted once. Text, Markdown, HTML and JUnit render this view; all are pure
// functions of the report, which carries the texts and labels it needs.
import type { CalendarUse } from '../calendar/calendar.js';
import type { PeriodResult } from '../calendar/periods.js';
import type { EvaluationReport } from '../core/grading.js';
import type { StepStatus, TimelineStep } from '../core/procedure.js';
import type {
  Bilingual,
  Clause,
  InputProblem,
  Lang,
  OutcomeStatus,
  Report,
  ReportDocument,
  RuleResult,
} from '../core/types.js';
import { describeCalendarUse } from './ics.js';
import { ADVICE, basisWords, STANDING, STATUS_LABELS, UI, VERDICT_LABELS } from './labels.js';

/** A procedure's dated steps, as `procedureTimeline` gives them (the command adds ids). */
export interface TimelineReport {
  steps: readonly TimelineStep[];
  calendar?: CalendarUse;
  policy?: string;
  procedure?: string | { id: string; label: Bilingual };
  asOf?: string;
  /** The problems with the record of dates, where it was read from input. */
  problems?: readonly InputProblem[];
  /** How the procedure ended other than by running every step (core/procedure.ts ProcedureOutcome). */
  outcome?: { status: string; clauses: readonly string[]; reason: Bilingual; next: Bilingual | null };
}

/** A deadline: a period's last day (calendar/periods), or the day n full years are reached. */
export type DeadlineReport =
  | PeriodResult
  | { kind: string; start: string; last: string; explanation: Bilingual; calendar?: CalendarUse };

export type AnyReport = Report | EvaluationReport | TimelineReport | DeadlineReport;
export type ReportKind = 'check' | 'evaluation' | 'timeline' | 'deadline';

export function kindOf(report: AnyReport): ReportKind {
  if (typeof report !== 'object' || report === null) throw new TypeError('not a report');
  if ('verdict' in report) return 'check';
  if ('gradeLabel' in report) return 'evaluation';
  if ('steps' in report) return 'timeline';
  if ('last' in report && 'explanation' in report) return 'deadline';
  throw new TypeError('not a report');
}

export interface Row {
  status: OutcomeStatus;
  /** A shortfall against advice (一般 / 可以): shown as advice, never as a failure. */
  advice: boolean;
  statusWords: string;
  /** The finding, input paths replaced by their labels. */
  message: string;
  /**
   * A missing fact several rules wait on is said once: the clauses of the rules waiting
   * on it (one entry per rule), in the text's order. Empty for a row of one rule.
   */
  waiting: string[];
  /** Clause ids cited beside the conclusion. */
  citation: string;
  /** The same, short: sub-items of the first clause by their own numbers ('二（三）、1、2、3'). */
  shortCitation: string;
  /** What to supply: labels (or paths where no label exists) and the paths, for machines. */
  supply: { label: string; path: string }[];
  ruleId: string;
  /** Every rule the row speaks for (several where a finding is said once for them). */
  ruleIds: string[];
}

export interface Group {
  clause: string | null;
  /** The clause's words, quoted once; null when the report does not carry them. */
  text: string | null;
  rows: Row[];
}

export interface View {
  kind: ReportKind;
  lang: Lang;
  /** The document: title and number (the policy id when the report does not carry it). */
  title: string;
  docNumber: string | null;
  /** Guidance texts do not bind: the header says so. */
  notBinding: boolean;
  /** Computed with changed parameters: not the text's verdict, said in the header. */
  reform: string | null;
  /** The kind of report in words, the page's visible heading ('政策条件核验报告'). */
  kindTitle: string;
  /** Who issued the text checked against ('人力资源社会保障部…'), where the report carries it. */
  issuer: string | null;
  subject: string | null;
  name: string | null;
  /** The applicant body from the input (the carrier, the host), where given. */
  applicant: string | null;
  /**
   * An evaluation's standard and whether it is official, printed beside the grade at the
   * same size: a grade under the library's default standard is not an official grade.
   */
  standing: string | null;
  /** Label/value pairs under the title: date checked, period, calendar, standard. */
  meta: { label: string; value: string }[];
  verdict: { code: string; words: string; tone: 'good' | 'bad' | 'open' | 'invalid' };
  counts: { status: OutcomeStatus; words: string; n: number }[];
  reasons: string[];
  groups: Group[];
  problems: { severity: string; where: string; message: string }[];
  /** Evaluation scores by area, where there are any. */
  areas: {
    label: string;
    clause: string;
    points: string;
    max: string;
    items: { label: string; points: string; max: string; supply: string }[];
  }[];
  /** Timeline steps, where the report is a timeline. */
  steps: { due: string; label: string; status: string; done: string; clauses: string }[];
  footer: string[];
}

const t = (key: string, lang: Lang): string => UI[key]?.[lang] ?? key;

/** The label of an input path, or the path itself where the report carries none. */
function labelOf(path: string, fields: Record<string, Bilingual> | undefined, lang: Lang): string {
  const label = fields && Object.hasOwn(fields, path) ? fields[path] : undefined;
  return label ? label[lang] : path;
}

/** A letter, digit or path character: a path inside a longer word ('systems' in 'Management systems') is not the path. */
const WORDISH = /[A-Za-z0-9_[\]]/u;

/**
 * The message with each named path replaced by its label: whole occurrences only (no
 * pattern over input text), so 'Management systems: … supply systems' names the path once.
 */
function labelled(
  message: string,
  paths: readonly string[],
  fields: Record<string, Bilingual> | undefined,
  lang: Lang,
) {
  let out = message;
  for (const p of paths) {
    const label = labelOf(p, fields, lang);
    if (label === p || p.length === 0) continue;
    let next = '';
    let from = 0;
    for (let at = out.indexOf(p); at >= 0; at = out.indexOf(p, at + p.length)) {
      const before = at > 0 ? (out[at - 1] as string) : '';
      const after = out[at + p.length] ?? '';
      const longer = after === '.' && WORDISH.test(out[at + p.length + 1] ?? '');
      if ((before && (WORDISH.test(before) || before === '.')) || (after && WORDISH.test(after)) || longer) continue;
      next += out.slice(from, at) + label;
      from = at + p.length;
    }
    out = next + out.slice(from);
  }
  return out;
}

function rowOf(r: RuleResult, fields: Record<string, Bilingual> | undefined, lang: Lang): Row {
  const missing = r.status === 'unknown' && Array.isArray(r.missing) ? r.missing.map(String) : [];
  const advice = r.severity === 'advice' && (r.status === 'fail' || r.status === 'unknown');
  return {
    status: r.status,
    advice,
    statusWords: advice ? ADVICE[lang] : (STATUS_LABELS[r.status]?.[lang] ?? String(r.status)),
    message: labelled(String(r.message?.[lang] ?? ''), missing, fields, lang),
    waiting: [],
    citation: Array.isArray(r.clauses) ? r.clauses.map(String).join(lang === 'zh' ? '、' : ', ') : '',
    shortCitation: '',
    supply: missing.map((path) => ({ path, label: labelOf(path, fields, lang) })),
    ruleId: String(r.ruleId),
    ruleIds: [String(r.ruleId)],
  };
}

function shortCitation(ids: readonly string[], group: string, lang: Lang): string {
  const parts = ids.map((id, i) => (i > 0 && id !== group && id.startsWith(group) ? id.slice(group.length) : id));
  return parts.join(lang === 'zh' ? '、' : ', ');
}

/** The words before a missing-fact message's own sentence: what the rule checks ('专项资金管理制度'). */
function titleOf(r: RuleResult, lang: Lang): string {
  if (r.code !== 'missing') return '';
  const message = String(r.message?.[lang] ?? '');
  const at = message.indexOf(lang === 'zh' ? '：' : ': ');
  return at > 0 ? message.slice(0, at) : '';
}

/**
 * One group per clause, in the text's order (results without a clause first). A finding
 * is said once: rules waiting on the same missing facts share one row that lists them, and
 * rules with the same words (a candidate's eight "no term given") share one row citing
 * every clause.
 */
function groupsOf(
  results: readonly RuleResult[],
  cited: readonly Clause[] | undefined,
  fields: Record<string, Bilingual> | undefined,
  lang: Lang,
): Group[] {
  const texts = new Map<string, string>();
  const order = new Map<string, number>();
  for (const c of cited ?? []) {
    texts.set(c.id, c.text);
    order.set(c.id, order.size);
  }
  const rank = (clause: string | null) => (clause === null ? -1 : (order.get(clause) ?? Number.MAX_SAFE_INTEGER));
  interface Merged {
    row: Row;
    clauses: string[];
    members: { ruleId: string; clause: string; title: string; advice: boolean }[];
  }
  const merged = new Map<string, Merged>();
  for (const r of results) {
    const row = rowOf(r, fields, lang);
    const clauses = Array.isArray(r.clauses) ? r.clauses.map(String) : [];
    const key =
      row.status === 'unknown' && row.supply.length > 0
        ? `missing\u0000${row.supply
            .map((s) => s.path)
            .sort()
            .join('\u0000')}`
        : `${row.status}\u0000${row.advice}\u0000${row.message}`;
    const member = { ruleId: row.ruleId, clause: clauses[0] ?? '', title: titleOf(r, lang), advice: row.advice };
    const entry = merged.get(key);
    if (!entry) {
      merged.set(key, { row, clauses: [...clauses], members: [member] });
      continue;
    }
    if (entry.members.some((m) => m.ruleId === member.ruleId)) continue;
    entry.members.push(member);
    entry.row.ruleIds.push(member.ruleId);
    for (const c of clauses) if (!entry.clauses.includes(c)) entry.clauses.push(c);
    // A requirement among the rules waiting makes the row a requirement, not advice.
    if (!row.advice && entry.row.advice) {
      entry.row.advice = false;
      entry.row.statusWords = row.statusWords;
    }
  }
  const groups = new Map<string, Group>();
  const sep = lang === 'zh' ? '、' : ', ';
  for (const { row, clauses, members } of merged.values()) {
    // One rule keeps its own order of clauses; several are cited in the text's order.
    const list = members.length > 1 ? [...clauses].sort((a, b) => rank(a) - rank(b)) : clauses;
    const clause = list[0] ?? null;
    if (members.length > 1) {
      row.citation = list.join(sep);
      if (row.status === 'unknown' && row.supply.length > 0) {
        row.waiting = waitingOf(members, lang);
        row.message = missingOnce(row, members.length, lang);
      }
    }
    if (clause !== null) row.shortCitation = shortCitation(list, clause, lang);
    const id = clause ?? '';
    let group = groups.get(id);
    if (!group) {
      const text = clause === null ? undefined : texts.get(clause);
      group = { clause, text: clause === null || text === undefined ? null : withoutOwnNumber(clause, text), rows: [] };
      groups.set(id, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()].sort((a, b) => rank(a.clause) - rank(b.clause));
}

/**
 * A clause's words without the number they start with, where the id printed beside them
 * ends in it: '二（一）2' and '2．场地…' print as '二（一）2 场地…', not '二（一）2 2．场地…'.
 */
export function withoutOwnNumber(clause: string, text: string): string {
  const m =
    /^\s*(第[一二三四五六七八九十百零]+条|[（(][一二三四五六七八九十\d]+[）)]|\d+|[一二三四五六七八九十]+)([．.、]?)\s*/u.exec(
      text,
    );
  if (!m) return text;
  const number = (m[1] as string).replace('(', '（').replace(')', '）');
  // A bare number needs its full stop or comma to be the item's own number (not '2026年…').
  if (/^[\d一二三四五六七八九十]+$/u.test(number) && m[2] === '') return text;
  return clause.endsWith(number) && m[0].length < text.length ? text.slice(m[0].length) : text;
}

/** The rules waiting on one missing fact, by clause and what each checks; the same twice counted. */
function waitingOf(members: readonly { clause: string; title: string; advice: boolean }[], lang: Lang): string[] {
  const out = new Map<string, { n: number; advice: number }>();
  // A title several rules of one clause share names none of them (a helper's shared words): the clause alone then.
  const shared = (m: { clause: string; title: string }) =>
    members.filter((x) => x.clause === m.clause && x.title === m.title).length > 1;
  for (const m of members) {
    const key = `${m.clause}${m.title && !shared(m) ? ` ${m.title}` : ''}`;
    const seen = out.get(key) ?? { n: 0, advice: 0 };
    seen.n++;
    if (m.advice) seen.advice++;
    out.set(key, seen);
  }
  return [...out].map(([key, { n, advice }]) => {
    const soft =
      advice === 0 ? '' : advice === n ? ADVICE[lang] : lang === 'zh' ? `其中${advice}项为建议` : `${advice} advice`;
    if (lang === 'zh')
      return `${key}${n > 1 || soft ? `（${[n > 1 ? `${n}项` : '', soft].filter(Boolean).join('，')}）` : ''}`;
    const count = n > 1 ? `${n} rules` : '';
    return `${key}${count || soft ? ` (${[count, soft].filter(Boolean).join(', ')})` : ''}`;
  });
}

/** The one line for a missing fact several rules wait on. */
function missingOnce(row: Row, rules: number, lang: Lang): string {
  const labels = row.supply.map((s) => s.label).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh'
    ? `${labels}：缺少数据，${rules}项条件待其核验`
    : `${labels.charAt(0).toUpperCase()}${labels.slice(1)}: data missing; ${rules} ${rules === 1 ? 'condition waits' : 'conditions wait'} on it`;
}

/** Counts by status; advice shortfalls are counted apart, as advice, not as failures. */
function countsOf(results: readonly RuleResult[], lang: Lang): View['counts'] {
  const statuses: OutcomeStatus[] = ['pass', 'fail', 'unknown', 'not_applicable'];
  const isAdvice = (r: RuleResult) => r.severity === 'advice' && (r.status === 'fail' || r.status === 'unknown');
  const counts: View['counts'] = statuses.map((status) => ({
    status,
    words: STATUS_LABELS[status][lang],
    n: results.filter((r) => r.status === status && !isAdvice(r)).length,
  }));
  counts.push({ status: 'unknown', words: ADVICE[lang], n: results.filter(isAdvice).length });
  return counts.filter((c) => c.n > 0);
}

function problemsOf(problems: readonly InputProblem[], fields: Record<string, Bilingual> | undefined, lang: Lang) {
  return problems.map((p) => {
    const path = Array.isArray(p.path) ? p.path.map(String).join('.') : '';
    return {
      severity: t(String(p.severity), lang),
      where: path === '' ? t('root', lang) : labelOf(path, fields, lang),
      message: labelled(String(p.message?.[lang] ?? ''), path === '' ? [] : [path], fields, lang),
    };
  });
}

function header(doc: ReportDocument | undefined, fallback: string, lang: Lang) {
  return {
    title: doc ? doc.title[lang] : fallback,
    issuer: doc?.issuer ? doc.issuer[lang] : null,
    docNumber: doc?.docNumber ?? null,
    notBinding: doc ? doc.binding === false : false,
  };
}

/** The readings and changed values a report was computed under, one header line each. */
function underOf(report: Pick<Report, 'parameters' | 'reform'>, lang: Lang) {
  const meta = (report.parameters ?? []).map((a) => ({
    label: t(a.kind === 'reform' ? 'changedParameter' : 'reading', lang),
    value:
      lang === 'zh'
        ? `${a.label.zh}（${a.id}）= ${JSON.stringify(a.value)}，原为 ${JSON.stringify(a.replaced)}；${a.clause}“${a.quote}”`
        : `${a.label.en} (${a.id}) = ${JSON.stringify(a.value)}, was ${JSON.stringify(a.replaced)}; ${a.clause} "${a.quote}"`,
  }));
  return { meta, reform: report.reform ? report.reform[lang] : null };
}

/**
 * The reasons that decide the verdict, in plain words: at most `limit` of each kind, the
 * rest counted. An invalid input gives its errors and the conditions that fail all the
 * same (a 95 m² venue fails whatever else the file gets wrong).
 */
function reasonsOf(verdict: string, rows: Row[], problems: View['problems'], lang: Lang, limit = 3): string[] {
  const failing = rows.filter((r) => r.status === 'fail' && !r.advice);
  const failures = failing
    .slice(0, limit)
    .map((r) => r.message)
    .concat(more(failing.length, limit, 'fail', lang));
  if (verdict === 'invalid' || verdict === 'undecided-invalid') {
    const errors = problems.filter((p) => p.severity === t('error', lang));
    return errors
      .slice(0, limit)
      .map((p) => `${p.where}: ${p.message}`)
      .concat(more(errors.length, limit, 'error', lang), failures);
  }
  if (failing.length > 0) return failures;
  // Not applicable (a date outside the text's force): nothing was met — say why, citing the clause.
  if (verdict === 'not_applicable') {
    const why = rows.filter((r) => r.status === 'not_applicable').map((r) => r.message);
    if (why.length > 0) return why.slice(0, limit);
  }
  const open = rows.filter((r) => r.status === 'unknown' && !r.advice);
  if (open.length > 0) {
    const labels = [...new Set(open.flatMap((r) => r.supply.map((s) => s.label)))];
    return [
      `${t('supply', lang)}: ${labels.slice(0, 8).join(lang === 'zh' ? '、' : ', ')}${labels.length > 8 ? ' …' : ''}`,
    ];
  }
  return [t('allMet', lang)];
}

function more(n: number, limit: number, kind: 'fail' | 'error', lang: Lang): string[] {
  if (n <= limit) return [];
  const k = n - limit;
  if (kind === 'error')
    return [lang === 'zh' ? `另有${k}处输入错误` : `and ${k} more input ${k === 1 ? 'error' : 'errors'}`];
  return [lang === 'zh' ? `另有${k}项不符合` : `and ${k} more failing`];
}

function checkView(report: Report, lang: Lang): View {
  const under = underOf(report, lang);
  const groups = groupsOf(report.results, report.cited, report.fields, lang);
  const rows = groups.flatMap((g) => g.rows);
  const problems = problemsOf(report.problems, report.fields, lang);
  const tone =
    report.verdict === 'eligible'
      ? 'good'
      : report.verdict === 'ineligible'
        ? 'bad'
        : report.verdict === 'incomplete'
          ? 'open'
          : 'invalid';
  return {
    kind: 'check',
    lang,
    ...header(report.document, String(report.policy), lang),
    kindTitle: t('reportTitle', lang),
    subject: report.subjectLabel?.[lang] ?? String(report.subject),
    name: typeof report.name === 'string' ? report.name : null,
    applicant: typeof report.applicant === 'string' ? report.applicant : null,
    standing: null,
    meta: [{ label: t('asOf', lang), value: String(report.asOf) }, ...under.meta],
    reform: under.reform,
    verdict: {
      code: String(report.verdict),
      words: VERDICT_LABELS[report.verdict]?.[lang] ?? String(report.verdict),
      tone,
    },
    counts: countsOf(report.results, lang),
    reasons: reasonsOf(report.verdict, rows, problems, lang),
    groups,
    problems,
    areas: [],
    steps: [],
    footer: [t('footer', lang)],
  };
}

function evaluationView(report: EvaluationReport, lang: Lang): View {
  const under = underOf(report, lang);
  const groups = groupsOf(report.results, report.cited, report.fields, lang);
  const rows = groups.flatMap((g) => g.rows);
  const problems = problemsOf(report.problems, report.fields, lang);
  const score = report.score ?? (report.scoreRange ? `${report.scoreRange.min} – ${report.scoreRange.max}` : '—');
  const tone =
    report.grade === null ? (problems.length > 0 ? 'invalid' : 'open') : report.grade === 'fail' ? 'bad' : 'good';
  const reasons =
    report.grade === null || report.grade === 'fail'
      ? reasonsOf(problems.some((p) => p.severity === t('error', lang)) ? 'invalid' : 'x', rows, problems, lang)
      : [`${t('score', lang)}: ${score}`];
  // Why there is no grade, or why a year with a passing score fails, comes first.
  if (report.grade === null && report.notGraded) {
    const allMet = reasons.indexOf(t('allMet', lang));
    if (allMet >= 0) reasons.splice(allMet, 1);
    reasons.unshift(report.notGraded.reason[lang]);
  }
  if (report.consequence) reasons.push(`${t('consequence', lang)}: ${report.consequence[lang]}`);
  return {
    kind: 'evaluation',
    lang,
    ...header(report.document, String(report.policy), lang),
    kindTitle: t('evaluationTitle', lang),
    // The kind of report says it is an evaluation; the header names the studio.
    subject: null,
    name: typeof report.name === 'string' ? report.name : null,
    applicant: null,
    standing: STANDING[report.standard.provenance]?.[lang] ?? null,
    meta: [
      { label: t('period', lang), value: report.period ? `${report.period.from} – ${report.period.to}` : '—' },
      {
        label: t('standard', lang),
        // Its standing is printed beside the grade.
        value: report.standard.label[lang],
      },
      { label: t('score', lang), value: score },
      ...under.meta,
    ],
    reform: under.reform,
    verdict: {
      code: String(report.grade ?? 'undecided'),
      // A fail by a gate alone says so where the grade is printed, with the score beside it.
      words: report.gradeReason ? report.gradeReason.reason[lang] : report.gradeLabel[lang],
      tone,
    },
    counts: countsOf(report.results, lang),
    reasons,
    groups,
    problems,
    areas: report.areas.map((a) => ({
      label: a.label[lang],
      clause: a.clause,
      points: a.points,
      max: a.max,
      items: a.items.map((i) => ({
        label: i.label[lang],
        points: i.points ?? '?',
        max: i.max,
        supply: i.missingPaths
          ? `${t('supply', lang)}: ${i.missingPaths.map((path) => labelOf(path, report.fields, lang)).join(lang === 'zh' ? '、' : ', ')}`
          : '',
      })),
    })),
    steps: [],
    footer: [],
  };
}

const STEP_STATUS: Record<StepStatus, Bilingual> = {
  done: { zh: '已完成', en: 'done' },
  on_time: { zh: '按期完成', en: 'on time' },
  late: { zh: '逾期完成', en: 'late' },
  overdue: { zh: '已逾期', en: 'overdue' },
  pending: { zh: '待办', en: 'pending' },
  premature: { zh: '早于前一步', en: 'premature' },
  projected: { zh: '预计', en: 'projected' },
};

const OUTCOME_WORDS: Record<string, Bilingual> = {
  refused: { zh: '不予办理', en: 'Refused' },
  stopped: { zh: '程序中止', en: 'Stopped' },
  no_publicity: { zh: '不予公示', en: 'Not published' },
};

function timelineView(report: TimelineReport, lang: Lang): View {
  const procedure = typeof report.procedure === 'object' ? report.procedure.label[lang] : (report.procedure ?? '');
  const overdue = report.steps.filter((s) => s.status === 'overdue' || s.status === 'late').length;
  return {
    kind: 'timeline',
    lang,
    title: procedure,
    docNumber: null,
    issuer: null,
    kindTitle: t('timelineTitle', lang),
    notBinding: false,
    reform: null,
    subject: null,
    name: null,
    applicant: null,
    standing: null,
    meta: report.asOf ? [{ label: t('asOf', lang), value: report.asOf }] : [],
    verdict: report.outcome
      ? {
          code: report.outcome.status,
          words: OUTCOME_WORDS[report.outcome.status]?.[lang] ?? report.outcome.status,
          tone: 'bad',
        }
      : {
          code: overdue > 0 ? 'overdue' : 'on_time',
          words: overdue > 0 ? t('stepsLate', lang) : t('stepsOnTime', lang),
          tone: overdue > 0 ? 'bad' : 'good',
        },
    counts: [],
    // The outcome (stopped by an objection, refused, no publicity) says why steps are missing.
    reasons: report.outcome
      ? [
          `${report.outcome.reason[lang]}${lang === 'zh' ? `（${report.outcome.clauses.join('、')}）` : ` (${report.outcome.clauses.join(', ')})`}`,
          ...(report.outcome.next ? [report.outcome.next[lang]] : []),
        ]
      : [],
    groups: [],
    problems: problemsOf(report.problems ?? [], undefined, lang),
    areas: [],
    steps: report.steps.map((s) => ({
      due: `${s.due ?? '—'}${s.period?.provisional ? (lang === 'zh' ? '（暂定）' : ' (provisional)') : ''}`,
      label: s.label[lang],
      status: STEP_STATUS[s.status][lang],
      // A day recorded after the as-of date is shown beside its status (待办 / 预计), not as done.
      done: s.done ?? s.planned ?? '',
      clauses: s.clauses.join(lang === 'zh' ? '、' : ', '),
    })),
    footer: report.calendar ? [describeCalendarUse(report.calendar, lang)] : [],
  };
}

function deadlineView(report: DeadlineReport, lang: Lang): View {
  const provisional = 'provisional' in report && report.provisional === true;
  const basis = 'basis' in report && Array.isArray(report.basis) ? report.basis.map(String) : [];
  return {
    kind: 'deadline',
    lang,
    title: t('deadline', lang),
    docNumber: null,
    issuer: null,
    kindTitle: t('deadlineTitle', lang),
    notBinding: false,
    reform: null,
    subject: null,
    name: null,
    applicant: null,
    standing: null,
    meta: [{ label: t('from', lang), value: report.start }],
    verdict: {
      code: 'last',
      words: `${report.last}${provisional ? (lang === 'zh' ? '（暂定）' : ' (provisional)') : ''}`,
      tone: 'good',
    },
    counts: [],
    reasons: [report.explanation[lang], ...basis.map((b) => basisWords(b, lang))],
    groups: [],
    problems: [],
    areas: [],
    steps: [],
    footer: report.calendar ? [describeCalendarUse(report.calendar, lang)] : [],
  };
}

export function viewOf(report: AnyReport, lang: Lang): View {
  switch (kindOf(report)) {
    case 'check':
      return checkView(report as Report, lang);
    case 'evaluation':
      return evaluationView(report as EvaluationReport, lang);
    case 'timeline':
      return timelineView(report as TimelineReport, lang);
    default:
      return deadlineView(report as DeadlineReport, lang);
  }
}
