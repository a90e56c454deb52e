// The studio conditions of the guideline, clause by clause.

import { render } from '../../core/messages.js';
import type { NamingRule } from '../../core/naming.js';
import type { Option } from '../../core/rules.js';
import {
  atLeast,
  attested,
  distinctKey,
  enoughQualified,
  everyMember,
  factRule,
  foldDistinct,
  listedKind,
  listRule,
  missing,
  nameFollows,
  reachesYears,
  rule,
  yearsAtLeast,
} from '../../core/rules.js';
import type { Bilingual, Outcome, Parameter, Rule } from '../../core/types.js';
import * as p from './parameters.js';
import type { StudioApplication } from './schema.js';

type Lead = NonNullable<StudioApplication['leads']>[number];

/** One outcome per lead person, folded: every lead must meet the condition. */
const NO_LEADS = {
  label: { zh: '领办人条件', en: "Lead person's conditions" },
  reason: { zh: '申报未列出领办人', en: 'the application lists no lead person' },
};

/**
 * The studio is named after its 领办人 (一（四）, Tianjin 三（一）5): a name built from any
 * listed lead follows the rule. With no lead listed the lead-count rule decides alone.
 */
export function namedAfterALead(
  s: { name?: string | undefined; leads?: Lead[] | undefined },
  naming: NamingRule,
  values: (lead: Lead | undefined) => Record<string, string | undefined>,
  fields: (leadPath: string) => Record<string, string>,
): Outcome {
  if (s.leads?.length === 0) return { status: 'not_applicable', code: 'not_applicable', params: NO_LEADS };
  const leads = s.leads ?? [undefined];
  return nameFollows(naming, s.name, leads.map(values), { name: 'name', fields: (i) => fields(`leads.${i}`) });
}

export function eachLead(s: { leads?: Lead[] | undefined }, check: (lead: Lead, path: string) => Outcome): Outcome {
  if (s.leads === undefined) return missing(p.leadCount.label, ['leads']);
  // No lead listed is a fact, decided once by the lead-count rule: nothing here to judge.
  if (s.leads.length === 0) return { status: 'not_applicable', code: 'not_applicable', params: NO_LEADS };
  return everyMember(s.leads.map((lead, i) => check(lead, `leads.${i}`)) as [Outcome, ...Outcome[]]);
}

/**
 * The lead person's conditions every studio text shares — years of service, a listed
 * role, social influence — for a policy's own id prefix and parameters (Tianjin reuses
 * them with its citations).
 */
export function sharedLeadRules(
  policy: string,
  years: Parameter<number>,
  roles: Parameter<readonly Option[]>,
): Rule<StudioApplication>[] {
  const clauses = [years.clause];
  return [
    rule({
      id: `${policy}.lead.service_years`,
      clauses,
      provenance: years.provenance,
      title: {
        zh: `领办人从事创业指导服务${years.value}年（含）以上`,
        en: `Lead person: ${years.value} or more years of guidance service`,
      },
      check: (s, ctx) =>
        eachLead(s, (lead, path) =>
          yearsAtLeast(ctx.param(years), { since: lead.mentoringSince, years: lead.mentoringYears }, ctx.asOf, [
            `${path}.mentoringSince`,
          ]),
        ),
    }),
    rule({
      id: `${policy}.lead.role`,
      clauses,
      provenance: roles.provenance,
      // "一般为优秀创业指导师，或…等": the usual roles, not a closed condition.
      severity: 'advice',
      title: { zh: '领办人身份属于所列类型', en: "Lead person's role is one the text lists" },
      check: (s, ctx) =>
        eachLead(s, (lead, path) =>
          listedKind(ctx.param(roles), lead.role, lead.roleAccepted, {
            kind: `${path}.role`,
            accepted: `${path}.roleAccepted`,
          }),
        ),
    }),
    rule({
      id: `${policy}.lead.social_influence`,
      clauses,
      provenance: 'text',
      title: p.leadSocialInfluence,
      check: (s) =>
        eachLead(s, (lead, path) => attested(p.leadSocialInfluence, lead.socialInfluence, `${path}.socialInfluence`)),
    }),
  ];
}

