// 第十条: the effects a recognised studio owes — a regional exchange every quarter, two
// "four into" activities and two trained backbones every year. The text sets no grades
// (第十一条（三）leaves the review to other documents), so passing or failing a year
// against 第十条 is this library's labelled reading; a caller's standard replaces it.
import { quartersBetween } from '../../calendar/periods.js';
import type { EvaluationStandard } from '../../core/grading.js';
import { atLeast, missing, rule } from '../../core/rules.js';
import type { EvaluationSpec, Outcome, Rule, RuleContext } from '../../core/types.js';
import * as p from './parameters.js';
import { type PingdingshanYearRecord as Year, yearRecordSchema } from './schema.js';
import { personKey } from './studio.js';

type Period = { from: string; to: string };
type Activity = NonNullable<Year['activities']>[number];

const periodOf = (ctx: RuleContext): Period => ctx.period ?? { from: ctx.asOf, to: ctx.asOf };
const inside = (date: string, from: string, to: string) => date >= from && date <= to;

/** Two entries are one activity when they share an id, else kind, day, title and place. */
function activityKey(a: Activity): string {
  return a.id !== undefined ? `id:${a.id}` : `${a.kind}|${a.date}|${a.title?.trim() ?? ''}|${a.place ?? ''}`;
}

/** Distinct activities of a kind between two days, inclusive; undefined while none are given. */
function activities(y: Year, kind: Activity['kind'], from: string, to: string): number | undefined {
  if (y.activities === undefined) return undefined;
  const keys = new Set<string>();
  for (const a of y.activities) if (a.kind === kind && inside(a.date, from, to)) keys.add(activityKey(a));
  return keys.size;
}

function backbones(y: Year, period: Period): number | undefined {
  if (y.backbones === undefined) return undefined;
  const keys = new Set<string>();
  for (const [i, b] of y.backbones.entries()) if (inside(b.date, period.from, period.to)) keys.add(personKey(b, i));
  return keys.size;
}

export interface QuarterOutcome {
  quarter: string;
  from: string;
  to: string;
  /** Exchanges inside the quarter and the period. */
  count: number;
  /** 'partial': the quarter lies only partly inside the period — reported, never failed. */
  status: 'met' | 'short' | 'partial';
}

/** 第十条1, quarter by quarter over the period. */
export function quarterOutcomes(y: Year, period: Period): QuarterOutcome[] | undefined {
  if (y.activities === undefined) return undefined;
  return quartersBetween(period.from, period.to).map((q) => {
    // The part of the quarter inside the period (ISO dates compare as strings).
    const from = [q.from, period.from].sort()[1] as string;
    const to = [q.to, period.to].sort()[0] as string;
    const count = activities(y, 'regional_exchange', from, to) ?? 0;
    const status = q.partial ? 'partial' : count >= p.quarterlyExchanges.value ? 'met' : 'short';
    return { quarter: q.quarter, from: q.from, to: q.to, count, status };
  });
}

function quarterly(y: Year, ctx: RuleContext): Outcome {
  const quarters = quarterOutcomes(y, periodOf(ctx));
  if (quarters === undefined) return missing(p.quarterlyExchanges.label, ['activities']);
  const short = quarters.filter((q) => q.status === 'short').map((q) => q.quarter);
  const partial = quarters.filter((q) => q.status === 'partial');
  const whole = quarters.filter((q) => q.status !== 'partial');
  const base = { expected: { perQuarter: p.quarterlyExchanges.value }, actual: quarters };
  const note =
    partial.length > 0
      ? {
          zh: `；不完整季度仅列示：${partial.map((q) => `${q.quarter}（${q.count}）`).join('、')}`,
          en: `; partial quarters shown only: ${partial.map((q) => `${q.quarter} (${q.count})`).join(', ')}`,
        }
      : { zh: '', en: '' };
  if (whole.length === 0)
    return {
      ...base,
      status: 'not_applicable',
      code: 'no_whole_quarter',
      message: { zh: `评价期间内无完整季度${note.zh}`, en: `No whole quarter in the period${note.en}` },
    };
  return short.length > 0
    ? {
        ...base,
        status: 'fail',
        code: 'quarters_short',
        message: {
          zh: `每季度至少组织${p.quarterlyExchanges.value}次区域性服务交流指导：${short.join('、')}未达到${note.zh}`,
          en: `At least ${p.quarterlyExchanges.value} regional exchange a quarter: not met in ${short.join(', ')}${note.en}`,
        },
      }
    : {
        ...base,
        status: 'pass',
        code: 'quarters_met',
        message: {
          zh: `每季度至少组织${p.quarterlyExchanges.value}次区域性服务交流指导：${whole.map((q) => q.quarter).join('、')}均已达到${note.zh}`,
          en: `At least ${p.quarterlyExchanges.value} regional exchange a quarter: met in ${whole.map((q) => q.quarter).join(', ')}${note.en}`,
        },
      };
}

