// 第十条: the effects a recognised studio owes — a regional exchange every quarter, two
// "four into" activities and two trained backbones every year. The text sets no grades
// (第十一条（三）leaves the review to other documents), so passing or failing a year
// against 第十条 is this library's labelled reading; a caller's standard replaces it.
import { quartersBetween } from '../../calendar/periods.js';
import { InvalidArgumentError } from '../../core/errors.js';
import type { EvaluationStandard } from '../../core/grading.js';
import { render } from '../../core/messages.js';
import { textValues } from '../../core/parameters.js';
import { atLeast, missing, rule } from '../../core/rules.js';
import type { Bilingual, EvaluationSpec, Outcome, Parameter, Rule, RuleContext } from '../../core/types.js';
import { parsedArgument, plainArgument } from './arguments.js';
import * as p from './parameters.js';
import { type PingdingshanYearRecord as Year, yearRecordSchema } from './schema.js';
import { keyOf } from './studio.js';

type Period = { from: string; to: string };
type Activity = NonNullable<Year['activities']>[number];

const inside = (date: string, from: string, to: string) => date >= from && date <= to;
const earlier = (a: string, b: string) => (a <= b ? a : b);
const later = (a: string, b: string) => (a >= b ? a : b);

/**
 * What a rule of the evaluation sees: the period evaluated, and the day the evaluation is
 * made — a record dated after it is not yet known. Core passes the period's last day as
 * `asOf` and, for a progress query, the period cut at the evaluation day as `period`.
 */
function frameOf(ctx: Pick<RuleContext, 'asOf' | 'period' | 'evaluatedOn'>): { period: Period; known: string } {
  const given = ctx.period ?? { from: ctx.asOf, to: ctx.asOf };
  const period = ctx.evaluatedOn === undefined ? given : { from: given.from, to: later(given.to, ctx.asOf) };
  return { period, known: ctx.evaluatedOn ?? later(ctx.asOf, period.to) };
}

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

function backbones(y: Year, from: string, to: string): number | undefined {
  if (y.backbones === undefined) return undefined;
  const keys = new Set<string>();
  for (const [i, b] of y.backbones.entries()) if (inside(b.date, from, to)) keys.add(keyOf(b, i));
  return keys.size;
}

/** Records dated after the evaluation day, inside a window: not counted, and said. */
function notYet(dates: readonly string[], known: string, from: string, to: string): Bilingual {
  const after = dates.filter((d) => d > known && inside(d, from, to));
  return after.length === 0
    ? { zh: '', en: '' }
    : {
        zh: `；${after.length}条记录日期晚于评价日${known}，未计入`,
        en: `; ${after.length} record${after.length === 1 ? '' : 's'} dated after the evaluation day ${known}, not counted`,
      };
}

/** Why a period (or part of it) is not evaluated, or null when it is. */
type Standing = { na: Outcome } | { from: string; recognitionOpen: boolean };

const notApplicable = (label: Bilingual, zh: string, en: string, extra: object = {}): Outcome => ({
  status: 'not_applicable',
  code: 'not_applicable',
  params: { label, reason: { zh, en } },
  ...extra,
});

/**
 * Whether the period is evaluated, and from which day its yearly minimums count: inside
 * the measures' time (第十四条), after the studio's recognition (the reading effects.year).
 */
function standing(y: Year, ctx: RuleContext, label: Bilingual): Standing {
  const { period, known } = frameOf(ctx);
  const start = ctx.effectiveFrom ?? ctx.param(p.earliestInForce).value;
  if (period.from < start)
    return {
      na: notApplicable(
        label,
        `期间始于${period.from}，早于本办法（${start}）`,
        `the period begins ${period.from}, before the measures (${start})`,
        { expected: { from: start } },
      ),
    };
  const r = y.recognizedOn;
  if (r === undefined) return { from: period.from, recognitionOpen: true };
  if (r > known)
    return {
      na: notApplicable(
        label,
        `认定日期${r}晚于评价日${known}，尚未认定，不计入`,
        `recognised on ${r}, after the evaluation day ${known}: not yet recognised, not counted`,
        { actual: { recognizedOn: r } },
      ),
    };
  const whole = ctx.param(p.evaluationYear).value === 'whole-years';
  if (whole ? r > period.from : r > period.to)
    return {
      na: notApplicable(
        label,
        whole ? `认定于${r}，晚于期间起始日${period.from}` : `认定于${r}，晚于期间${period.to}`,
        whole
          ? `recognised ${r}, after the period began on ${period.from}`
          : `recognised ${r}, after the period ended on ${period.to}`,
        {
          expected: {
            recognizedBy: whole ? period.from : period.to,
            [p.evaluationYear.id]: whole ? 'whole-years' : 'from-recognition',
          },
          actual: { recognizedOn: r },
        },
      ),
    };
  return { from: later(period.from, r), recognitionOpen: false };
}

