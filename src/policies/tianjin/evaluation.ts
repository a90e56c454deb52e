// 四, the annual evaluation: who is evaluated (四（二）), the hard minimums and the veto
// of 四（一）, and a default scoring standard over its five areas. The city issues each
// year's standard (四（二）1), so the standard is a labelled default the caller replaces.
import { anniversaryOfValid } from '../../calendar/date.js';
import { termLastDay, termYear, termYearOn } from '../../calendar/periods.js';
import type { EvaluationStandard, NotGraded } from '../../core/grading.js';
import {
  atLeast,
  decimalGte,
  distinctKey,
  enoughQualified,
  foldDistinct,
  missing,
  rule,
  sameForEveryDate,
} from '../../core/rules.js';
import type {
  Bilingual,
  EvaluationSpec,
  Outcome,
  OutcomeStatus,
  Parameter,
  Rule,
  RuleContext,
} from '../../core/types.js';
import * as p from './parameters.js';
import { type TianjinYearRecord as Year, yearRecordSchema } from './schema.js';

type Period = { from: string; to: string };
const inPeriod = (date: string, period: Period) => date >= period.from && date <= period.to;
// Stryker disable next-line ObjectLiteral: core's evaluate always passes the period; the default keeps the rules total
const periodOf = (ctx: { period?: Period; asOf: string }): Period => ctx.period ?? { from: ctx.asOf, to: ctx.asOf };

const SERVICE_KINDS = new Set(['policy_consultation', 'training', 'exchange_guidance']);

/** Activities of the period by kind; undefined while no activities are given. */
function activityCount(y: Year, period: Period, counts: (a: NonNullable<Year['activities']>[number]) => boolean) {
  return y.activities?.filter((a) => inPeriod(a.date, period) && counts(a)).length;
}

/**
 * 四（一）5: first served in the period, within 3 years of its founding (the anniversary
 * included by default). One date missing leaves the start-up undecided only when some
 * value of it would change the answer (founded in 2001, served in a 2026 period: no).
 */
function newStartupOutcomes(y: Year, period: Period, ctx: RuleContext): Outcome[] {
  const inclusive = ctx.param(p.startupAgeInclusive).value;
  const years = ctx.param(p.startupMaxAgeYears).value;
  const counts = (foundedOn: string, servedOn: string): OutcomeStatus => {
    const third = anniversaryOfValid(foundedOn, years);
    // An anniversary past 9999-12-31 is never reached: every date is within the years.
    const young = third === null || (inclusive ? servedOn <= third : servedOn < third);
    return inPeriod(servedOn, period) && young ? 'pass' : 'fail';
  };
  // Stryker disable next-line ArrayDeclaration: every caller reads the list only after checking it is given, so the fallback is never reached
  return (y.servedStartups ?? []).map((s, i) => {
    const { firstServedOn: served, foundedOn: founded } = s;
    // Stryker disable next-line StringLiteral: an entry's outcome is read only for status 'pass' or 'unknown' (enoughQualified, foldDistinct): a 'fail', its code and params are read by nothing
    if (served !== undefined && founded !== undefined) return { status: counts(founded, served), code: 'present' };
    const path = `servedStartups.${i}.${served === undefined ? 'firstServedOn' : 'foundedOn'}`;
    let decided: OutcomeStatus | undefined;
    if (served === undefined && founded !== undefined) {
      const third = anniversaryOfValid(founded, years);
      decided = sameForEveryDate(
        (d) => counts(founded, d),
        // Stryker disable next-line ConditionalExpression,ArrayDeclaration,EqualityOperator: the day before the period always fails, so its two ends alone decide; the anniversary is listed as sameForEveryDate asks
        third === null ? [period.from, period.to] : [period.from, period.to, third],
      );
    } else if (served !== undefined && founded === undefined) {
      // Founded around `years` before the service is where the answer can turn; before
      // 0001-01-01 it cannot be, and any founding date gives the answer of the first.
      const turn = anniversaryOfValid(served, -years);
      // Stryker disable next-line StringLiteral: any founding date gives this answer (that is why it is decided)
      decided = turn === null ? counts('0001-01-01', served) : sameForEveryDate((d) => counts(d, served), [turn]);
    }
    return decided === undefined
      ? missing(p.minNewStartups.label, [path])
      : // Stryker disable next-line ObjectLiteral,StringLiteral: decided is never 'pass' (a date beside each breakpoint fails), and an entry's outcome is read only for status 'pass' or 'unknown' (enoughQualified, foldDistinct): a 'fail', its code and params are read by nothing
        { status: decided, code: 'present', actual: { decidedWithout: path } };
  });
}

