// Every value Tianjin's notice fixes. Where it restates the national guideline the
// national parameter is reused with Tianjin's own citation; where it differs (a 100 m²
// floor, a 3-year use right, seven systems, no self-service area) the difference is here.

import { deepFreeze } from '../../core/freeze.js';
import type { NamingRule } from '../../core/naming.js';
import type { Option } from '../../core/rules.js';
import type { Parameter } from '../../core/types.js';
import * as national from '../national/parameters.js';

const opt = (id: string, zh: string, en: string): Option => ({ id, label: { zh, en } });

export const leadCount: Parameter<number> = {
  ...national.leadCount,
  clause: '二（一）',
  quote: '由领办人和创业服务载体联合申报',
  provenance: 'interpretation',
  note: 'The notice names the 领办人 without a number; a joint application by "领办人和创业服务载体" needs at least one lead, as the national guideline states outright (一（三）1 "至少有 1 名领办人"). An application listing no lead fails.',
};

/** 二（一）: the carrier applies jointly with the lead. */
export const carrierNamed = Object.freeze({ zh: '创业服务载体', en: 'Entrepreneurship-service carrier' } as const);

export const leadServiceYears: Parameter<number> = {
  ...national.leadServiceYears,
  clause: '二（一）1',
  quote: '从事创业指导服务工作5年（含）以上',
};

export const leadRoles: Parameter<readonly Option[]> = {
  ...national.leadRoles,
  value: national.leadRoles.value.map((o) =>
    o.id === 'trainer' ? opt('trainer', '优秀创业培训讲师', 'outstanding entrepreneurship trainer') : o,
  ),
  clause: '二（一）1',
  quote: '一般为优秀创业指导师，或优秀创业培训讲师、创业指导人员、企业家、投资人等',
};

export const leadSocialInfluence = national.leadSocialInfluence;

export const venueArea: Parameter<string> = {
  id: 'venue.areaSqm',
  value: '100',
  clause: '二（一）2',
  quote: '面积不小于100m2',
  provenance: 'text',
  label: { zh: '场所面积', en: 'Floor area' },
  unit: { zh: '平方米', en: 'm²' },
};

export const useRightYears: Parameter<number> = {
  id: 'venue.useRightYears',
  value: 3,
  clause: '二（一）2',
  quote: '场地使用权不少于3年',
  provenance: 'interpretation',
  label: { zh: '场地使用权剩余年限', en: 'Remaining right to use the premises' },
  unit: { zh: '年', en: 'years' },
  note: 'Counted from the as-of date (the application): the right must run at least to the day before the 3rd anniversary (legal periods kind D). A lease that began earlier counts only for what remains.',
};

/** Two readings of "场地使用权不少于3年" (issue 11.10). */
export const useRightReading: Parameter<string> = {
  id: 'venue.useRightReading',
  value: 'remaining',
  choices: ['remaining', 'term'],
  clause: '二（一）2',
  quote: '场地使用权不少于3年',
  provenance: 'interpretation',
  label: { zh: '场地使用权年限的读法', en: 'How the 3-year use right is read' },
  note: '\'remaining\' (default): the right still runs at least 3 years from the as-of date (useRightUntil on or after the day before its 3rd anniversary, kind D). \'term\': the lease (useRightFrom to useRightUntil) is of at least 3 years, the first day counted (kind D), and has not ended at the as-of date — as many offices read it. Pass readings { "venue.useRightReading": "term" }; the result names the reading used.',
};

export const equipment = { zh: '设施设备健全', en: 'Complete facilities and equipment' } as const;
export const convenientLocation = { zh: '场地地理位置交通便利', en: 'Premises conveniently located' } as const;
export const operatingEntity = {
  zh: '具有开展工作的实体，从事创业相关的业务活动',
  en: 'An operating entity engaged in entrepreneurship-related business',
} as const;

export const carrierKinds: Parameter<readonly Option[]> = {
  ...national.carrierKinds,
  value: national.carrierKinds.value.map((o) =>
    o.id === 'training_institution'
      ? opt('training_institution', '创业培训机构', 'entrepreneurship training institution')
      : o,
  ),
  clause: '二（一）2',
  quote:
    '处于公共就业创业服务机构、创业培训机构、高等院校、职业院校（含技工院校）、创业孵化器、创业园区、创业投资机构等场所内',
  note: 'The list ends in "等": another kind is left to the authority (kindAccepted). Tianjin asks where the premises are ("处于…场所内"); the kind of the carrier answers it.',
};