export interface QuarterOutcome {
  quarter: string;
  from: string;
  to: string;
  /** Exchanges counted: the whole quarter, up to the evaluation day (the part inside the period under 'calendar-in-period'). */
  count: number;
  /**
   * met / short: judged; pending: not over at the evaluation day and not yet met;
   * open: short, but whether the studio was recognised by then is not known;
   * not_applicable: the studio was not recognised for all of it (or the measures did not apply);
   * later: it ends after the period and is judged with the next one;
   * partial: only partly inside the period, under 'calendar-in-period' — reported, never failed.
   */
  status: 'met' | 'short' | 'pending' | 'open' | 'not_applicable' | 'later' | 'partial';
}

/**
 * 第十条1, quarter by quarter: under the default reading each calendar quarter that ends in
 * the period is judged whole, on all its days (records before the period included).
 */
export function quarterOutcomes(
  record: Year,
  period: Period,
  context: Partial<Pick<RuleContext, 'param' | 'evaluatedOn' | 'effectiveFrom'>> = {},
): QuarterOutcome[] | undefined {
  const y = parsedArgument(yearRecordSchema, record, 'record');
  const given = plainArgument(period, 'period');
  const from = parsedArgument(null, given.from, 'period.from');
  const to = parsedArgument(null, given.to, 'period.to');
  plainArgument(context, 'context');
  if (to < from) throw new InvalidArgumentError('period.to', `a date on or after period.from (${from})`, to);
  const evaluatedOn =
    context.evaluatedOn === undefined ? undefined : parsedArgument(null, context.evaluatedOn, 'context.evaluatedOn');
  const param = typeof context.param === 'function' ? context.param : textValues;
  return quartersOf(y, { asOf: to, period: { from, to }, param, ...(evaluatedOn ? { evaluatedOn } : {}) });
}

function quartersOf(y: Year, ctx: RuleContext): QuarterOutcome[] | undefined {
  if (y.activities === undefined) return undefined;
  const { period, known } = frameOf(ctx);
  const n = ctx.param(p.quarterlyExchanges).value;
  const whole = ctx.param(p.quarterReading).value === 'calendar';
  const start = ctx.effectiveFrom ?? ctx.param(p.earliestInForce).value;
  const r = y.recognizedOn;
  return quartersBetween(period.from, period.to).map((q) => {
    const base = { quarter: q.quarter, from: q.from, to: q.to };
    // The days that count: the whole quarter, or (the other reading) its part inside the period.
    const first = whole ? q.from : later(q.from, period.from);
    const last = earlier(whole ? q.to : earlier(q.to, period.to), known);
    const count = last < first ? 0 : (activities(y, 'regional_exchange', first, last) ?? 0);
    if (whole && q.to > period.to) return { ...base, count, status: 'later' };
    if (q.from < start || (r !== undefined && r > q.from)) return { ...base, count, status: 'not_applicable' };
    if (!whole && q.partial) return { ...base, count, status: 'partial' };
    if (count >= n) return { ...base, count, status: 'met' };
    if (q.to > known) return { ...base, count, status: 'pending' };
    return { ...base, count, status: r === undefined ? 'open' : 'short' };
  });
}

const listOf = (qs: readonly QuarterOutcome[], lang: 'zh' | 'en') =>
  qs.map((q) => q.quarter).join(lang === 'zh' ? '、' : ', ');