function grownOutcomes(y: Year, period: Period, ctx: RuleContext): Outcome[] {
  const financing = ctx.param(p.growthFinancingYuan).value;
  // Stryker disable next-line ArrayDeclaration: every caller reads the list only after checking it is given, so the fallback is never reached
  return (y.grownStartups ?? []).map((g, i) => {
    // Stryker disable next-line ObjectLiteral,StringLiteral: an entry's outcome is read only for status 'pass' or 'unknown' (enoughQualified, foldDistinct): a 'fail', its code and params are read by nothing
    if (!inPeriod(g.date, period)) return { status: 'fail', code: 'present', params: {} };
    if (g.recognizedAsGrowth === true) return { status: 'pass', code: 'present', params: {} };
    if (g.financingYuan === undefined) {
      return g.recognizedAsGrowth === false
        ? // Stryker disable next-line ObjectLiteral,StringLiteral: an entry's outcome is read only for status 'pass' or 'unknown' (enoughQualified, foldDistinct): a 'fail', its code and params are read by nothing
          { status: 'fail', code: 'present', params: {} }
        : missing(p.minGrownStartups.label, [`grownStartups.${i}.financingYuan`]);
    }
    const enough = decimalGte(g.financingYuan, financing);
    return { status: enough ? 'pass' : 'fail', code: 'present', params: {} };
  });
}

type Keyed = { creditCode?: string | undefined; name?: string | undefined };
/** How two entries are the same (evaluation.distinctBy): by code, else name; or 'entry', every entry on its own. */
const keyOf = (ctx: RuleContext) => {
  const byEntry = ctx.param(p.distinctBy).value === 'entry';
  return {
    enterprise: (e: Keyed) => (byEntry ? undefined : distinctKey(e.creditCode, e.name)),
    project: (x: Keyed) => (byEntry ? undefined : distinctKey(undefined, x.name)),
  };
};

/** One outcome per distinct start-up first served in the period (家: the same one listed twice counts once). */
const newStartups = (y: Year, period: Period, ctx: RuleContext) =>
  // Stryker disable next-line ArrayDeclaration: every caller reads the list only after checking it is given, so the fallback is never reached
  foldDistinct(y.servedStartups ?? [], newStartupOutcomes(y, period, ctx), keyOf(ctx).enterprise, 'servedStartups');
const grownStartups = (y: Year, period: Period, ctx: RuleContext) =>
  // Stryker disable next-line ArrayDeclaration: every caller reads the list only after checking it is given, so the fallback is never reached
  foldDistinct(y.grownStartups ?? [], grownOutcomes(y, period, ctx), keyOf(ctx).enterprise, 'grownStartups');
const incubated = (y: Year, period: Period, ctx: RuleContext) => {
  // Stryker disable next-line ArrayDeclaration: every caller reads the list only after checking it is given, so the fallback is never reached
  const list = y.incubatedProjects ?? [];
  const each: Outcome[] = list.map((x) => ({ status: inPeriod(x.date, period) ? 'pass' : 'fail', code: 'present' }));
  return foldDistinct(list, each, keyOf(ctx).project, 'incubatedProjects');
};
const incubatedCount = (y: Year, period: Period, ctx: RuleContext) =>
  y.incubatedProjects === undefined
    ? undefined
    : incubated(y, period, ctx).outcomes.filter((o) => o.status === 'pass').length;

/** A count of distinct things against its minimum, with the entries counted once. */
function distinctCount(param: Parameter<number>, folded: { outcomes: Outcome[]; duplicates: Outcome['duplicates'] }) {
  const o = enoughQualified(
    param,
    folded.outcomes,
    folded.outcomes.flatMap((x) => x.missing ?? []),
  );
  return folded.duplicates && folded.duplicates.length > 0 ? { ...o, duplicates: folded.duplicates } : o;
}

/** Every date the record gives, in the order of the record. */
function recordDates(y: Year): string[] {
  const out: string[] = [];
  for (const a of y.activities ?? []) out.push(a.date);
  for (const x of y.servedStartups ?? []) if (x.firstServedOn !== undefined) out.push(x.firstServedOn);
  for (const x of y.incubatedProjects ?? []) out.push(x.date);
  for (const x of y.grownStartups ?? []) out.push(x.date);
  return out;
}

