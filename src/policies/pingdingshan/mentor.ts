// 第五条（一）（二）: the mentor — five basic conditions, none of the records that bar a
// person from the studio's work, and one of three routes after 5 years of service.
// And 第十四条: whether the measures were in force at the as-of date.
import { anniversaryOfValid } from '../../calendar/date.js';
import { deepFreeze } from '../../core/freeze.js';
import { render } from '../../core/messages.js';
import { textValues } from '../../core/parameters.js';
import { perCheck } from '../../core/per-check.js';
import { attested, missing, reachesYears, rule, yearsAtLeast } from '../../core/rules.js';
import type { Bilingual, Outcome, Rule, RuleContext } from '../../core/types.js';
import { parsedArgument } from './arguments.js';
import * as p from './parameters.js';
import { type PingdingshanMentor as Mentor, mentorSchema } from './schema.js';

/** A status with a message this policy words itself (the core table has no such sentence). */
function said(status: Outcome['status'], code: string, message: Bilingual, more: Partial<Outcome> = {}): Outcome {
  return { status, code, message, expected: more.expected, actual: more.actual };
}

const YEAR_AFTER_ISSUE = '2025-01-01';

/** The first day the measures apply: the caller's day of issue, else the earliest the text allows. */
const firstDay = (ctx: RuleContext) => ctx.effectiveFrom ?? ctx.param(p.earliestInForce).value;

// Every rule of a check asks (a studio's 11 rules): worked out once per check (issue 30).
const measuresApplyInCheck = perCheck((ctx) => ctx.asOf >= firstDay(ctx));

/** Whether the measures apply at the check's date (第十四条). */
export const measuresApply = (ctx: RuleContext): boolean => measuresApplyInCheck(ctx, undefined);

/**
 * 第十四条 "自下发之日起试行", with no issue date in the text: before 2024 the measures did
 * not exist (their number is 〔2024〕); in 2024 the caller's `effectiveFrom` decides, and
 * without it the report says it assumes them issued; from 2025 they are in force. Before
 * they apply nothing can be judged under them: the rule is not applicable and, as the
 * policy's `effective.rules` names it, the report's one result; the verdict is
 * not_applicable (core/force.ts).
 */
export function inForceOutcome(ctx: RuleContext): Outcome {
  const { asOf, effectiveFrom } = ctx;
  const start = firstDay(ctx);
  if (asOf < start)
    return said(
      'not_applicable',
      'not_in_force',
      effectiveFrom
        ? {
            zh: `不适用：${asOf}早于本办法下发之日${effectiveFrom}（第十四条“自下发之日起试行”），不能依本办法判定`,
            en: `Not applicable: ${asOf} is before the measures were issued (${effectiveFrom}; 第十四条 "自下发之日起试行"), so nothing can be judged under them`,
          }
        : {
            zh: `不适用：${asOf}早于本办法（平人社办〔2024〕44号，2024年下发；第十四条“自下发之日起试行”），不能依本办法判定`,
            en: `Not applicable: ${asOf} is before the measures (平人社办〔2024〕44号, issued in 2024; 第十四条 "自下发之日起试行"), so nothing can be judged under them`,
          },
      { expected: { from: start }, actual: asOf },
    );
  if (effectiveFrom === undefined && asOf < YEAR_AFTER_ISSUE)
    return said(
      'pass',
      'in_force_assumed',
      {
        zh: `本办法自下发之日起试行，文本未载下发日期：假定${asOf}已下发（可传入 effectiveFrom）`,
        en: `The measures apply from the day of issue, which the text does not state: assumed issued by ${asOf} (pass effectiveFrom)`,
      },
      { expected: { from: null, assumed: true }, actual: asOf },
    );
  return said(
    'pass',
    'in_force',
    { zh: `${asOf}：本办法已下发试行`, en: `On ${asOf} the measures are in force (on trial)` },
    { expected: { from: start }, actual: asOf },
  );
}

const BEFORE_THE_MEASURES: Bilingual = {
  zh: '本办法尚未下发试行（第十四条）',
  en: 'the measures were not yet issued (第十四条)',
};

/** A rule that applies only while the measures do: before them, not applicable. */
export function underTheMeasures<F>(r: Rule<F>): Rule<F> {
  return rule<F>({
    ...r,
    check: (facts, ctx) =>
      measuresApply(ctx)
        ? r.check(facts, ctx)
        : { status: 'not_applicable', code: 'not_applicable', params: { label: r.title, reason: BEFORE_THE_MEASURES } },
  });
}

