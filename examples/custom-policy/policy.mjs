// 示例市创业指导师工作室认定办法（示例，虚构）— an INVENTED text, written for this example:
// 示例市 does not exist and no authority issued these measures. It shows how a district
// encodes its own measures with the public authoring API only: clauses verbatim,
// parameters with provenance, rules that read them at check time, and two versions of
// the text (2025, and the 2027 revision that raises one threshold and repeals it).
//
// Plain JavaScript, so that the command can load it as it is:
//   chuangye compare national --policy-module examples/custom-policy/policy.mjs
//   chuangye compare --profile examples/custom-policy/studio-profile.json --policy-module examples/custom-policy/policy.mjs
// Its tests (test/examples/custom-policy.test.ts) run the test kit over it.
import {
  amountAtLeast,
  atLeast,
  decimalAmount,
  definePolicy,
  everyMember,
  generateName,
  includesAll,
  isoDate,
  missing,
  nameFollows,
  nameText,
  notApplicable,
  policyVersions,
  present,
  rule,
  subject,
  yearsAtLeast,
} from 'chuangye-rules/define';
// zod is the package's own schema language (a dependency of chuangye-rules): add it to yours.
import * as z from 'zod/mini';

/** The source texts, as published (whitespace aside, every clause below is found in them). */
export const SOURCES = Object.freeze({
  2025: new URL('./measures-2025.txt', import.meta.url),
  2027: new URL('./measures-2027.txt', import.meta.url),
});

const ISSUER = {
  zh: '示例市人力资源和社会保障局（虚构）',
  en: 'Example City Human Resources and Social Security Bureau (invented)',
};
const TITLE = {
  zh: '示例市创业指导师工作室认定办法（示例，虚构）',
  en: 'Measures of Example City for Recognising Mentor Studios (an invented example)',
};

// ---- 1. The clauses: every provision, in order, verbatim, each marked by how it is accounted for.

/** The clauses of a version: only 第五条 (the area) and 第十条 (force, repeal) differ. */
function clausesOf(version) {
  return [
    {
      id: '第一条',
      text: '为规范本市创业指导师工作室（以下简称工作室）的认定和管理，发挥创业指导师的示范带动作用，结合本市实际，制定本办法。',
      coverage: 'informative',
    },
    { id: '第二条', text: '本办法适用于本市行政区域内工作室的申请、认定和管理。', coverage: 'informative' },
    {
      id: '第三条',
      text: '工作室应当有1名以上领办人。领办人应当从事创业指导服务3年（含）以上。',
      coverage: 'rule',
    },
    { id: '第四条', text: '工作室应当配备专职工作人员不少于3名。', coverage: 'rule' },
    { id: '第五条', text: `工作室应当有固定的服务场所，使用面积不少于${version.area.value}平方米。`, coverage: 'rule' },
    { id: '第六条', text: '工作室成立以来累计为创业者提供指导服务不少于50人次。', coverage: 'rule' },
    { id: '第七条', text: '申请认定的，应当提交下列材料：', coverage: 'rule' },
    { id: '第七条（一）', text: '工作室认定申请表；', coverage: 'rule' },
    { id: '第七条（二）', text: '领办人从事创业指导服务的证明材料；', coverage: 'rule' },
    { id: '第七条（三）', text: '服务场所使用证明。', coverage: 'rule' },
    {
      id: '第八条',
      text: '市人力资源社会保障部门自受理申请之日起15个工作日内完成审核，对符合条件的予以认定并向社会公布。',
      coverage: 'procedure',
    },
    { id: '第九条', text: '工作室名称统一为“示例市+领办人姓名+创业指导师工作室”。', coverage: 'rule' },
    { id: '第十条', text: version.force, coverage: 'informative' },
  ];
}

// ---- 2. The parameters: every value the text fixes, with the words it comes from.