/** The first and last of some dates (ISO strings compare as dates). */
function spanOf(dates: readonly string[]): Period {
  let from = dates[0] as string;
  let to = from;
  for (const d of dates) {
    if (d < from) from = d;
    if (d > to) to = d;
  }
  return { from, to };
}

/**
 * 四（二）: "对认定后运行满1年的工作室开展评估". Interpretation: the year of running is a term
 * of one year from recognition (kind D, calendar termPeriod: 2025-06-20 → 2026-06-19,
 * 2024-02-29 → 2025-02-28); a period that reaches its last day may be evaluated. A record
 * whose dates all lie outside the period is not that year's record: it is not graded for
 * it (no 不合格 for a year the record does not cover).
 */
export const applicability = rule<Year>({
  id: 'tianjin.evaluation.full_year',
  clauses: ['四（二）'],
  provenance: 'interpretation',
  title: { zh: '认定后运行满1年', en: 'A full year since recognition' },
  check: (y, ctx) => {
    const { label, value: years } = ctx.param(p.evaluationAfterYears);
    if (y.recognizedOn === undefined) return missing(label, ['recognizedOn']);
    const period = periodOf(ctx);
    const firstYearEnds = years === 0 ? y.recognizedOn : termLastDay(y.recognizedOn, years);
    // null: the years end after 9999-12-31, so no period reaches them.
    if (firstYearEnds === null || period.to < firstYearEnds)
      return {
        status: 'not_applicable',
        code: 'not_applicable',
        params: {
          label,
          reason: {
            zh: `认定于${y.recognizedOn}，运行满${years}年${firstYearEnds === null ? '须至9999-12-31以后' : `至${firstYearEnds}（含）`}，评估期间至${period.to}止`,
            en: `recognised ${y.recognizedOn}; ${years} full year${years === 1 ? '' : 's'} of running end ${firstYearEnds === null ? 'after 9999-12-31' : `on ${firstYearEnds}`}, the period on ${period.to}`,
          },
        },
        expected: { runsTo: firstYearEnds },
        actual: { recognizedOn: y.recognizedOn },
      };
    const dates = recordDates(y);
    // A period that is not one year is refused as such by the evaluation (not_one_year).
    const oneYear = termLastDay(period.from, 1) === period.to;
    if (oneYear && dates.length > 0 && !dates.some((d) => inPeriod(d, period))) {
      const span = spanOf(dates);
      return {
        status: 'unknown',
        code: 'record_outside_period',
        message: {
          zh: `记录中的日期（${span.from}至${span.to}）均不在评估期间（${period.from}至${period.to}）内：不是该年度的记录，不评定等级。请提供该年度的记录，或用 --from/--to 指定记录所属的评估年度`,
          en: `The record's dates (${span.from} to ${span.to}) all lie outside the period (${period.from} to ${period.to}): it is not that year's record, and no grade is given. Supply that year's records, or name the record's own year with --from/--to`,
        },
        expected: { period },
        actual: { dates: span },
      };
    }
    return {
      status: 'pass',
      code: 'years',
      params: { label, required: years, actual: { zh: `自${y.recognizedOn}起`, en: `since ${y.recognizedOn}` } },
      expected: { runsTo: firstYearEnds },
    };
  },
});

const WHAT_TO_SUPPLY: Bilingual = {
  zh: '请补充认定日期（recognizedOn），或用 --from/--to（库：from、to）指定评估期间',
  en: 'Supply the recognition date (recognizedOn), or name the period with --from/--to (library: from, to)',
};

/**
 * 四（二）: the text's year is the studio's own — "每年对认定后运行满1年的工作室开展评估" —
 * beginning on the day of recognition and on each anniversary (calendar termYear). With no
 * period named: the latest such year ended before `asOf`; with `progress`, the one
 * running; while the first year runs, that year (graded once it is over). Without a
 * recognition date the year cannot be found: no grade, and what to supply.
 */