export const leadRules: Rule<StudioApplication>[] = [
  rule({
    id: 'national.lead.count',
    clauses: ['一（三）1'],
    provenance: 'text',
    title: { zh: '至少1名领办人', en: 'At least one lead person' },
    check: (s, ctx) => atLeast(ctx.param(p.leadCount), s.leads?.length, 'leads'),
  }),
  ...sharedLeadRules('national', p.leadServiceYears, p.leadRoles),
  rule({
    id: 'national.lead.local_contribution',
    clauses: ['一（三）1'],
    provenance: 'text',
    title: p.leadLocalContribution,
    check: (s) =>
      eachLead(s, (lead, path) =>
        attested(p.leadLocalContribution, lead.localContribution, `${path}.localContribution`),
      ),
  }),
];

/** The carrier is of a kind the text lists (its list ends in 等: another kind waits for the authority). */
export function carrierKindRule(
  id: string,
  kinds: Parameter<readonly Option[]>,
  title: Bilingual,
): Rule<StudioApplication> {
  return rule({
    id,
    clauses: [kinds.clause],
    provenance: kinds.provenance,
    title,
    check: (s, ctx) =>
      listedKind(ctx.param(kinds), s.carrier?.kind, s.carrier?.kindAccepted, {
        kind: 'carrier.kind',
        accepted: 'carrier.kindAccepted',
      }),
  });
}

export const carrierRule = carrierKindRule('national.carrier.kind', p.carrierKinds, {
  zh: '创业服务载体属于所列类型',
  en: 'The carrier is of a listed kind',
});

// Stryker disable next-line StringLiteral: the code of an entry's outcome is folded into the count and never read
const STAFF_PASS: Outcome = Object.freeze({ status: 'pass', code: 'years' });
// Stryker disable next-line StringLiteral: as above
const STAFF_FAIL: Outcome = Object.freeze({ status: 'fail', code: 'years' });

/**
 * Staff who have the experience, counted when some facts may be missing; a person listed
 * twice (the same normalised name) counts once and is listed as a duplicate.
 */
export function staffRule(
  id: string,
  countParam = p.staffCount,
  yearsParam = p.staffExperienceYears,
  distinctBy = p.staffDistinctBy,
): Rule<StudioApplication> {
  return rule({
    id,
    clauses: [countParam.clause],
    provenance: 'text',
    title: {
      zh: `${countParam.value}名及以上工作人员，各从业${yearsParam.value}年（含）以上`,
      en: `${countParam.value}+ staff, each with ${yearsParam.value}+ years`,
    },
    check: (s, { asOf, param }) => {
      const count = param(countParam);
      const years = param(yearsParam).value;
      const staff = s.staff;
      if (staff === undefined) return missing(count.label, ['staff']);
      // An entry's outcome is only counted: a decided one is shared, an open one names its fact.
      const each: Outcome[] = [];
      for (let i = 0; i < staff.length; i++) {
        const m = staff[i] as (typeof staff)[number];
        const status = reachesYears(years, { since: m.experienceSince, years: m.experienceYears }, asOf);
        each.push(
          status === 'pass'
            ? STAFF_PASS
            : status === 'fail'
              ? STAFF_FAIL
              : { status, code: 'years', missing: [`staff.${i}.experienceSince`] },
        );
      }
      // 'entry': every entry counts as listed (the alternative reading of staff.distinctBy).
      const byName = param(distinctBy).value !== 'entry';
      const folded = foldDistinct(staff, each, (m) => (byName ? distinctKey(undefined, m.name) : undefined), 'staff');
      const open: string[] = [];
      for (const x of folded.outcomes) if (x.missing) for (const path of x.missing) open.push(path);
      const o = enoughQualified(count, folded.outcomes, open);
      const named = o.status === 'fail' ? namingShortfall(o, staff, each, years) : o;
      return folded.duplicates.length > 0 ? { ...named, duplicates: folded.duplicates } : named;
    },
  });
}