const count = (id, value, clause, quote, zh, en, unit) => ({
  id,
  value,
  clause,
  quote,
  provenance: 'text',
  label: { zh, en },
  unit,
});
const PERSONS = { zh: '名', en: 'persons' };
const leadCount = count('lead.count', 1, '第三条', '应当有1名以上领办人', '领办人人数', 'Lead persons', PERSONS);
const leadYears = count(
  'lead.serviceYears',
  3,
  '第三条',
  '从事创业指导服务3年（含）以上',
  '领办人从事创业指导服务年限',
  "Lead person's years of guidance service",
  { zh: '年', en: 'years' },
);
const staffCount = count(
  'staff.fullTime',
  3,
  '第四条',
  '专职工作人员不少于3名',
  '专职工作人员人数',
  'Full-time staff',
  PERSONS,
);
const sessions = count(
  'sessions.min',
  50,
  '第六条',
  '累计为创业者提供指导服务不少于50人次',
  '累计指导服务人次',
  'Guidance sessions given',
  { zh: '人次', en: 'sessions' },
);
/** 第五条: the one value the 2027 revision changes. A decimal string: areas compare exactly. */
const areaOf = (area) => ({
  id: 'venue.areaSqm',
  value: String(area),
  clause: '第五条',
  quote: `使用面积不少于${area}平方米`,
  provenance: 'text',
  label: { zh: '服务场所使用面积', en: 'Floor area of the premises' },
  unit: { zh: '平方米', en: 'm²' },
});
/** The 2025 value; the shared rule holds this object, and reads each version's own by its id. */
const area2025 = areaOf(80);
const materials = {
  id: 'materials.required',
  value: [
    { id: 'application_form', label: { zh: '工作室认定申请表', en: 'application form' } },
    {
      id: 'service_proof',
      label: { zh: '领办人从事创业指导服务的证明材料', en: "proof of the lead's guidance service" },
    },
    { id: 'premises_proof', label: { zh: '服务场所使用证明', en: 'proof of use of the premises' } },
  ],
  clause: '第七条',
  quote: '应当提交下列材料',
  provenance: 'text',
  label: { zh: '申请材料', en: 'Application materials' },
};
/** 第八条: a procedure's period, dated on the official working-day calendar; no rule reads it. */
const reviewDays = {
  ...count('review.workdays', 15, '第八条', '15个工作日内完成审核', '审核期限', 'Review period', {
    zh: '个工作日',
    en: 'working days',
  }),
  informative: true,
};

const naming = {
  pattern: '示例市+领办人姓名+创业指导师工作室',
  parts: [
    { literal: '示例市' },
    { field: 'leadName', label: { zh: '领办人姓名', en: "lead person's name" } },
    { literal: '创业指导师工作室' },
  ],
  clause: '第九条',
  extraElementsAllowed: false,
};

// ---- 3. The subject: what an application says, and the rules over it.

const studioSchema = z.strictObject({
  name: z.optional(nameText),
  leads: z.optional(
    z.array(
      z.strictObject({
        name: z.optional(nameText),
        /** The day the lead began guidance service: the years are counted exactly at the as-of date. */
        guidanceSince: z.optional(isoDate),
        /** Or the years declared, where no start date is known. */
        guidanceYears: z.optional(z.number().check(z.nonnegative())),
      }),
    ),
  ),
  fullTimeStaff: z.optional(z.int().check(z.nonnegative())),
  venue: z.optional(z.strictObject({ fixed: z.optional(z.boolean()), areaSqm: z.optional(decimalAmount) })),
  sessionsServed: z.optional(z.int().check(z.nonnegative())),
  materials: z.optional(z.array(z.string())),
});

const NO_LEADS = {
  params: {
    label: { zh: '领办人条件', en: "Lead person's conditions" },
    reason: { zh: '申报未列出领办人', en: 'the application lists no lead person' },
  },
};