export const staffCount: Parameter<number> = {
  ...national.staffCount,
  clause: '二（一）3',
  quote: '3名及以上专兼职工作人员组成',
  label: { zh: '从业满2年的专兼职工作人员人数', en: 'Full- or part-time staff with 2 or more years' },
};

export const staffDistinctBy: Parameter<string> = {
  ...national.staffDistinctBy,
  clause: '二（一）3',
  quote: '3名及以上专兼职工作人员组成',
};

export const staffExperienceYears: Parameter<number> = {
  ...national.staffExperienceYears,
  clause: '二（一）3',
  quote: '从事创业相关工作2年（含）以上',
  label: { zh: '工作人员从事创业相关工作年限', en: "Staff member's years in entrepreneurship-related work" },
};

export const consultingZones: Parameter<readonly Option[]> = {
  id: 'venue.consultingZones',
  value: national.consultingZones.value.filter((o) => o.id !== 'self_service_area'),
  clause: '二（二）',
  quote: '包括咨询室、创业活动室、宣传展示区等',
  provenance: 'text',
  label: national.consultingZones.label,
};

export const backOffice: Parameter<readonly Option[]> = {
  ...national.backOffice,
  clause: '二（二）',
  quote: '后台办公区供工作人员日常办公使用',
};

export const consultingSeparated = national.consultingSeparated;

export const resourceLibraries: Parameter<readonly Option[]> = {
  ...national.resourceLibraries,
  clause: '二（三）',
  quote: '具备开展指导服务所需的资源',
};

/** 二（四）2–7; 二（四）1, the annual work plan and its reporting, is its own rule. */
export const managementSystems: Parameter<readonly Option[]> = {
  id: 'systems.required',
  value: [
    opt('reception', '接待服务制度', 'reception service'),
    opt('tiered_service', '分级分类服务机制', 'tiered and categorised service'),
    opt('service_records', '完整记录已进行的各项创业指导服务', 'complete records of guidance given'),
    opt('funding', '经费管理制度', 'funds management'),
    opt('discipline', '监督追责机制', 'supervision and accountability'),
    opt('external_experts', '外聘专家管理制度', 'external experts'),
  ],
  clause: '二（四）',
  quote: '具备完善可执行的管理制度，并规范运作',
  provenance: 'text',
  label: { zh: '管理制度', en: 'Management systems' },
};

export const annualWorkPlan = {
  zh: '制定年度工作计划并向所在区人社行政部门报备',
  en: 'Annual work plan, reported to the district bureau',
} as const;

/** 三（一）5: "创业指导师工作室名称按“天津市+领办人姓名+创业指导师工作室+专业领域”命名". */
export const naming: NamingRule = deepFreeze({
  pattern: '天津市+领办人姓名+创业指导师工作室+专业领域',
  parts: [
    { literal: '天津市' },
    { field: 'leadName', label: { zh: '领办人姓名', en: "lead person's name" } },
    { literal: '创业指导师工作室' },
    { field: 'specialty', label: { zh: '专业领域', en: 'field of specialty' } },
  ],
  clause: '三（一）5',
  extraElementsAllowed: false,
});

// Application materials (三（二）)

export const applicationReportContents: Parameter<readonly Option[]> = {
  id: 'materials.applicationReport',
  value: [
    opt('teamIntroduction', '创业指导师及团队情况介绍', 'the mentor and the team'),
    opt('servicePerformance', '开展创业指导服务工作业绩', 'guidance work done'),
    opt('advantages', '申报工作室的优势', "the studio's strengths"),
    opt('systemsAndPlans', '工作室管理制度和计划目标', 'management systems, plans and goals'),
    opt(
      'conditionsAndFunding',
      '能够为工作室提供场地、设备设施等工作条件和资金支持的情况说明',
      'premises, equipment and funding provided',
    ),
  ],
  clause: '三（二）2',
  quote:
    '创业指导师及团队情况介绍，开展创业指导服务工作业绩，申报工作室的优势，工作室管理制度和计划目标，能够为工作室提供场地、设备设施等工作条件和资金支持的情况说明',
  provenance: 'text',
  label: { zh: '申报单位申请报告', en: 'Application report' },
};