function quarterly(y: Year, ctx: RuleContext): Outcome {
  const label = ctx.param(p.quarterlyExchanges).label;
  const here = standing(y, ctx, label);
  if ('na' in here) return here.na;
  const quarters = quartersOf(y, ctx);
  if (quarters === undefined) return missing(label, ['activities']);
  const n = ctx.param(p.quarterlyExchanges).value;
  const { period, known } = frameOf(ctx);
  const of = (status: QuarterOutcome['status']) => quarters.filter((q) => q.status === status);
  const short = of('short');
  const pending = of('pending');
  const open = of('open');
  const judged = quarters.filter((q) => ['met', 'short', 'pending', 'open'].includes(q.status));
  const notes = (lang: 'zh' | 'en') => {
    const zh = lang === 'zh';
    const parts: string[] = [];
    if (pending.length > 0)
      parts.push(
        zh
          ? `${pending.map((q) => `${q.quarter}尚未结束（至${q.to}），截至${known}已${q.count}次，还需${n - q.count}次`).join('；')}`
          : pending
              .map((q) => `${q.quarter} is not over (ends ${q.to}): ${q.count} by ${known}, ${n - q.count} more needed`)
              .join('; '),
      );
    if (open.length > 0)
      parts.push(
        zh
          ? `${listOf(open, lang)}未达到，是否已认定待补充认定日期`
          : `${listOf(open, lang)} short; whether recognised by then needs the recognition date`,
      );
    const na = of('not_applicable');
    if (na.length > 0)
      parts.push(
        zh
          ? `${listOf(na, lang)}在认定前（或本办法试行前），不适用`
          : `${listOf(na, lang)} before recognition (or the measures): not applicable`,
      );
    const next = of('later');
    if (next.length > 0)
      parts.push(
        zh
          ? `${listOf(next, lang)}止于期间之后，属下一评价期间`
          : `${listOf(next, lang)} ends after the period and belongs to the next`,
      );
    const partial = of('partial');
    if (partial.length > 0)
      parts.push(
        zh
          ? `不完整季度仅列示：${partial.map((q) => `${q.quarter}（${q.count}）`).join('、')}`
          : `partial quarters shown only: ${partial.map((q) => `${q.quarter} (${q.count})`).join(', ')}`,
      );
    const dates = (y.activities ?? []).filter((a) => a.kind === 'regional_exchange').map((a) => a.date);
    const after = notYet(
      dates,
      known,
      quarters[0]?.from ?? period.from,
      quarters[quarters.length - 1]?.to ?? period.to,
    )[lang];
    return (parts.length > 0 ? (zh ? '；' : '; ') + parts.join(zh ? '；' : '; ') : '') + after;
  };
  const base = {
    expected: { perQuarter: n, [p.quarterReading.id]: ctx.param(p.quarterReading).value },
    actual: quarters,
  };
  const head = { zh: `每季度至少组织${n}次区域性服务交流指导`, en: `At least ${n} regional exchange a quarter` };
  if (short.length > 0)
    return {
      ...base,
      status: 'fail',
      code: 'quarters_short',
      message: {
        zh: `${head.zh}：${listOf(short, 'zh')}未达到${notes('zh')}`,
        en: `${head.en}: not met in ${listOf(short, 'en')}${notes('en')}`,
      },
    };
  if (pending.length > 0 || open.length > 0 || here.recognitionOpen)
    return {
      ...base,
      status: 'unknown',
      code: pending.length > 0 ? 'quarters_pending' : 'quarters_open',
      message: {
        zh: `${head.zh}：尚无法判定${notes('zh')}`,
        en: `${head.en}: not yet decidable${notes('en')}`,
      },
      missing: [
        ...(pending.length > 0 ? ['activities'] : []),
        ...(open.length > 0 || here.recognitionOpen ? ['recognizedOn'] : []),
      ],
    };
  if (judged.length === 0)
    return {
      ...base,
      ...notApplicable(
        label,
        `评价期间内无可评价的季度${notes('zh')}`,
        `no quarter to judge in the period${notes('en')}`,
      ),
    };
  return {
    ...base,
    status: 'pass',
    code: 'quarters_met',
    message: {
      zh: `${head.zh}：${listOf(judged, 'zh')}均已达到${notes('zh')}`,
      en: `${head.en}: met in ${listOf(judged, 'en')}${notes('en')}`,
    },
  };
}

/**
 * A yearly minimum (第十条2, 3): counted from the period's first day (or the recognition,
 * under 'from-recognition') to its last, records after the evaluation day left out. A year
 * not over is pending until met; one not evaluated is not applicable.
 */