// One rule set for both versions: a rule reads a parameter by its id in the version
// checked, so `ctx.param(area2025)` gives 100 under the 2027 revision (policyVersions).
function studioRules() {
  return [
    rule({
      id: 'shili.lead.count',
      clauses: ['第三条'],
      provenance: 'text',
      title: { zh: '1名以上领办人', en: 'At least one lead person' },
      check: (s, ctx) => atLeast(ctx.param(leadCount), s.leads?.length, 'leads'),
    }),
    rule({
      id: 'shili.lead.service_years',
      clauses: ['第三条'],
      provenance: 'text',
      title: { zh: '领办人从事创业指导服务3年（含）以上', en: 'Lead person: 3 or more years of guidance service' },
      check: (s, ctx) => {
        if (s.leads === undefined) return missing(leadCount.label, ['leads']);
        // No lead listed is decided once, by the count above.
        if (s.leads.length === 0) return notApplicable('not_applicable', NO_LEADS);
        const years = ctx.param(leadYears);
        return everyMember(
          s.leads.map((lead, i) =>
            yearsAtLeast(years, { since: lead.guidanceSince, years: lead.guidanceYears }, ctx.asOf, [
              `leads.${i}.guidanceSince`,
            ]),
          ),
        );
      },
    }),
    rule({
      id: 'shili.staff.count',
      clauses: ['第四条'],
      provenance: 'text',
      title: { zh: '专职工作人员不少于3名', en: 'At least 3 full-time staff' },
      check: (s, ctx) => atLeast(ctx.param(staffCount), s.fullTimeStaff, 'fullTimeStaff'),
    }),
    rule({
      id: 'shili.venue.fixed',
      clauses: ['第五条'],
      provenance: 'text',
      title: { zh: '有固定的服务场所', en: 'Fixed premises' },
      check: (s) => present({ zh: '固定的服务场所', en: 'Fixed premises' }, s.venue?.fixed, 'venue.fixed'),
    }),
    rule({
      id: 'shili.venue.area',
      clauses: ['第五条'],
      provenance: 'text',
      // The title names no number: the versions set different ones (the result's `expected` says which).
      title: { zh: '使用面积不少于规定面积', en: 'Floor area at least the area the measures set' },
      check: (s, ctx) => amountAtLeast(ctx.param(area2025), s.venue?.areaSqm, 'venue.areaSqm'),
    }),
    rule({
      id: 'shili.sessions',
      clauses: ['第六条'],
      provenance: 'text',
      title: { zh: '累计指导服务不少于50人次', en: 'At least 50 guidance sessions given' },
      check: (s, ctx) => atLeast(ctx.param(sessions), s.sessionsServed, 'sessionsServed'),
    }),
    rule({
      id: 'shili.materials',
      clauses: ['第七条', '第七条（一）', '第七条（二）', '第七条（三）'],
      provenance: 'text',
      title: { zh: '申请材料齐全', en: 'The application materials are complete' },
      check: (s, ctx) => includesAll(ctx.param(materials), s.materials, 'materials'),
    }),
    rule({
      id: 'shili.naming',
      clauses: ['第九条'],
      provenance: 'text',
      title: { zh: '名称为“示例市+领办人姓名+创业指导师工作室”', en: 'Named 示例市 + lead name + 创业指导师工作室' },
      check: (s) => {
        if (s.leads?.length === 0) return notApplicable('not_applicable', NO_LEADS);
        const leads = s.leads ?? [undefined];
        return nameFollows(
          naming,
          s.name,
          leads.map((l) => ({ leadName: l?.name })),
          { name: 'name', fields: (i) => ({ leadName: `leads.${i}.name` }) },
        );
      },
    }),
  ];
}
const rules = studioRules();

const labels = {
  subjectName: 'name',
  personName: { 'leads[]': 'name' },
  fields: {
    name: { zh: '工作室名称', en: 'Studio name' },
    leads: { zh: '领办人', en: 'Lead persons' },
    'leads[].name': { zh: '领办人姓名', en: "Lead person's name" },
    'leads[].guidanceSince': { zh: '领办人开始从事创业指导服务的日期', en: 'Date the lead began guidance service' },
    'leads[].guidanceYears': { zh: '领办人从事创业指导服务年限', en: "Lead's years of guidance service" },
    fullTimeStaff: { zh: '专职工作人员人数', en: 'Full-time staff' },
    venue: { zh: '服务场所', en: 'Premises' },
    'venue.fixed': { zh: '是否为固定场所', en: 'Fixed premises' },
    'venue.areaSqm': { zh: '使用面积（平方米）', en: 'Floor area (m²)' },
    sessionsServed: { zh: '累计指导服务人次', en: 'Guidance sessions given' },
    materials: {
      zh: '已提交的申请材料',
      en: 'Materials submitted',
      values: Object.fromEntries(materials.value.map((m) => [m.id, m.label])),
    },
  },
};