/** The in-force rule for one subject (`pingdingshan.mentor.in_force`). */
export const inForceRule = <F>(subject: string): Rule<F> =>
  rule<F>({
    id: `pingdingshan.${subject}.in_force`,
    clauses: ['第十四条'],
    provenance: 'interpretation',
    title: { zh: '本办法自下发之日起试行', en: 'The measures apply from the day of issue' },
    check: (_facts, ctx) => inForceOutcome(ctx),
  });

function declaration(id: string, clause: string, label: Bilingual, key: keyof Mentor): Rule<Mentor> {
  // Declared or denied, the outcome is the same each time: built on first use, then shared (a studio checks every mentor).
  let yes: Outcome | undefined;
  let no: Outcome | undefined;
  return rule({
    id: `pingdingshan.mentor.${id}`,
    clauses: ['第五条（一）', clause],
    provenance: 'text',
    title: label,
    check: (m) => {
      const value = m[key] as boolean | undefined;
      // Stryker disable next-line ConditionalExpression: attested gives the shared outcome's equal
      if (value === undefined) return attested(label, value, key);
      if (value) {
        yes ??= deepFreeze(attested(label, true, key));
        return yes;
      }
      no ??= deepFreeze(attested(label, false, key));
      return no;
    },
  });
}

/**
 * The records that bar a person under the check's parameters (a reform may shorten the
 * list): asked for each mentor's 5 records, read once per check through `param`.
 */
const barringRecords = perCheck((ctx) => ctx.param(p.disqualifyingRecords).value);

/** Whether the check's list of records still names `id`. */
function stillBars(ctx: RuleContext, id: string): boolean {
  for (const o of barringRecords(ctx, undefined)) if (o.id === id) return true;
  return false;
}

/** One rule per record of 第五条（一）3: a record the person has is a hard failure. */
const recordRules: Rule<Mentor>[] = p.disqualifyingRecords.value.map((record) => {
  const path = `records.${record.id}`;
  const key = record.id as keyof NonNullable<Mentor['records']>;
  // Decided and worded once per record: a studio checks every record of every mentor (issue 30).
  const open: Bilingual = deepFreeze({
    zh: `${record.label.zh}：需声明有无此情形，请补充 ${path}`,
    en: `${record.label.en}: declare whether it applies, supply ${path}`,
  });
  const barred = deepFreeze(
    said(
      'fail',
      'disqualified',
      {
        zh: `${record.label.zh}：不得参加大众创业指导工作室工作（第五条（一）3）`,
        en: `${record.label.en}: barred from the studio's work (第五条（一）3)`,
      },
      { actual: true },
    ),
  );
  const none = deepFreeze(
    said(
      'pass',
      'no_record',
      { zh: `${record.label.zh}：声明无此情形`, en: `${record.label.en}: declared none` },
      { actual: false },
    ),
  );
  // A reform may take a record off the list: it then bars no one.
  const dropped = deepFreeze<Outcome>({
    status: 'not_applicable',
    code: 'not_applicable',
    params: {
      label: record.label,
      reason: { zh: '按调整后的参数不属不得参加的情形', en: 'not a bar under the changed parameters' },
    },
  });
  return rule<Mentor>({
    id: `pingdingshan.mentor.record.${record.id}`,
    clauses: ['第五条（一）3'],
    provenance: 'text',
    title: { zh: `无“${record.label.zh}”情形`, en: `No record: ${record.label.en}` },
    check: (m, ctx) => {
      if (!stillBars(ctx, record.id)) return dropped;
      const has = m.records?.[key];
      // The missing paths are the report's own list: a fresh one each time.
      if (has === undefined) return { ...missing(record.label, [path]), message: open };
      return has ? barred : none;
    },
  });
});

type Status = 'pass' | 'fail' | 'unknown';

interface RouteQualifier {
  route: string;
  label: Bilingual;
  status: Status;
  missing: string[];
  /** Dates of commendations after the as-of date, not counted. */
  later?: string[];
}

/** A route's qualifier, written out in full: a spread of a shared base costs more here than it reads better. */
function qualifier(
  route: string,
  label: Bilingual,
  status: Status,
  missing: string[],
  later?: string[],
): RouteQualifier {
  return later === undefined ? { route, label, status, missing } : { route, label, status, missing, later };
}