/**
 * Whether the period can be evaluated: inside the measures' time (第十四条) and wholly
 * after the studio's recognition (interpretation: see `evaluationYear`).
 */
export const applicability = rule<Year>({
  id: 'pingdingshan.effects.applicable',
  clauses: ['第十条', '第十四条'],
  provenance: 'interpretation',
  title: { zh: '评价期间在认定之后、本办法试行期间内', en: 'The period follows recognition, under the measures' },
  check: (y, ctx) => {
    const period = periodOf(ctx);
    const label = p.evaluationYear.label;
    const start = ctx.effectiveFrom ?? p.earliestInForce.value;
    const notApplicable = (zh: string, en: string, extra: object): Outcome => ({
      status: 'not_applicable',
      code: 'not_applicable',
      params: { label, reason: { zh, en } },
      ...extra,
    });
    if (period.from < start)
      return notApplicable(
        `期间始于${period.from}，早于本办法（${start}）`,
        `the period begins ${period.from}, before the measures (${start})`,
        {
          expected: { from: start },
        },
      );
    if (y.recognizedOn === undefined) return missing(label, ['recognizedOn']);
    if (y.recognizedOn > period.from)
      return notApplicable(
        `认定于${y.recognizedOn}，晚于期间起始日${period.from}`,
        `recognised ${y.recognizedOn}, after the period began on ${period.from}`,
        { expected: { recognizedBy: period.from }, actual: { recognizedOn: y.recognizedOn } },
      );
    return {
      status: 'pass',
      code: 'applicable',
      message: {
        zh: `认定于${y.recognizedOn}，评价期间${period.from}至${period.to}`,
        en: `recognised ${y.recognizedOn}; evaluating ${period.from} to ${period.to}`,
      },
    };
  },
});

export const gates: Rule<Year>[] = [
  rule({
    id: 'pingdingshan.effects.quarterly_exchange',
    clauses: ['第十条', '第十条1'],
    provenance: 'interpretation',
    title: { zh: '每季度至少1次区域性服务交流指导', en: 'At least 1 regional exchange every quarter' },
    check: quarterly,
  }),
  rule({
    id: 'pingdingshan.effects.four_into',
    clauses: ['第十条2'],
    provenance: 'text',
    title: { zh: '每年至少2次“四进”主题活动', en: 'At least 2 "four into" activities a year' },
    check: (y, ctx) => {
      const { from, to } = periodOf(ctx);
      return atLeast(p.fourIntoActivities, activities(y, 'four_into', from, to), 'activities');
    },
  }),
  rule({
    id: 'pingdingshan.effects.backbones',
    clauses: ['第十条3'],
    provenance: 'text',
    title: { zh: '每年至少培养2名创业服务工作骨干', en: 'At least 2 service backbones trained a year' },
    check: (y, ctx) => atLeast(p.backbonesTrained, backbones(y, periodOf(ctx)), 'backbones'),
  }),
];

/**
 * The library's reading, used until the caller passes the city's standard: a year passes
 * when every effect of 第十条 is met and fails when one falls short. No scored items, no
 * 优秀/良好.
 */
export const defaultStandard: EvaluationStandard = {
  id: 'chuangye-rules/pingdingshan-pass-fail',
  label: {
    zh: '按第十条判定合格/不合格（本库解释，非官方评鉴办法）',
    en: 'Pass or fail against 第十条 (a reading of this library, not an official standard)',
  },
  note: p.passFailReading.note,
  areas: [],
  cutoffs: { pass: '0' },
};

export const evaluation: EvaluationSpec<Year> = {
  schema: yearRecordSchema,
  defaultStandard,
  defaultProvenance: 'interpretation',
  applicability,
  gates,
  counts: (y, period) => ({
    regionalExchanges: activities(y, 'regional_exchange', period.from, period.to),
    quartersMet: quarterOutcomes(y, period)?.filter((q) => q.status === 'met').length,
    fourIntoActivities: activities(y, 'four_into', period.from, period.to),
    backbones: backbones(y, period),
  }),
  assessments: (y) => y.assessments ?? {},
  gradeClauses: ['第十条', '第十一条（三）', '第十一条（四）2'],
  consequenceOfFail: {
    zh: '经考核评估不合格的，限期整改；仍不达标的，强制退出（第十一条（四）2）',
    en: 'A failed assessment is followed by a rectification deadline; still short after it, the studio is forced to exit (第十一条（四）2)',
  },
};
