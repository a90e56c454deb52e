// 二, the recognition criteria, and 三（二）, the application materials, clause by clause.
import { AFTER_LAST_DAY, termLastDay } from '../../calendar/periods.js';
import {
  allDeclared,
  amountAtLeast,
  atLeast,
  attested,
  everyMember,
  factRule,
  listRule,
  missing,
  present,
  rule,
  yearsAtLeast,
} from '../../core/rules.js';
import type { Outcome, Rule, RuleContext } from '../../core/types.js';
import { carrierKindRule, namedAfterALead, sharedLeadRules, staffRule } from '../national/studio.js';
import * as p from './parameters.js';
import type { TianjinStudioApplication as Studio } from './schema.js';

const READINGS = {
  remaining: { zh: '按剩余年限（自评估日起）', en: 'read as the right remaining from the as-of date' },
  term: { zh: '按租赁期限（起止日）', en: 'read as the lease term, start to end' },
} as const;

/**
 * The last day a right from `from` must run to for `years` years, the first day counted:
 * the calendar's kind D term (2028-02-29 → 2031-02-28; 2025-03-01 → 2028-02-29). Zero
 * years asks only that the right has not ended; null, a day after 9999-12-31 that no
 * right given as a date runs to.
 */
function lastDayOf(from: string, years: number): string | null {
  if (years === 0) return from;
  // The right remaining is counted from the as-of date, the same for a whole batch: the last
  // answer is kept, keyed by everything it depends on (a changed parameter is another key).
  // Stryker disable next-line ConditionalExpression: a cache; counting again gives the same day
  if (from === lastTerm.from && years === lastTerm.years) return lastTerm.last;
  lastTerm = { from, years, last: termLastDay(from, years) };
  return lastTerm.last;
}
let lastTerm: { from: string; years: number; last: string | null } = { from: '', years: 0, last: null };

/**
 * 二（一）2 "场地使用权不少于3年" under the caller's reading (venue.useRightReading):
 * the right remaining at `asOf`, or the lease term from its start to its end. A right
 * that begins after the as-of date does not exist yet on it.
 */
function useRight(s: Studio, ctx: RuleContext): Outcome {
  const param = ctx.param(p.useRightYears);
  const reading = ctx.param(p.useRightReading).value === 'term' ? 'term' : 'remaining';
  const named = READINGS[reading];
  const until = s.venue?.useRightUntil;
  const from = s.venue?.useRightFrom;
  // `needed` null: the years end after 9999-12-31, which no right given as a date reaches.
  const outcome = (pass: boolean, needed: string | null, start: string) => ({
    status: pass ? ('pass' as const) : ('fail' as const),
    code: 'years',
    params: {
      label: param.label,
      required: param.value,
      actual: {
        zh: `${named.zh}：${start}至${until}（满${param.value}年须至${needed ?? AFTER_LAST_DAY.zh}）`,
        en: `${named.en}: ${start} to ${until} (${param.value} years need ${needed ?? AFTER_LAST_DAY.en})`,
      },
    },
    expected: { until: needed, reading },
    actual: { from: start, until, reading },
  });
  if (from !== undefined && from > ctx.asOf)
    return {
      status: 'fail',
      code: 'years',
      message: {
        zh: `${param.label.zh}：使用权自${from}起，评估日${ctx.asOf}尚未开始`,
        en: `${param.label.en}: the right begins on ${from}, after the as-of date ${ctx.asOf}`,
      },
      expected: { from: ctx.asOf, reading },
      actual: { from, until, reading },
    };
  if (reading === 'term') {
    if (until === undefined || from === undefined) {
      const paths = [
        ...(from === undefined ? ['venue.useRightFrom'] : []),
        ...(until === undefined ? ['venue.useRightUntil'] : []),
      ];
      // A lease that ended before the as-of date is no right to use the premises, whatever its start.
      if (until !== undefined && until < ctx.asOf) return outcome(false, ctx.asOf, '…');
      return { ...missing(param.label, paths), actual: { reading } };
    }
    const needed = lastDayOf(from, param.value);
    // Stryker disable next-line ConditionalExpression: a date >= null is false too; the test states the type
    return outcome(needed !== null && until >= needed && until >= ctx.asOf, needed, from);
  }
  if (until !== undefined) {
    const needed = lastDayOf(ctx.asOf, param.value);
    // Stryker disable next-line ConditionalExpression: a date >= null is false too; the test states the type
    return outcome(needed !== null && until >= needed, needed, ctx.asOf);
  }
  const declared = yearsAtLeast(param, { years: s.venue?.useRightYears }, ctx.asOf, ['venue.useRightUntil']);
  return { ...declared, actual: { ...(declared.actual as object | undefined), reading } };
}