/** 第五条（二）6: a listed certificate, or another the authority accepts ("等相关"). */
function certificate(m: Mentor, param: RuleContext['param']): RouteQualifier {
  const listed = param(p.certificateKinds).value;
  const route = '第五条（二）6';
  const label = p.certificateKinds.label;
  if (m.certificates === undefined) return qualifier(route, label, 'unknown', ['certificates']);
  const open: string[] = [];
  for (let i = 0; i < m.certificates.length; i++) {
    const c = m.certificates[i] as NonNullable<Mentor['certificates']>[number];
    if (listed.some((o) => o.id === c.kind) || (c.kind === 'other' && c.accepted === true))
      return qualifier(route, label, 'pass', []);
    if (c.kind === 'other' && c.accepted === undefined) open.push(`certificates.${i}.accepted`);
  }
  return qualifier(route, label, open.length > 0 ? 'unknown' : 'fail', open);
}

/**
 * 第五条（二）7: a municipal-or-higher commendation for entrepreneurship work. One dated
 * after the as-of date has not been given yet: it does not count, and the route says so.
 */
function commendation(m: Mentor, asOf: string, param: RuleContext['param']): RouteQualifier {
  const levels = param(p.commendationLevels).value;
  const route = '第五条（二）7';
  const label = p.commendationLevels.label;
  if (m.commendations === undefined) return qualifier(route, label, 'unknown', ['commendations']);
  const open: string[] = [];
  const later: string[] = [];
  for (let i = 0; i < m.commendations.length; i++) {
    const c = m.commendations[i] as NonNullable<Mentor['commendations']>[number];
    if (!levels.some((o) => o.id === c.level)) continue;
    if (c.date !== undefined && c.date > asOf) {
      later.push(c.date);
      continue;
    }
    if (c.forEntrepreneurshipWork === true) return qualifier(route, label, 'pass', []);
    if (c.forEntrepreneurshipWork === undefined) open.push(`commendations.${i}.forEntrepreneurshipWork`);
  }
  return qualifier(route, label, open.length > 0 ? 'unknown' : 'fail', open, later);
}

/** 第五条（二）8: outstanding results, a judgement the reviewers attest. */
function outstanding(m: Mentor): RouteQualifier {
  const route = '第五条（二）8';
  if (m.outstandingResults === undefined)
    return qualifier(route, p.outstandingResults, 'unknown', ['outstandingResults']);
  return qualifier(route, p.outstandingResults, m.outstandingResults ? 'pass' : 'fail', []);
}

export interface MentorRoutes {
  /** The 5 years every route needs. */
  serviceYears: Outcome;
  /** Each route's own qualifier (certificate, commendation, results), with its status. */
  qualifiers: RouteQualifier[];
  /** The routes met in full (5 years and the qualifier): '第五条（二）6' … */
  qualifiedBy: string[];
  status: Status;
  missing: string[];
}

/** Where the 5 years stand: reached, not, not known, or not counted for a reason the words give. */
type YearsStanding = Status | 'not_begun' | 'reached_tomorrow';

/**
 * The 5 years every route needs, under the check's reading of when they are reached. A
 * start date after the as-of date: the service has not begun.
 */
function serviceYearsStanding(m: Mentor, asOf: string, param: RuleContext['param']): YearsStanding {
  const years = param(p.mentorServiceYears).value;
  const since = m.serviceSince;
  if (since === undefined) return reachesYears(years, { years: m.serviceYears }, asOf);
  if (since > asOf) return 'not_begun';
  // Civil Code art. 201: the start day not counted, the last year ends at 24:00 of the
  // anniversary (one past 9999-12-31, null, is no as-of date: not reached, below).
  if (param(p.serviceYearsReached).value === 'day-after-anniversary' && asOf === anniversaryOfValid(since, years))
    return 'reached_tomorrow';
  // A start date wins over declared years.
  return reachesYears(years, { since }, asOf);
}