export const supportingDocuments: Parameter<readonly Option[]> = {
  id: 'materials.documents',
  value: [
    opt(
      'memberDocuments',
      '领办人和工作室成员的身份证件、学历、履历和获得奖励情况等材料',
      'identity, education, résumé and awards of lead and members',
    ),
    opt(
      'businessLicence',
      '创业服务载体的营业执照（或法人登记证书）等材料',
      "the carrier's business licence (or legal-person certificate)",
    ),
    opt(
      'premisesProof',
      '工作室场地使用、租赁或自有产权证明等材料',
      'proof of use, lease or ownership of the premises',
    ),
  ],
  clause: '三（二）3',
  quote:
    '包括领办人和工作室成员的身份证件、学历、履历和获得奖励情况等材料，创业服务载体的营业执照（或法人登记证书）等材料，工作室场地使用、租赁或自有产权证明等材料',
  provenance: 'text',
  label: { zh: '其他相关材料', en: 'Supporting documents' },
};

// Procedures (三（一）, 四（二）, 五)

export const recognitionsPerYear: Parameter<number> = {
  id: 'procedure.recognitionsPerYear',
  // A procedure's fixed step (procedures.ts), not read by a rule of a check.
  informative: true,
  value: 1,
  clause: '三（一）',
  quote: '工作室每年认定一次',
  provenance: 'text',
  label: { zh: '每年认定次数', en: 'Recognitions a year' },
  unit: { zh: '次', en: 'times' },
};

export const initialReviewWorkdays: Parameter<number> = {
  id: 'procedure.initialReviewWorkdays',
  // A procedure's fixed step (procedures.ts), not read by a rule of a check.
  informative: true,
  value: 7,
  clause: '三（一）2',
  quote: '在7个工作日内进行现场核实',
  provenance: 'interpretation',
  label: { zh: '区级初审现场核实时限', en: 'District on-site verification' },
  unit: { zh: '个工作日', en: 'working days' },
  note: 'The text does not say from when; counted from the application (三（一）1), the event the district receives.',
};

export const cityReviewWorkdays: Parameter<number> = {
  id: 'procedure.cityReviewWorkdays',
  // A procedure's fixed step (procedures.ts), not read by a rule of a check.
  informative: true,
  value: 7,
  clause: '三（一）3',
  quote: '市级公共就业服务机构在7个工作日内进行复审和现场复核',
  provenance: 'interpretation',
  label: { zh: '市级复审复核时限', en: 'City review and on-site re-check' },
  unit: { zh: '个工作日', en: 'working days' },
  note: 'Counted from the district’s initial review (三（一）2), which the city receives.',
};

export const recognitionPublicityWorkdays: Parameter<number> = {
  id: 'procedure.recognitionPublicityWorkdays',
  // A procedure's fixed step (procedures.ts), not read by a rule of a check.
  informative: true,
  value: 5,
  clause: '三（一）3',
  quote: '公示期为5个工作日',
  provenance: 'text',
  label: { zh: '认定公示期', en: 'Recognition publicity' },
  unit: { zh: '个工作日', en: 'working days' },
};

export const evaluationPublicityWorkdays: Parameter<number> = {
  ...recognitionPublicityWorkdays,
  id: 'procedure.evaluationPublicityWorkdays',
  clause: '四（二）4',
  label: { zh: '评估结果公示期', en: 'Evaluation publicity' },
};

/**
 * "N个工作日内": 内 read as 以内, so the N-th working day is on time (Civil Code
 * 第一千二百五十九条 by analogy, legal periods kinds A and G).
 */
export const withinIncludesLastDay: Parameter<boolean> = {
  id: 'procedure.withinIncludesLastDay',
  // A procedure's fixed step (procedures.ts), not read by a rule of a check.
  informative: true,
  value: true,
  clause: '五（三）',
  quote: '应于10个工作日内',
  provenance: 'interpretation',
  label: { zh: '“N个工作日内”含第N个工作日', en: '"Within N working days" includes the N-th' },
  note: 'The texts write 内, not the article\'s 以内: reading it inclusively is by analogy with Civil Code 第一千二百五十九条, as for 三（一）2 and 3 ("在7个工作日内"). The alternative (the N-th working day already late) is not offered: no authority reads a time limit that way.',
};