/** Brackets an applicant may write the specialty in: 天津市王海创业指导师工作室（科技创业）. */
const BRACKETS: readonly (readonly [string, string])[] = [
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['[', ']'],
  ['〔', '〕'],
];

/** The name with a bracketed specialty after "创业指导师工作室" written without its brackets. */
export function specialtyUnbracketed(name: string): string {
  const trimmed = name.trim();
  const literal = '创业指导师工作室';
  const at = trimmed.lastIndexOf(literal);
  if (at < 0) return trimmed;
  // The specialty, after the literal, is read in place: most names have no brackets to take off.
  const end = at + literal.length;
  for (const [open, close] of BRACKETS)
    if (trimmed.length - end > open.length + close.length && trimmed.startsWith(open, end) && trimmed.endsWith(close))
      return trimmed.slice(0, end) + trimmed.slice(end + open.length, trimmed.length - close.length).trim();
  return trimmed;
}

const zonesOf = (s: Studio) => s.venue?.zones;

export const studioRules: Rule<Studio>[] = [
  rule({
    id: 'tianjin.joint_application',
    clauses: ['二（一）'],
    provenance: p.leadCount.provenance,
    title: { zh: '由领办人和创业服务载体联合申报', en: 'Applied for jointly by a lead person and a carrier' },
    check: (s, ctx) =>
      everyMember([
        atLeast(ctx.param(p.leadCount), s.leads?.length, 'leads'),
        present(p.carrierNamed, s.carrier !== undefined ? true : undefined, 'carrier'),
      ]),
  }),
  ...(sharedLeadRules('tianjin', p.leadServiceYears, p.leadRoles) as Rule<Studio>[]),
  rule({
    id: 'tianjin.venue.area',
    clauses: ['二（一）2'],
    provenance: 'text',
    title: { zh: '场所面积不小于100平方米', en: 'Floor area of at least 100 m²' },
    check: (s, ctx) => amountAtLeast(ctx.param(p.venueArea), s.venue?.areaSqm, 'venue.areaSqm'),
  }),
  rule({
    id: 'tianjin.venue.use_right',
    clauses: ['二（一）2'],
    provenance: 'interpretation',
    title: { zh: '场地使用权不少于3年', en: 'Right to use the premises for at least 3 years' },
    check: useRight,
  }),
  factRule(
    'tianjin.venue.equipment',
    '二（一）2',
    p.equipment,
    'venue.equipmentComplete',
    (s) => s.venue?.equipmentComplete,
  ),
  rule({
    id: 'tianjin.venue.location',
    clauses: ['二（一）2'],
    provenance: 'text',
    title: p.convenientLocation,
    check: (s) => attested(p.convenientLocation, s.venue?.convenientLocation, 'venue.convenientLocation'),
  }),
  carrierKindRule('tianjin.carrier.kind', p.carrierKinds, {
    zh: '场所处于所列机构内',
    en: 'Premises inside a listed kind of institution',
  }) as Rule<Studio>,
  staffRule('tianjin.staff.count', p.staffCount, p.staffExperienceYears, p.staffDistinctBy) as Rule<Studio>,
  factRule(
    'tianjin.operating_entity',
    '二（一）4',
    p.operatingEntity,
    'carrier.operatingEntity',
    (s) => s.carrier?.operatingEntity,
  ),
  factRule(
    'tianjin.venue.separation',
    '二（二）',
    p.consultingSeparated,
    'venue.consultingAreaSeparated',
    (s) => s.venue?.consultingAreaSeparated,
  ),
  // 二（二） "一般包含咨询服务区和后台办公区": the usual layout, advice.
  listRule('tianjin.venue.consulting_zones', p.consultingZones, 'venue.zones', zonesOf, {
    title: { zh: '咨询室、创业活动室、宣传展示区', en: 'Consulting room, activity room, display area' },
    severity: 'advice',
  }),
  listRule('tianjin.venue.back_office', p.backOffice, 'venue.zones', zonesOf, { severity: 'advice' }),
  listRule('tianjin.resources', p.resourceLibraries, 'resources', (s) => s.resources, {
    clauses: ['二（三）', '二（三）1', '二（三）2', '二（三）3', '二（三）4', '二（三）5'],
    title: { zh: '五个服务资源库', en: 'The five resource libraries' },
  }),
  rule({
    id: 'tianjin.annual_work_plan',
    clauses: ['二（四）1'],
    provenance: 'text',
    title: p.annualWorkPlan,
    check: (s) => {
      const plan = present(p.annualWorkPlan, s.annualWorkPlan, 'annualWorkPlan');
      const reported = present(p.annualWorkPlan, s.reportsToDistrict, 'reportsToDistrict');
      return everyMember([plan, reported]);
    },
  }),
  listRule('tianjin.systems', p.managementSystems, 'systems', (s) => s.systems, {
    clauses: ['二（四）', '二（四）2', '二（四）3', '二（四）4', '二（四）5', '二（四）6', '二（四）7'],
    title: { zh: '管理制度（二（四）2–7）', en: 'Management systems (二（四）2–7)' },
  }),
  rule({
    id: 'tianjin.naming',
    clauses: ['三（一）5'],
    provenance: 'text',
    // 三（一）5 is the bureau's act after recognition ("授牌…命名"), not a condition of 二
    // ("同时符合以下条件"): a proposed name off the rule is advice, never 不符合条件.
    severity: 'advice',
    adviceNote: {
      zh: '（名称由市人社行政部门授牌时按统一规则命名（三（一）5），不是认定条件，仅供申报参考）',
      en: ' (the bureau names the studio when it issues the plaque, 三（一）5: not a condition of recognition, advice to the applicant)',
    },
    title: {
      zh: '名称：天津市+领办人姓名+创业指导师工作室+专业领域',
      en: 'Name: 天津市 + lead’s name + 创业指导师工作室 + specialty',
    },
    check: (s) => {
      const written = s.name === undefined ? undefined : specialtyUnbracketed(s.name);
      const outcome = namedAfterALead(
        { name: written, leads: s.leads },
        p.naming,
        (lead) => ({ leadName: lead?.name, specialty: s.specialty }),
        (lead) => ({ leadName: `${lead}.name`, specialty: 'specialty' }),
      );
      // The name as the applicant wrote it, brackets and all.
      if (s.name === undefined || outcome.params?.actual === undefined) return outcome;
      const asWritten = s.name.trim();
      if (asWritten === written) return outcome;
      return { ...outcome, params: { ...outcome.params, actual: asWritten }, actual: asWritten };
    },
  }),
  factRule(
    'tianjin.materials.form',
    ['三（二）', '三（二）1'],
    { zh: '《天津市创业指导师工作室申请表》', en: 'The application form' },
    'materials.applicationForm',
    (s) => s.materials?.applicationForm,
  ),
  rule({
    id: 'tianjin.materials.report',
    clauses: ['三（二）2'],
    provenance: 'text',
    title: p.applicationReportContents.label,
    check: (s, ctx) =>
      allDeclared(
        ctx.param(p.applicationReportContents),
        s.materials?.applicationReport,
        'materials.applicationReport',
      ),
  }),
  rule({
    id: 'tianjin.materials.documents',
    clauses: ['三（二）3'],
    provenance: 'text',
    title: p.supportingDocuments.label,
    check: (s, ctx) =>
      allDeclared(ctx.param(p.supportingDocuments), s.materials as Record<string, boolean | undefined>, 'materials'),
  }),
];