/** The 5 years as the route's report words them (yearsAtLeast: the years and days elapsed). */
function serviceYearsOutcome(m: Mentor, asOf: string, param: RuleContext['param'], standing: YearsStanding): Outcome {
  const years = param(p.mentorServiceYears);
  const o = yearsAtLeast(years, { since: m.serviceSince, years: m.serviceYears }, asOf, ['serviceSince']);
  if (standing === 'not_begun')
    return {
      ...o,
      status: 'fail',
      code: 'service_not_begun',
      message: {
        zh: `从事创业服务起始日期${m.serviceSince}晚于检查日${asOf}，不计入`,
        en: `The service starts on ${m.serviceSince}, after the check date ${asOf}: not counted`,
      },
    };
  if (standing === 'reached_tomorrow')
    return {
      ...o,
      status: 'fail',
      code: 'years_reached_tomorrow',
      message: {
        zh: `${years.label.zh}：${asOf}为第${years.value}个周年日，按起算日不计入（民法典第二百零一条）当日24时方满${years.value}年`,
        en: `${years.label.en}: ${asOf} is the ${years.value}th anniversary; with the start day not counted (Civil Code art. 201) the ${years.value} years end at 24:00 today`,
      },
    };
  return o;
}

/** The three routes of 第五条（二） for one mentor at a date: which qualified, or why none did. */
export function mentorRoutes(
  mentor: Mentor,
  asOf: string,
  context: Pick<RuleContext, 'param'> = { param: textValues },
): MentorRoutes {
  const m = parsedArgument(mentorSchema, mentor, 'mentor');
  const date = parsedArgument(null, asOf, 'asOf');
  return routesOf(m, date, context.param);
}

/** The routes decided, without the words: what a studio counting its mentors reads (issue 30). */
interface RouteStanding extends Omit<MentorRoutes, 'serviceYears'> {
  years: YearsStanding;
}

function routeStanding(m: Mentor, asOf: string, param: RuleContext['param']): RouteStanding {
  const years = serviceYearsStanding(m, asOf, param);
  const yearsStatus: Status = years === 'not_begun' || years === 'reached_tomorrow' ? 'fail' : years;
  const qualifiers = [certificate(m, param), commendation(m, asOf, param), outstanding(m)];
  const qualifiedBy: string[] = [];
  let held = 0;
  let open = false;
  for (const q of qualifiers)
    if (q.status === 'pass') {
      held++;
      if (yearsStatus === 'pass') qualifiedBy.push(q.route);
    } else if (q.status === 'unknown') open = true;
  let status: Status;
  const missingPaths: string[] = [];
  if (yearsStatus === 'fail' || (held === 0 && !open)) status = 'fail';
  else if (yearsStatus === 'pass' && held > 0) status = 'pass';
  else {
    status = 'unknown';
    // Only the facts that could still decide: the years while they are open, the open qualifiers while none is held.
    if (yearsStatus === 'unknown') missingPaths.push('serviceSince');
    // A decided qualifier has no missing facts.
    if (held === 0) for (const q of qualifiers) for (const path of q.missing) missingPaths.push(path);
  }
  return { years, qualifiers, qualifiedBy, status, missing: missingPaths };
}

function routesOf(m: Mentor, asOf: string, param: RuleContext['param']): MentorRoutes {
  const r = routeStanding(m, asOf, param);
  return {
    serviceYears: serviceYearsOutcome(m, asOf, param, r.years),
    qualifiers: r.qualifiers,
    qualifiedBy: r.qualifiedBy,
    status: r.status,
    missing: r.missing,
  };
}

const wordsOf = (o: Outcome): Bilingual => o.message ?? render(o.code, o.params);

function routeMessage(r: MentorRoutes, n: number): Bilingual {
  const years = r.serviceYears.status;
  const held = r.qualifiers.filter((q) => q.status === 'pass');
  const later = r.qualifiers.flatMap((q) => q.later ?? []);
  // A commendation dated after the check: not counted, and said.
  const note =
    later.length > 0
      ? {
          zh: `（${later.join('、')}的表彰晚于检查日，不计入）`,
          en: ` (the commendation of ${later.join(', ')} is after the check date: not counted)`,
        }
      : { zh: '', en: '' };
  let message: Bilingual;
  if (r.status === 'pass')
    message = {
      zh: `符合${r.qualifiedBy.join('、')}：从事创业服务${n}年及以上，且${held.map((q) => q.label.zh).join('、')}`,
      en: `Qualifies by ${r.qualifiedBy.join(', ')}: ${n}+ years of service and ${held.map((q) => q.label.en).join(', ')}`,
    };
  else if (years === 'fail')
    message = {
      zh: `不符合第五条（二）任一条件：三项条件均须从事创业服务${n}年及以上，未满（${wordsOf(r.serviceYears).zh}）`,
      en: `No route of 第五条（二）: each needs ${n} years of service, not reached (${wordsOf(r.serviceYears).en})`,
    };
  else if (r.status === 'fail')
    message = {
      zh: '不符合第五条（二）任一条件：无相关职业资格证书、无市级及以上创业工作先进表彰、未认定工作成绩突出',
      en: 'No route of 第五条（二）: no relevant certificate, no municipal-or-higher commendation, results not found outstanding',
    };
  else
    message = {
      zh: `第五条（二）尚无法判定，请补充 ${r.missing.join(', ')}`,
      en: `第五条（二） not yet decidable, supply ${r.missing.join(', ')}`,
    };
  return { zh: message.zh + note.zh, en: message.en + note.en };
}