export function tianjinEvaluationYear(y: Year, asOf: string, progress: boolean): Period | NotGraded {
  const recognized = y.recognizedOn;
  if (recognized === undefined)
    return {
      code: 'period_unknown',
      reason: {
        zh: `天津的评估年度自认定之日起逐年计算（四（二）“认定后运行满1年”），记录未给出认定日期。${WHAT_TO_SUPPLY.zh}`,
        en: `Tianjin's evaluation year runs from the day of recognition, year after year (四（二）), and the record gives no recognition date. ${WHAT_TO_SUPPLY.en}`,
      },
    };
  try {
    if (recognized > asOf) {
      // A recognition dated after the as-of date has not happened yet on it.
      const second = termYear(recognized, 1).from;
      return {
        code: 'year_not_over',
        reason: {
          zh: `认定日期${recognized}晚于评估日${asOf}，该日尚未认定；首个评估年度至${termYear(recognized, 0).to}结束，${second}起方可评定等级`,
          en: `Recognised on ${recognized}, after the as-of date ${asOf}: not yet recognised then; the first year ends on ${termYear(recognized, 0).to}, gradable from ${second}`,
        },
        dueOn: second,
      };
    }
    const running = termYearOn(recognized, asOf);
    const year = progress || running.index === 0 ? running : termYear(recognized, running.index - 1);
    return { from: year.from, to: year.to };
  } catch {
    return {
      code: 'period_unknown',
      reason: {
        zh: `认定日期${recognized}起的评估年度超出可计算的日期范围。${WHAT_TO_SUPPLY.zh}`,
        en: `The evaluation years from ${recognized} run past the dates that can be counted. ${WHAT_TO_SUPPLY.en}`,
      },
    };
  }
}

export const gates: Rule<Year>[] = [
  rule({
    id: 'tianjin.evaluation.no_violations',
    clauses: ['四（一）1'],
    provenance: 'text',
    title: p.noViolations,
    check: (y) =>
      y.violations === undefined
        ? missing(p.noViolations, ['violations'])
        : {
            status: y.violations ? 'fail' : 'pass',
            code: y.violations ? 'absent' : 'present',
            params: { label: p.noViolations },
            actual: { violations: y.violations },
          },
  }),
  rule({
    id: 'tianjin.evaluation.service_activities',
    clauses: ['四（一）4', '四（一）4（1）'],
    provenance: 'interpretation',
    title: { zh: '每年至少5场服务交流指导活动', en: 'At least 5 consultation, training or exchange activities a year' },
    check: (y, ctx) =>
      atLeast(
        ctx.param(p.minServiceActivities),
        activityCount(y, periodOf(ctx), (a) => SERVICE_KINDS.has(a.kind)),
        'activities',
      ),
  }),
  rule({
    id: 'tianjin.evaluation.four_into',
    clauses: ['四（一）4（2）'],
    provenance: 'text',
    title: { zh: '每年至少2次“四进”主题活动', en: 'At least 2 "four into" activities a year' },
    check: (y, ctx) =>
      atLeast(
        ctx.param(p.minFourIntoActivities),
        activityCount(y, periodOf(ctx), (a) => a.kind === 'four_into'),
        'activities',
      ),
  }),
  rule({
    id: 'tianjin.evaluation.financing',
    clauses: ['四（一）4（3）'],
    provenance: 'text',
    title: { zh: '每年至少1次融资对接活动', en: 'At least 1 financing match-making event a year' },
    check: (y, ctx) =>
      atLeast(
        ctx.param(p.minFinancingEvents),
        activityCount(y, periodOf(ctx), (a) => a.kind === 'financing_matchmaking'),
        'activities',
      ),
  }),
  rule({
    id: 'tianjin.evaluation.new_startups',
    clauses: ['四（一）5'],
    provenance: 'interpretation',
    title: {
      zh: '每年新服务初创企业（成立3年内）不少于10家',
      en: 'At least 10 newly served start-ups (founded within 3 years) a year',
    },
    check: (y, ctx) => {
      if (y.servedStartups === undefined) return missing(p.minNewStartups.label, ['servedStartups']);
      return distinctCount(ctx.param(p.minNewStartups), newStartups(y, periodOf(ctx), ctx));
    },
  }),
  rule({
    id: 'tianjin.evaluation.incubation',
    clauses: ['四（一）5'],
    provenance: 'text',
    title: { zh: '成功孵化项目不少于3个或成长企业不少于1家', en: 'At least 3 incubated projects or 1 grown start-up' },
    check: (y, ctx) => {
      const period = periodOf(ctx);
      const counted = y.incubatedProjects === undefined ? undefined : incubated(y, period, ctx);
      const projects = {
        ...atLeast(ctx.param(p.minIncubatedProjects), incubatedCount(y, period, ctx), 'incubatedProjects'),
        ...(counted && counted.duplicates.length > 0 ? { duplicates: counted.duplicates } : {}),
      };
      if (projects.status === 'pass') return projects;
      const grown =
        y.grownStartups === undefined
          ? missing(p.minGrownStartups.label, ['grownStartups'])
          : distinctCount(ctx.param(p.minGrownStartups), grownStartups(y, period, ctx));
      if (grown.status === 'pass') return grown;
      const duplicates = [...(projects.duplicates ?? []), ...(grown.duplicates ?? [])];
      if (projects.status === 'fail' && grown.status === 'fail')
        return duplicates.length > 0 ? { ...projects, duplicates } : projects;
      return {
        ...grown,
        status: 'unknown',
        missing: [...(projects.missing ?? []), ...(grown.missing ?? [])],
        ...(duplicates.length > 0 ? { duplicates } : {}),
      };
    },
  }),
];