/**
 * A failing count names the people who fall short, as an official reads it: "不足2年：陈晨
 * （第2名）" — the person, not an input path.
 */
function namingShortfall(
  o: Outcome,
  staff: readonly { name?: string | undefined }[],
  each: readonly Outcome[],
  years: number,
): Outcome {
  // Stryker disable next-line OptionalChaining: each has one outcome per member, so each[i] is always there
  const short = staff.flatMap((m, i) => (each[i]?.status === 'fail' ? [{ name: m.name?.trim() || '', n: i + 1 }] : []));
  if (short.length === 0) return o;
  const base = render(o.code, o.params);
  const zh = short.map((m) => (m.name ? `${m.name}（第${m.n}名）` : `第${m.n}名`)).join('、');
  const en = short.map((m) => (m.name ? `${m.name} (no. ${m.n})` : `no. ${m.n}`)).join(', ');
  return {
    ...o,
    message: { zh: `${base.zh}；从业不足${years}年：${zh}`, en: `${base.en}; under ${years} years: ${en}` },
  };
}

/** Text found between two parts of a name that the rule writes side by side. */
export interface NameGap {
  after: Bilingual;
  before: Bilingual;
  found: string;
}

/**
 * The parts of `naming` as they occur in `name`, in order: the text found between two
 * neighbours ([] when they touch), or null when the parts are not all there in order.
 * Linear: each part is found with indexOf after the one before.
 */
export function gapsBetweenParts(
  naming: NamingRule,
  name: string,
  values: Readonly<Record<string, string | undefined>>,
): NameGap[] | null {
  const pieces: { text: string; label: Bilingual }[] = [];
  for (const part of naming.parts) {
    if ('literal' in part) pieces.push({ text: part.literal, label: { zh: part.literal, en: part.literal } });
    else {
      const v = Object.hasOwn(values, part.field) ? values[part.field]?.trim() : undefined;
      if (!v) return null;
      pieces.push({ text: v, label: part.label });
    }
  }
  const whole = pieces.map((x) => x.text).join('');
  if (name.includes(whole)) return [];
  const gaps: NameGap[] = [];
  let pos = 0;
  let previous: { text: string; label: Bilingual } | undefined;
  for (const piece of pieces) {
    const at = name.indexOf(piece.text, pos);
    if (at < 0) return null;
    if (previous && at > pos) gaps.push({ after: previous.label, before: piece.label, found: name.slice(pos, at) });
    pos = at + piece.text.length;
    previous = piece;
  }
  return gaps;
}

/**
 * 一（四）"工作室以“地区+领办人姓名+创业指导师工作室”命名。…可在此命名方式基础上增加相关要素":
 * elements may be added to the name, but its three parts stay as the rule writes them,
 * side by side; what was found between two of them is said.
 */
function consecutive(s: StudioApplication, outcome: Outcome): Outcome {
  if (outcome.status !== 'pass' || s.name === undefined) return outcome;
  const name = s.name.trim();
  let apart: NameGap[] | null = null;
  for (const lead of s.leads ?? []) {
    const gaps = gapsBetweenParts(p.naming, name, { region: s.region, leadName: lead.name });
    if (gaps?.length === 0) return outcome;
    if (gaps && apart === null) apart = gaps;
  }
  if (apart === null) return outcome;
  const zh = apart.map((g) => `${g.after.zh}与${g.before.zh}之间有“${g.found}”`).join('；');
  const en = apart.map((g) => `"${g.found}" between the ${g.after.en} and the ${g.before.en}`).join('; ');
  return {
    status: 'fail',
    code: 'name_mismatch',
    message: {
      zh: `工作室名称“${name}”中${zh}：“${p.naming.pattern}”各部分应相连，增加的要素可置于其前后`,
      en: `Studio name "${name}" has ${en}: the parts of "${p.naming.pattern}" go side by side; added elements go before or after them`,
    },
    expected: p.naming.pattern,
    actual: { name, between: apart.map((g) => ({ after: g.after, before: g.before, found: g.found })) },
  };
}