export const routeRule = rule<Mentor>({
  id: 'pingdingshan.mentor.route',
  clauses: ['第五条', '第五条（二）', '第五条（二）6', '第五条（二）7', '第五条（二）8'],
  provenance: 'interpretation',
  title: { zh: '具备第五条（二）条件之一', en: 'One of the routes of 第五条（二）' },
  check: (m, { asOf, param }) => {
    const r = routesOf(m, asOf, param);
    const n = param(p.mentorServiceYears).value;
    return {
      status: r.status,
      code: `route_${r.status}`,
      message: routeMessage(r, n),
      expected: {
        serviceYears: n,
        [p.serviceYearsReached.id]: param(p.serviceYearsReached).value,
        oneOf: r.qualifiers.map((q) => q.route),
      },
      actual: {
        serviceYears: r.serviceYears.actual ?? null,
        qualifiers: Object.fromEntries(r.qualifiers.map((q) => [q.route, q.status])),
        qualifiedBy: r.qualifiedBy,
      },
      ...(r.status === 'unknown' ? { missing: r.missing } : {}),
    };
  },
});

/** The rules one mentor must pass, without the in-force rule (a studio runs them per mentor). */
export const mentorConditionRules: Rule<Mentor>[] = [
  declaration('supports_constitution', '第五条（一）1', p.supportsConstitution, 'supportsConstitution'),
  declaration('political_moral_quality', '第五条（一）2', p.politicalAndMoralQuality, 'politicalAndMoralQuality'),
  declaration('law_abiding', '第五条（一）3', p.lawAbiding, 'lawAbiding'),
  ...recordRules,
  declaration('volunteers', '第五条（一）4', p.volunteers, 'volunteers'),
  declaration('fit_for_duty', '第五条（一）5', p.fitForDuty, 'fitForDuty'),
  routeRule,
];

export const mentorRules: Rule<Mentor>[] = [
  inForceRule<Mentor>('mentor'),
  ...mentorConditionRules.map((r) => underTheMeasures(r)),
];

/** What a studio counting its mentors needs of one (第五条（三）1). */
export interface MentorStanding {
  /** What the conditions give, as a mentor's own check would (none of them is advice). */
  verdict: 'eligible' | 'incomplete' | 'ineligible';
  /** The conditions failed, and those still open, by rule id. */
  failed: string[];
  open: string[];
  /** The facts that would decide the open conditions, at the mentor's own paths ('volunteers'). */
  missing: string[];
  /** 第五条（二）: the routes the mentor qualified by. */
  qualifiedBy: string[];
}

/**
 * Where one mentor stands on the conditions of 第五条（一）（二）, for a studio that counts
 * its mentors: the same rules as `mentorConditionRules`, their statuses and missing facts
 * only. The route is decided without wording its message, which only the mentor's own
 * report shows.
 */
export function mentorStanding(m: Mentor, ctx: RuleContext): MentorStanding {
  // Stryker disable next-line ArrayDeclaration: the route, one of the rules, sets qualifiedBy
  const out: MentorStanding = { verdict: 'eligible', failed: [], open: [], missing: [], qualifiedBy: [] };
  for (const r of mentorConditionRules) {
    let status: Outcome['status'];
    let missingPaths: string[] | undefined;
    if (r === routeRule) {
      const routes = routeStanding(m, ctx.asOf, ctx.param);
      out.qualifiedBy = routes.qualifiedBy;
      status = routes.status;
      missingPaths = routes.missing;
    } else {
      const o = r.check(m, ctx);
      status = o.status;
      missingPaths = o.missing;
    }
    if (status === 'fail') {
      out.failed.push(r.id);
      out.verdict = 'ineligible';
    } else if (status === 'unknown') {
      out.open.push(r.id);
      if (out.verdict === 'eligible') out.verdict = 'incomplete';
    }
    if (missingPaths !== undefined) for (const path of missingPaths) out.missing.push(path);
  }
  return out;
}