const assessed = { kind: 'assessed' } as const;
const item = (
  id: string,
  zh: string,
  en: string,
  points: string,
  measure: EvaluationStandard['areas'][number]['items'][number]['measure'] = assessed,
) => ({
  id,
  label: { zh, en },
  points,
  measure,
});

/**
 * The library's default standard, for use until the city's standard for the year is
 * passed in (四（二）1: "制定印发年度评估标准"). Not official: the five areas of 四（一）
 * weigh 20 points each; an area's points are split among the items the text lists;
 * counted items earn their share in proportion to the text's minimum; cutoffs 90/75/60.
 */
export const defaultStandard: EvaluationStandard = standardUnder((q) => q);

/** The default standard with its counted targets read from the parameters in force (a reform moves them). */
function standardUnder(param: RuleContext['param']): EvaluationStandard {
  return {
    id: 'chuangye-rules/tianjin-default',
    label: {
      zh: '本库默认评估标准（非官方，待替换为当年评估标准）',
      en: "The library's default standard (not official; pass the year's standard)",
    },
    note: 'Five areas of 四（一） at 20 points each; cutoffs 90 / 75 / 60.',
    areas: [
      {
        id: 'operations',
        label: { zh: '运营管理', en: 'Operations' },
        clause: '四（一）1',
        items: [
          item('operations.systems', '管理制度健全', 'Complete management systems', '4'),
          item('operations.entry_exit', '准入退出机制完善', 'Entry and exit mechanisms', '4'),
          item('operations.stability', '经营稳定', 'Stable operation', '4'),
          item('operations.direction', '符合发展方向', 'In line with the direction of development', '4'),
          item('operations.publicity', '宣传渠道畅通', 'Open publicity channels', '4'),
        ],
      },
      {
        id: 'venue',
        label: { zh: '场地保障', en: 'Premises' },
        clause: '四（一）2',
        items: [
          item('venue.utilisation', '工作室场地资源高效利用', 'Premises used efficiently', '7'),
          item(
            'venue.layout',
            '咨询服务区和后台办公区配置符合技术要求',
            'Consulting area and back office as required',
            '7',
          ),
          item('venue.equipment', '设备设施运行状态良好', 'Equipment in good working order', '6'),
        ],
      },
      {
        id: 'service',
        label: { zh: '服务能力', en: 'Service capacity' },
        clause: '四（一）3',
        items: [
          item(
            'service.accompaniment',
            '对重点创业项目“跟踪陪跑”，提供定制化帮扶',
            'Accompanying key projects with tailored help',
            '4',
          ),
          item(
            'service.administrative',
            '提供工商注册、税务代办、社保办理、政策咨询等商事与政务服务',
            'Business and government services',
            '4',
          ),
          item('service.investment', '设立孵化基金或联动风险投资机构', 'Incubation fund or venture-capital links', '4'),
          item(
            'service.professional',
            '提供知识产权申请、法律维权、市场拓展等专业支持',
            'IP, legal and market support',
            '4',
          ),
          item('service.chain', '配备“创业苗圃—孵化器—加速器”全链条体系', 'Nursery–incubator–accelerator chain', '4'),
        ],
      },
      {
        id: 'activities',
        label: { zh: '活动支持', en: 'Activities' },
        clause: '四（一）4',
        items: [
          item('activities.service', '服务交流指导活动', 'Consultation, training and exchange activities', '7', {
            kind: 'count',
            count: 'serviceActivities',
            target: param(p.minServiceActivities).value,
          }),
          item('activities.four_into', '“四进”主题活动', '"Four into" activities', '7', {
            kind: 'count',
            count: 'fourIntoActivities',
            target: param(p.minFourIntoActivities).value,
          }),
          item('activities.financing', '融资对接活动', 'Financing match-making events', '6', {
            kind: 'count',
            count: 'financingEvents',
            target: param(p.minFinancingEvents).value,
          }),
        ],
      },
      {
        id: 'incubation',
        label: { zh: '孵化成效', en: 'Incubation results' },
        clause: '四（一）5',
        items: [
          item('incubation.new_startups', '新服务初创企业', 'Newly served start-ups', '6', {
            kind: 'count',
            count: 'newStartups',
            target: param(p.minNewStartups).value,
          }),
          item('incubation.outcomes', '成功孵化项目或成长企业', 'Incubated projects or grown start-ups', '6', {
            kind: 'count',
            count: 'incubationProgress',
            // Progress is already a fraction of the text's minimums (3 projects or 1 grown start-up).
            target: 1,
          }),
          item(
            'incubation.tracking',
            '合理设定孵化周期，建立企业跟踪档案，定期评估成长性',
            'Incubation cycles, tracking files, growth reviews',
            '3',
          ),
          item('incubation.revenue', '服务企业营收实现增长', 'Served enterprises grow their revenue', '3'),
          item('incubation.employment', '服务企业新增就业增长明显', 'Served enterprises create jobs', '2'),
        ],
      },
    ],
    // The hard minimums of 四（一）4–5 and the 违法违纪 veto of 四（一）1, as this default's
    // reading: the year's standard decides (四（二）1), and may keep, change or drop them.
    gates: [
      'tianjin.evaluation.no_violations',
      'tianjin.evaluation.service_activities',
      'tianjin.evaluation.four_into',
      'tianjin.evaluation.financing',
      'tianjin.evaluation.new_startups',
      'tianjin.evaluation.incubation',
    ],
    cutoffs: { excellent: '90', good: '75', pass: '60' },
  };
}

