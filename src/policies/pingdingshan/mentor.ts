// 第五条（一）（二）: the mentor — five basic conditions, none of the records that bar a
// person from the studio's work, and one of three routes after 5 years of service.
// And 第十四条: whether the measures were in force at the as-of date.
import { attested, missing, rule, yearsAtLeast } from '../../core/rules.js';
import type { Bilingual, Outcome, Rule, RuleContext } from '../../core/types.js';
import * as p from './parameters.js';
import type { PingdingshanMentor as Mentor } from './schema.js';

/** A status with a message this policy words itself (the core table has no such sentence). */
function said(status: Outcome['status'], code: string, message: Bilingual, more: Partial<Outcome> = {}): Outcome {
  return { status, code, message, ...more };
}

const YEAR_AFTER_ISSUE = '2025-01-01';

/**
 * 第十四条 "自下发之日起试行", with no issue date in the text: before 2024 the measures did
 * not exist (their number is 〔2024〕); in 2024 the caller's `effectiveFrom` decides, and
 * without it the report says it assumes them issued; from 2025 they are in force.
 */
export function inForceOutcome(ctx: RuleContext): Outcome {
  const { asOf, effectiveFrom } = ctx;
  const start = effectiveFrom ?? p.earliestInForce.value;
  if (asOf < start)
    return said(
      'fail',
      'not_in_force',
      effectiveFrom
        ? {
            zh: `${asOf}早于本办法下发之日${effectiveFrom}`,
            en: `${asOf} is before the measures were issued (${effectiveFrom})`,
          }
        : {
            zh: `${asOf}早于本办法（平人社办〔2024〕44号，2024年下发）`,
            en: `${asOf} is before the measures (平人社办〔2024〕44号, issued in 2024)`,
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
    { zh: `${asOf}本办法已试行`, en: `The measures apply at ${asOf}` },
    { expected: { from: start }, actual: asOf },
  );
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
  return rule({
    id: `pingdingshan.mentor.${id}`,
    clauses: ['第五条（一）', clause],
    provenance: 'text',
    title: label,
    check: (m) => attested(label, m[key] as boolean | undefined, key),
  });
}

/** One rule per record of 第五条（一）3: a record the person has is a hard failure. */
const recordRules: Rule<Mentor>[] = p.disqualifyingRecords.value.map((record) =>
  rule<Mentor>({
    id: `pingdingshan.mentor.record.${record.id}`,
    clauses: ['第五条（一）3'],
    provenance: 'text',
    title: { zh: `无“${record.label.zh}”情形`, en: `No record: ${record.label.en}` },
    check: (m) => {
      const has = m.records?.[record.id as keyof NonNullable<Mentor['records']>];
      const path = `records.${record.id}`;
      if (has === undefined)
        return {
          ...missing(record.label, [path]),
          message: {
            zh: `${record.label.zh}：需声明有无此情形，请补充 ${path}`,
            en: `${record.label.en}: declare whether it applies, supply ${path}`,
          },
        };
      return has
        ? said(
            'fail',
            'disqualified',
            {
              zh: `${record.label.zh}：不得参加大众创业指导工作室工作（第五条（一）3）`,
              en: `${record.label.en}: barred from the studio's work (第五条（一）3)`,
            },
            { actual: true },
          )
        : said(
            'pass',
            'no_record',
            { zh: `${record.label.zh}：声明无此情形`, en: `${record.label.en}: declared none` },
            { actual: false },
          );
    },
  }),
);

type Status = 'pass' | 'fail' | 'unknown';

interface RouteQualifier {
  route: string;
  label: Bilingual;
  status: Status;
  missing: string[];
}

const HIGH_ENOUGH = new Set(p.commendationLevels.value.map((o) => o.id));
const LISTED_CERTIFICATES = new Set(p.certificateKinds.value.map((o) => o.id));

/** 第五条（二）6: a listed certificate, or another the authority accepts ("等相关"). */
function certificate(m: Mentor): RouteQualifier {
  const base = { route: '第五条（二）6', label: p.certificateKinds.label };
  if (m.certificates === undefined) return { ...base, status: 'unknown', missing: ['certificates'] };
  const open: string[] = [];
  for (const [i, c] of m.certificates.entries()) {
    // Stryker disable next-line ConditionalExpression: the schema's kinds are the listed ones and 'other', so an unlisted kind is 'other'
    if (LISTED_CERTIFICATES.has(c.kind) || (c.kind === 'other' && c.accepted === true))
      return { ...base, status: 'pass', missing: [] };
    // Stryker disable next-line ConditionalExpression: a listed kind returned above, so the kind here is 'other'
    if (c.kind === 'other' && c.accepted === undefined) open.push(`certificates.${i}.accepted`);
  }
  return { ...base, status: open.length > 0 ? 'unknown' : 'fail', missing: open };
}

/** 第五条（二）7: a municipal-or-higher commendation for entrepreneurship work. */
function commendation(m: Mentor): RouteQualifier {
  const base = { route: '第五条（二）7', label: p.commendationLevels.label };
  if (m.commendations === undefined) return { ...base, status: 'unknown', missing: ['commendations'] };
  const open: string[] = [];
  for (const [i, c] of m.commendations.entries()) {
    if (!HIGH_ENOUGH.has(c.level)) continue;
    if (c.forEntrepreneurshipWork === true) return { ...base, status: 'pass', missing: [] };
    if (c.forEntrepreneurshipWork === undefined) open.push(`commendations.${i}.forEntrepreneurshipWork`);
  }
  return { ...base, status: open.length > 0 ? 'unknown' : 'fail', missing: open };
}

/** 第五条（二）8: outstanding results, a judgement the reviewers attest. */
function outstanding(m: Mentor): RouteQualifier {
  const base = { route: '第五条（二）8', label: p.outstandingResults };
  if (m.outstandingResults === undefined) return { ...base, status: 'unknown', missing: ['outstandingResults'] };
  return { ...base, status: m.outstandingResults ? 'pass' : 'fail', missing: [] };
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

/** The three routes of 第五条（二） for one mentor at a date: which qualified, or why none did. */
export function mentorRoutes(m: Mentor, asOf: string): MentorRoutes {
  const serviceYears = yearsAtLeast(p.mentorServiceYears, { since: m.serviceSince, years: m.serviceYears }, asOf, [
    'serviceSince',
  ]);
  const qualifiers = [certificate(m), commendation(m), outstanding(m)];
  const years = serviceYears.status as Status;
  const held = qualifiers.filter((q) => q.status === 'pass');
  const open = qualifiers.filter((q) => q.status === 'unknown');
  const qualifiedBy = years === 'pass' ? held.map((q) => q.route) : [];
  let status: Status;
  let missingPaths: string[] = [];
  if (years === 'fail' || (held.length === 0 && open.length === 0)) status = 'fail';
  else if (years === 'pass' && held.length > 0) status = 'pass';
  else {
    status = 'unknown';
    // Only the facts that could still decide: the years while they are open, the open qualifiers while none is held.
    missingPaths = [
      ...(years === 'unknown' ? ['serviceSince'] : []),
      ...(held.length === 0 ? open.flatMap((q) => q.missing) : []),
    ];
  }
  return { serviceYears, qualifiers, qualifiedBy, status, missing: missingPaths };
}

function routeMessage(r: MentorRoutes): Bilingual {
  const years = r.serviceYears.status;
  const held = r.qualifiers.filter((q) => q.status === 'pass');
  if (r.status === 'pass')
    return {
      zh: `符合${r.qualifiedBy.join('、')}：从事创业服务${p.mentorServiceYears.value}年及以上，且${held.map((q) => q.label.zh).join('、')}`,
      en: `Qualifies by ${r.qualifiedBy.join(', ')}: ${p.mentorServiceYears.value}+ years of service and ${held.map((q) => q.label.en).join(', ')}`,
    };
  if (years === 'fail')
    return {
      zh: `不符合第五条（二）任一条件：三项条件均须从事创业服务${p.mentorServiceYears.value}年及以上，未满`,
      en: `No route of 第五条（二）: each needs ${p.mentorServiceYears.value} years of service, not reached`,
    };
  if (r.status === 'fail')
    return {
      zh: '不符合第五条（二）任一条件：无相关职业资格证书、无市级及以上创业工作先进表彰、未认定工作成绩突出',
      en: 'No route of 第五条（二）: no relevant certificate, no municipal-or-higher commendation, results not found outstanding',
    };
  return {
    zh: `第五条（二）尚无法判定，请补充 ${r.missing.join(', ')}`,
    en: `第五条（二） not yet decidable, supply ${r.missing.join(', ')}`,
  };
}

export const routeRule = rule<Mentor>({
  id: 'pingdingshan.mentor.route',
  clauses: ['第五条', '第五条（二）', '第五条（二）6', '第五条（二）7', '第五条（二）8'],
  provenance: 'interpretation',
  title: { zh: '具备第五条（二）条件之一', en: 'One of the routes of 第五条（二）' },
  check: (m, { asOf }) => {
    const r = mentorRoutes(m, asOf);
    return {
      status: r.status,
      code: `route_${r.status}`,
      message: routeMessage(r),
      expected: { serviceYears: p.mentorServiceYears.value, oneOf: r.qualifiers.map((q) => q.route) },
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
  rule({
    id: 'pingdingshan.mentor.law_abiding',
    clauses: ['第五条（一）', '第五条（一）3'],
    provenance: 'text',
    title: p.lawAbiding,
    check: (m) => attested(p.lawAbiding, m.lawAbiding, 'lawAbiding'),
  }),
  ...recordRules,
  declaration('volunteers', '第五条（一）4', p.volunteers, 'volunteers'),
  declaration('fit_for_duty', '第五条（一）5', p.fitForDuty, 'fitForDuty'),
  routeRule,
];

export const mentorRules: Rule<Mentor>[] = [inForceRule<Mentor>('mentor'), ...mentorConditionRules];