/** 四（二）4 "对合格以上等次的": 以上 includes 合格 (Civil Code 第一千二百五十九条, the article's own word). */
export const publishedFromGrade: Parameter<string> = {
  id: 'evaluation.publishedFromGrade',
  // A procedure's fixed step (procedures.ts), not read by a rule of a check.
  informative: true,
  value: 'pass',
  clause: '四（二）4',
  quote: '对合格以上等次的',
  provenance: 'text',
  label: { zh: '公示的最低等次', en: 'Lowest grade published' },
};

export const spotChecksPerYear: Parameter<number> = {
  id: 'supervision.spotChecksPerYear',
  // A procedure's fixed step (procedures.ts), not read by a rule of a check.
  informative: true,
  value: 1,
  clause: '五（一）',
  quote: '每年对每家工作室至少抽查1次',
  provenance: 'text',
  label: { zh: '每年抽查次数', en: 'Spot checks a year' },
  unit: { zh: '次', en: 'times' },
};

export const rectificationDays: Parameter<number> = {
  id: 'supervision.rectificationDays',
  // A procedure's fixed step (procedures.ts), not read by a rule of a check.
  informative: true,
  value: 30,
  clause: '五（二）',
  quote: '整改期为30天',
  provenance: 'text',
  label: { zh: '整改期', en: 'Rectification period' },
  unit: { zh: '天', en: 'days' },
  note: 'Calendar days from the order (Civil Code art. 201), a last day on a rest day moving on (art. 203).',
};

export const changeFilingWorkdays: Parameter<number> = {
  id: 'supervision.changeFilingWorkdays',
  // A procedure's fixed step (procedures.ts), not read by a rule of a check.
  informative: true,
  value: 10,
  clause: '五（三）',
  quote: '应于10个工作日内报所在区人社行政部门备案',
  provenance: 'text',
  label: { zh: '变更备案时限', en: 'Filing a change' },
  unit: { zh: '个工作日', en: 'working days' },
};

// The annual evaluation (四)

export const evaluationAfterYears: Parameter<number> = {
  id: 'evaluation.afterYears',
  value: 1,
  clause: '四（二）',
  quote: '每年对认定后运行满1年的工作室开展评估',
  provenance: 'text',
  label: { zh: '认定后运行年限', en: 'Years run since recognition' },
  unit: { zh: '年', en: 'years' },
};

export const minServiceActivities: Parameter<number> = {
  id: 'evaluation.minServiceActivities',
  value: 5,
  clause: '四（一）4（1）',
  quote: '每年至少组织5场创业政策咨询、创业培训等服务交流指导活动',
  provenance: 'text',
  label: { zh: '服务交流指导活动', en: 'Consultation, training and exchange activities' },
  unit: { zh: '场', en: '' },
};

export const minFourIntoActivities: Parameter<number> = {
  id: 'evaluation.minFourIntoActivities',
  value: 2,
  clause: '四（一）4（2）',
  quote: '每年至少开展2次创业指导“四进”（进园区、进企业、进校园、进社区）主题活动',
  provenance: 'text',
  label: { zh: '“四进”主题活动', en: '"Four into" activities (parks, enterprises, campuses, communities)' },
  unit: { zh: '次', en: '' },
};

export const minFinancingEvents: Parameter<number> = {
  id: 'evaluation.minFinancingEvents',
  value: 1,
  clause: '四（一）4（3）',
  quote: '每年至少开展1次融资对接活动',
  provenance: 'text',
  label: { zh: '融资对接活动', en: 'Financing match-making events' },
  unit: { zh: '次', en: '' },
};

export const minNewStartups: Parameter<number> = {
  id: 'evaluation.minNewStartups',
  value: 10,
  clause: '四（一）5',
  quote: '每年新服务初创企业（成立3年内）不少于10家',
  provenance: 'text',
  label: { zh: '新服务初创企业（成立3年内）', en: 'Newly served start-ups (founded within 3 years)' },
  unit: { zh: '家', en: '' },
};

export const startupMaxAgeYears: Parameter<number> = {
  id: 'evaluation.startupMaxAgeYears',
  value: 3,
  clause: '四（一）5',
  quote: '初创企业（成立3年内）',
  provenance: 'interpretation',
  label: { zh: '初创企业成立年限', en: 'Age of a start-up' },
  unit: { zh: '年', en: 'years' },
  note: '"成立3年内" at the first service, the 3rd anniversary included by default (see evaluation.startupAgeInclusive).',
};