export const evaluation: EvaluationSpec<Year> = {
  schema: yearRecordSchema,
  defaultStandard,
  standardUnder,
  defaultPeriod: tianjinEvaluationYear,
  applicability,
  gates,
  gatesReading: {
    zh: '未达到四（一）4–5的每年最低要求或有违法违纪行为即为不合格；文本将其列为评估内容',
    en: 'an unmet yearly minimum of 四（一）4–5, or a violation, makes the year 不合格; the text lists it as evaluation content',
  },
  counts: (y, period, context) => {
    const passed = (o: Outcome) => o.status === 'pass';
    const served =
      y.servedStartups === undefined ? undefined : newStartups(y, period, context).outcomes.filter(passed).length;
    const projects = incubatedCount(y, period, context);
    const grown =
      y.grownStartups === undefined ? undefined : grownStartups(y, period, context).outcomes.filter(passed).length;
    // A minimum changed to 0 is met by nothing at all: full progress.
    const share = (n: number | undefined, min: number) => (min === 0 ? 1 : (n ?? 0) / min);
    const progress =
      projects === undefined && grown === undefined
        ? undefined
        : Math.max(
            share(projects, context.param(p.minIncubatedProjects).value),
            share(grown, context.param(p.minGrownStartups).value),
          );
    return {
      serviceActivities: activityCount(y, period, (a) => SERVICE_KINDS.has(a.kind)),
      fourIntoActivities: activityCount(y, period, (a) => a.kind === 'four_into'),
      financingEvents: activityCount(y, period, (a) => a.kind === 'financing_matchmaking'),
      newStartups: served,
      incubationProgress: progress,
    };
  },
  // The facts each count is read from: a year without activities asks for them, not for an assessment.
  countPaths: {
    serviceActivities: ['activities'],
    fourIntoActivities: ['activities'],
    financingEvents: ['activities'],
    newStartups: ['servedStartups'],
    incubationProgress: ['incubatedProjects', 'grownStartups'],
  },
  assessments: (y) => y.assessments ?? {},
  gatesProvenance: 'interpretation',
  gatesNote:
    'Reading: an unmet yearly minimum of 四（一）4–5 ("每年至少…", "不少于…") or a 违法违纪 record (四（一）1) makes the year 不合格 whatever the score. The text lists them as evaluation content "并结合工作实际调整" and leaves the standard to the year (四（二）1): a caller\'s standard replaces the list (`gates`) or switches it off (`gates: []`), and the minimums then count only through the score. What the text fixes stays text: 不合格 → 取消工作室资格 (四（二）5).',
  gradeClauses: ['四（一）', '四（二）', '四（二）5'],
  consequenceOfFail: {
    zh: '评估结果不合格的，取消工作室资格（四（二）5）',
    en: 'A failing evaluation withdraws the studio’s recognition (四（二）5)',
  },
};