// ---- 4. The common studio profile (compare.checkEverywhere, nextQuestions) read as this
// policy's input, so that one studio can be checked here beside the guideline. What the
// profile does not say (the sessions served, the materials) the applicant gives under
// extra.shili, in this policy's own input shape.

/** The profile (parsed by compare.studioProfileSchema) as the studio input of these measures. */
function studioInput(profile) {
  const own = profile.extra?.shili ?? {};
  const lead = profile.lead;
  const name = generateName(naming, { leadName: lead?.name });
  return {
    ...(name === null ? {} : { name }),
    ...(lead === undefined
      ? {}
      : {
          leads: [
            {
              ...(lead.name === undefined ? {} : { name: lead.name }),
              ...(lead.serviceSince === undefined ? {} : { guidanceSince: lead.serviceSince }),
              ...(lead.serviceYears === undefined ? {} : { guidanceYears: lead.serviceYears }),
            },
          ],
        }),
    // 第四条 counts full-time staff: the profile's staff list, each a person (an interpretation: listed staff are full-time).
    ...(profile.staff === undefined ? {} : { fullTimeStaff: profile.staff.length }),
    ...(profile.venue === undefined
      ? {}
      : {
          venue: {
            ...(profile.venue.fixed === undefined ? {} : { fixed: profile.venue.fixed }),
            ...(profile.venue.areaSqm === undefined ? {} : { areaSqm: profile.venue.areaSqm }),
          },
        }),
    ...own,
  };
}

const profile = {
  subject: 'studio',
  input: studioInput,
  // The way back: the input paths a rule names as missing, as the profile's fields.
  paths: {
    name: 'lead.name',
    leads: 'lead.name',
    'leads[].name': 'lead.name',
    'leads[].guidanceSince': 'lead.serviceSince',
    'leads[].guidanceYears': 'lead.serviceSince',
    fullTimeStaff: 'staff',
  },
  // The threshold each profile field must meet, read from the parameter that sets it.
  needs: { 'lead.serviceSince': 'lead.serviceYears', staff: 'staff.fullTime', 'venue.areaSqm': 'venue.areaSqm' },
};

// ---- 5. The policy: one definition per version, and the versions as one policy.

function define(version) {
  return definePolicy({
    id: 'shili',
    title: TITLE,
    issuer: ISSUER,
    docNumber: version.docNumber,
    binding: true,
    effective: { from: version.from, to: null, clause: '第十条' },
    repeals: version.repeals,
    clauses: clausesOf(version),
    parameters: [leadCount, leadYears, staffCount, version.area, sessions, materials, reviewDays],
    checks: {
      studio: subject(studioSchema, {
        label: { zh: '示例市创业指导师工作室（虚构）', en: 'Example City mentor studio (invented)' },
        rules,
        labels,
      }),
    },
    naming,
    profile,
    procedures: [
      {
        id: 'recognition',
        label: { zh: '认定', en: 'Recognition' },
        steps: [
          {
            id: 'accepted',
            label: { zh: '受理申请', en: 'Application accepted' },
            clauses: ['第八条'],
            duration: { kind: 'none' },
          },
          {
            id: 'reviewed',
            label: { zh: '完成审核', en: 'Review completed' },
            clauses: ['第八条'],
            duration: { kind: 'workdays', n: reviewDays },
          },
        ],
      },
    ],
  });
}

/** The 2025 measures (示人社规〔2025〕1号), in force from 2025-03-01 until the 2027 revision. */
export const measures2025 = define({
  docNumber: '示人社规〔2025〕1号',
  from: '2025-03-01',
  area: area2025,
  repeals: [],
  force: '本办法自2025年3月1日起施行。',
});

/** The 2027 revision (示人社规〔2027〕1号): 100 m² in place of 80; repeals the 2025 measures. */
export const measures2027 = define({
  docNumber: '示人社规〔2027〕1号',
  from: '2027-01-01',
  area: areaOf(100),
  repeals: ['示人社规〔2025〕1号'],
  force:
    '本办法自2027年1月1日起施行。《示例市创业指导师工作室认定办法（示例，虚构）》（示人社规〔2025〕1号）同时废止。',
});

/** Both versions as one policy: a check takes the one in force on its as-of date, and names it. */
export const policy = policyVersions([measures2025, measures2027]);
export default policy;