function yearly(
  y: Year,
  ctx: RuleContext,
  param: Parameter<number>,
  count: (from: string, to: string) => number | undefined,
  dates: readonly string[],
  path: string,
): Outcome {
  const chosen = ctx.param(param);
  const here = standing(y, ctx, chosen.label);
  if ('na' in here) return here.na;
  const { period, known } = frameOf(ctx);
  const last = earlier(period.to, known);
  const c = last < here.from ? (count(here.from, here.from) === undefined ? undefined : 0) : count(here.from, last);
  if (c === undefined) return missing(chosen.label, [path]);
  const o = atLeast(chosen, c, path);
  const after = notYet(dates, known, here.from, period.to);
  const said = (x: Outcome): Outcome => {
    const m = x.message ?? render(x.code, x.params);
    return { ...x, message: { zh: m.zh + after.zh, en: m.en + after.en } };
  };
  if (o.status === 'pass') return said(o);
  if (known < period.to)
    return said({
      ...o,
      status: 'unknown',
      code: 'year_pending',
      message: {
        zh: `${chosen.label.zh}：每年至少${chosen.value}，评价期间至${period.to}尚未结束，截至${known}已${c}，还需${chosen.value - c}`,
        en: `${chosen.label.en}: at least ${chosen.value} a year; the period runs to ${period.to}, ${c} by ${known}, ${chosen.value - c} more needed`,
      },
      missing: [path],
    });
  if (here.recognitionOpen) return said({ ...o, status: 'unknown', missing: ['recognizedOn'] });
  return said(o);
}

/**
 * Whether the period can be evaluated: inside the measures' time (第十四条) and after the
 * studio's recognition (the reading effects.year).
 */
export const applicability = rule<Year>({
  id: 'pingdingshan.effects.applicable',
  clauses: ['第十条', '第十四条'],
  provenance: 'interpretation',
  title: { zh: '评价期间在认定之后、本办法试行期间内', en: 'The period follows recognition, under the measures' },
  check: (y, ctx) => {
    const label = ctx.param(p.evaluationYear).label;
    const here = standing(y, ctx, label);
    if ('na' in here) return here.na;
    if (here.recognitionOpen) return missing(label, ['recognizedOn']);
    const { period } = frameOf(ctx);
    return {
      status: 'pass',
      code: 'applicable',
      message: {
        zh: `认定于${y.recognizedOn}，评价期间${period.from}至${period.to}${here.from > period.from ? `（自认定日${here.from}起计）` : ''}`,
        en: `recognised ${y.recognizedOn}; evaluating ${period.from} to ${period.to}${here.from > period.from ? ` (counted from the recognition, ${here.from})` : ''}`,
      },
    };
  },
});

const dated = (list: readonly { date: string }[] | undefined) => (list ?? []).map((x) => x.date);

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
    check: (y, ctx) =>
      yearly(
        y,
        ctx,
        p.fourIntoActivities,
        (from, to) => activities(y, 'four_into', from, to),
        dated(y.activities?.filter((a) => a.kind === 'four_into')),
        'activities',
      ),
  }),
  rule({
    id: 'pingdingshan.effects.backbones',
    clauses: ['第十条3'],
    provenance: 'text',
    title: { zh: '每年至少培养2名创业服务工作骨干', en: 'At least 2 service backbones trained a year' },
    check: (y, ctx) =>
      yearly(y, ctx, p.backbonesTrained, (from, to) => backbones(y, from, to), dated(y.backbones), 'backbones'),
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
  // The counts a caller's standard reads: inside the period, up to the evaluation day.
  counts: (y, period, ctx) => {
    const to = earlier(period.to, frameOf(ctx).known);
    return {
      regionalExchanges: activities(y, 'regional_exchange', period.from, to),
      quartersMet: quartersOf(y, { ...ctx, period })?.filter((q) => q.status === 'met').length,
      fourIntoActivities: activities(y, 'four_into', period.from, to),
      backbones: backbones(y, period.from, to),
    };
  },
  // 第十一条（一）年度评价: the calendar year. Without from/to, the latest that ended before
  // the as-of date; with progress, the one running on it.
  defaultPeriod: (_y, asOf, progress) => {
    const year = Number(asOf.slice(0, 4)) - (progress ? 0 : 1);
    if (year < 1)
      return {
        code: 'period_unknown',
        reason: {
          zh: `${asOf}之前没有完整的公历年度：请以 --from/--to（from、to）给出评价期间`,
          en: `No calendar year ended before ${asOf}: give the period with --from/--to (from, to)`,
        },
      };
    const y = String(year).padStart(4, '0');
    return { from: `${y}-01-01`, to: `${y}-12-31` };
  },
  assessments: (y) => y.assessments ?? {},
  gradeClauses: ['第十条', '第十一条（三）', '第十一条（四）2'],
  consequenceOfFail: {
    zh: '经考核评估不合格的，限期整改；仍不达标的，强制退出（第十一条（四）2）',
    en: 'A failed assessment is followed by a rectification deadline; still short after it, the studio is forced to exit (第十一条（四）2)',
  },
};