/**
 * Civil Code 第一千二百五十九条 counts 以内 inclusively; "3年内" is not the article's own
 * word, so including the anniversary is a reading by analogy (legal periods kind G).
 */
export const startupAgeInclusive: Parameter<boolean> = {
  id: 'evaluation.startupAgeInclusive',
  value: true,
  clause: '四（一）5',
  quote: '初创企业（成立3年内）',
  provenance: 'interpretation',
  label: { zh: '“成立3年内”含第3个周年日', en: '"Within 3 years" includes the 3rd anniversary' },
  note: 'By analogy with Civil Code 第一千二百五十九条 (以内 includes the number itself): a start-up first served on the 3rd anniversary of its founding still counts; the day after, it does not. Pass readings { "evaluation.startupAgeInclusive": false } to exclude the anniversary.',
};

/** Counts count distinct things: how two entries are found to be the same (issue 11.7). */
export const distinctBy: Parameter<string> = {
  id: 'evaluation.distinctBy',
  value: 'creditCode_else_name',
  choices: ['creditCode_else_name', 'entry'],
  clause: '四（一）5',
  quote: '每年新服务初创企业（成立3年内）不少于10家',
  provenance: 'interpretation',
  label: { zh: '同一企业（项目）的认定依据', en: 'What makes two entries the same' },
  note: 'The text counts 家 and 个: an enterprise or project listed twice counts once. Two enterprises are the same when they share a 统一社会信用代码; where an entry gives no code, when their names agree after normalising (NFKC, spaces removed, letters in lower case). Projects, which have no code, by name. An entry with neither is counted on its own. Alternative (readings { "evaluation.distinctBy": "entry" }): every entry counts (the list as given).',
};

export const minIncubatedProjects: Parameter<number> = {
  id: 'evaluation.minIncubatedProjects',
  value: 3,
  clause: '四（一）5',
  quote: '成功孵化创业项目不少于3个',
  provenance: 'text',
  label: { zh: '成功孵化创业项目', en: 'Successfully incubated projects' },
  unit: { zh: '个', en: '' },
};

export const minGrownStartups: Parameter<number> = {
  id: 'evaluation.minGrownStartups',
  value: 1,
  clause: '四（一）5',
  quote: '初创企业成为成长企业（如获100万元及以上融资支持）不少于1家',
  provenance: 'text',
  label: { zh: '成为成长企业的初创企业', en: 'Start-ups grown into growth enterprises' },
  unit: { zh: '家', en: '' },
};

export const growthFinancingYuan: Parameter<string> = {
  id: 'evaluation.growthFinancingYuan',
  value: '1000000',
  clause: '四（一）5',
  quote: '如获100万元及以上融资支持',
  provenance: 'text',
  label: { zh: '成长企业融资额', en: 'Financing of a growth enterprise' },
  unit: { zh: '元', en: 'yuan' },
  note: '"如" (for example): financing is one proof of growth; `recognizedAsGrowth` records another the evaluators accept.',
};

export const noViolations = { zh: '无违法违纪行为', en: 'No violation of law or discipline' } as const;

export const parameters: Parameter[] = [
  leadCount,
  leadServiceYears,
  leadRoles,
  venueArea,
  useRightYears,
  useRightReading,
  carrierKinds,
  staffCount,
  staffDistinctBy,
  staffExperienceYears,
  consultingZones,
  backOffice,
  resourceLibraries,
  managementSystems,
  applicationReportContents,
  supportingDocuments,
  recognitionsPerYear,
  initialReviewWorkdays,
  cityReviewWorkdays,
  recognitionPublicityWorkdays,
  evaluationPublicityWorkdays,
  withinIncludesLastDay,
  publishedFromGrade,
  spotChecksPerYear,
  rectificationDays,
  changeFilingWorkdays,
  evaluationAfterYears,
  minServiceActivities,
  minFourIntoActivities,
  minFinancingEvents,
  minNewStartups,
  startupMaxAgeYears,
  startupAgeInclusive,
  distinctBy,
  minIncubatedProjects,
  minGrownStartups,
  growthFinancingYuan,
];