export const namingRule = rule<StudioApplication>({
  id: 'national.naming',
  clauses: ['一（四）'],
  provenance: 'text',
  title: { zh: '名称：地区+领办人姓名+创业指导师工作室', en: 'Name: region + lead person’s name + 创业指导师工作室' },
  check: (s) =>
    consecutive(
      s,
      namedAfterALead(
        s,
        p.naming,
        (lead) => ({ region: s.region, leadName: lead?.name }),
        (lead) => ({ region: 'region', leadName: `${lead}.name` }),
      ),
    ),
});

const zonesOf = (s: StudioApplication) => s.venue?.zones;

export const venueRules: Rule<StudioApplication>[] = [
  factRule('national.venue.fixed', '三（一）', p.fixedVenue, 'venue.fixed', (s) => s.venue?.fixed),
  factRule(
    'national.venue.separation',
    '三（一）',
    p.consultingSeparated,
    'venue.consultingAreaSeparated',
    (s) => s.venue?.consultingAreaSeparated,
  ),
  // "一般设咨询服务区、后台办公区": the usual layout, so the zones and the room are advice.
  listRule('national.venue.consulting_zones', p.consultingZones, 'venue.zones', zonesOf, {
    title: { zh: '咨询服务区四个功能区', en: 'The four zones of the consulting area' },
    severity: 'advice',
  }),
  rule({
    id: 'national.venue.activity_room_capacity',
    clauses: ['三（一）1'],
    provenance: 'interpretation',
    severity: 'advice',
    title: { zh: '创业活动室可容纳30-50人', en: 'Activity room seats 30–50' },
    check: (s, ctx) =>
      atLeast(ctx.param(p.activityRoomCapacity), s.venue?.activityRoomCapacity, 'venue.activityRoomCapacity'),
  }),
  listRule('national.venue.back_office', p.backOffice, 'venue.zones', zonesOf, { severity: 'advice' }),
];

export const resourcesRule = listRule<StudioApplication>(
  'national.resources',
  p.resourceLibraries,
  'resources',
  (s) => s.resources,
  {
    clauses: ['三（二）', '三（二）1', '三（二）2', '三（二）3', '三（二）4', '三（二）5'],
    title: { zh: '五个服务资源库', en: 'The five resource libraries' },
  },
);

export const systemsRules: Rule<StudioApplication>[] = [
  listRule('national.systems', p.managementSystems, 'systems', (s) => s.systems, {
    clauses: [
      '三（四）',
      '三（四）1',
      '三（四）2',
      '三（四）3',
      '三（四）4',
      '三（四）5',
      '三（四）6',
      '三（四）7',
      '三（四）8',
    ],
    title: { zh: '管理制度（预约服务除外）', en: 'The management systems (appointments apart)' },
  }),
  // 三（四）1 "工作室可以建立预约服务制度": allowed, so advice.
  listRule('national.systems.appointment', p.appointmentSystem, 'systems', (s) => s.systems, { severity: 'advice' }),
  listRule('national.systems.special_fund', p.specialFundSystem, 'systems', (s) => s.systems),
  factRule('national.annual_work_plan', '三（四）', p.annualWorkPlan, 'annualWorkPlan', (s) => s.annualWorkPlan),
];

export const studioRules: Rule<StudioApplication>[] = [
  ...leadRules,
  carrierRule,
  staffRule('national.staff.count'),
  namingRule,
  ...venueRules,
  resourcesRule,
  ...systemsRules,
];
