// Every value the guideline fixes, with the words it comes from. Regional policies
// reuse these and override only what differs.

import { deepFreeze } from '../../core/freeze.js';
import type { NamingRule } from '../../core/naming.js';
import type { Option } from '../../core/rules.js';
import type { Parameter } from '../../core/types.js';

const opt = (id: string, zh: string, en: string): Option => ({ id, label: { zh, en } });

export const leadCount: Parameter<number> = {
  id: 'lead.count',
  value: 1,
  clause: '一（三）1',
  quote: '工作室至少有 1 名领办人作为核心成员',
  provenance: 'text',
  label: { zh: '领办人人数', en: 'Lead persons' },
  unit: { zh: '名', en: 'persons' },
};

export const leadServiceYears: Parameter<number> = {
  id: 'lead.serviceYears',
  value: 5,
  clause: '一（三）1',
  quote: '从事创业指导服务工作 5 年（含）以上',
  provenance: 'text',
  label: { zh: '领办人从事创业指导服务年限', en: "Lead person's years of entrepreneurship-guidance service" },
  unit: { zh: '年', en: 'years' },
  note: '"（含）": the 5th anniversary itself counts (legal periods kind E).',
};

export const leadRoles: Parameter<readonly Option[]> = {
  id: 'lead.roles',
  value: [
    opt('mentor', '优秀的创业指导师', 'outstanding entrepreneurship mentor'),
    opt('trainer', '创业培训师资', 'entrepreneurship trainer'),
    opt('guidance_staff', '创业指导人员', 'entrepreneurship guidance staff'),
    opt('entrepreneur', '企业家', 'entrepreneur'),
    opt('investor', '投资人', 'investor'),
  ],
  clause: '一（三）1',
  quote: '一般为优秀的创业指导师，或创业指导经验丰富的优秀创业培训师资、创业指导人员、企业家、投资人等',
  provenance: 'interpretation',
  label: { zh: '领办人身份', en: "Lead person's role" },
  note: 'The list is open ("一般为…等"): another role is not failed but left to the authority (roleAccepted).',
};

export const leadSocialInfluence = {
  zh: '领办人具有较强的社会影响力',
  en: 'Lead person has considerable social influence',
} as const;
export const leadLocalContribution = {
  zh: '领办人在当地创业培训服务工作中作出较大贡献',
  en: 'Lead person has contributed substantially to local entrepreneurship training services',
} as const;

export const carrierKinds: Parameter<readonly Option[]> = {
  id: 'carrier.kinds',
  value: [
    opt('public_employment_service', '公共就业创业服务机构', 'public employment and entrepreneurship service agency'),
    opt('training_institution', '创业培训服务机构', 'entrepreneurship training institution'),
    opt('university', '高等院校', 'university or college'),
    opt('vocational_college', '职业院校（含技工院校）', 'vocational college (technical schools included)'),
    opt('startup_park', '创业园区', 'entrepreneurship park'),
    opt('incubator', '创业孵化器', 'business incubator'),
    opt('venture_capital', '创业投资机构', 'venture capital institution'),
  ],
  clause: '一（三）2',
  quote:
    '包括公共就业创业服务机构、创业培训服务机构、高等院校、职业院校（含技工院校）、创业园区、创业孵化器、创业投资机构等',
  provenance: 'interpretation',
  label: { zh: '创业服务载体类型', en: 'Kind of entrepreneurship-service carrier' },
  note: 'The list ends in "等": another kind is left to the authority (kindAccepted).',
};

export const staffCount: Parameter<number> = {
  id: 'staff.count',
  value: 3,
  clause: '一（三）3',
  quote: '工作室还应有 3 名及以上工作人员',
  provenance: 'text',
  label: { zh: '从业满2年的工作人员人数', en: 'Staff with 2 or more years of experience' },
  unit: { zh: '名', en: 'persons' },
};

/** 名 counts persons: the same person listed twice counts once (issue 11.7). */
export const staffDistinctBy: Parameter<string> = {
  id: 'staff.distinctBy',
  value: 'name',
  choices: ['name', 'entry'],
  clause: '一（三）3',
  quote: '工作室还应有 3 名及以上工作人员',
  provenance: 'interpretation',
  label: { zh: '同一工作人员的认定依据', en: 'What makes two staff entries the same person' },
  note: 'Staff carry no identity number here, so two entries are one person when their names agree after normalising (NFKC, spaces removed, letters in lower case); the later entry is listed as a duplicate. Alternative (readings { "staff.distinctBy": "entry" }): every entry counts — two people of the same name must then be told apart in the names given.',
};

export const staffExperienceYears: Parameter<number> = {
  id: 'staff.experienceYears',
  value: 2,
  clause: '一（三）3',
  quote: '从事创业培训或创业指导工作 2 年（含）以上',
  provenance: 'text',
  label: {
    zh: '工作人员从事创业培训或创业指导工作年限',
    en: "Staff member's years in entrepreneurship training or guidance",
  },
  unit: { zh: '年', en: 'years' },
};

/** 一（四）: "工作室以“地区+领办人姓名+创业指导师工作室”命名。…可在此命名方式基础上增加相关要素". */
export const naming: NamingRule = deepFreeze({
  pattern: '地区+领办人姓名+创业指导师工作室',
  parts: [
    { field: 'region', label: { zh: '地区', en: 'region' } },
    { field: 'leadName', label: { zh: '领办人姓名', en: "lead person's name" } },
    { literal: '创业指导师工作室' },
  ],
  clause: '一（四）',
  extraElementsAllowed: true,
});

export const consultingZones: Parameter<readonly Option[]> = {
  id: 'venue.consultingZones',
  value: [
    opt('individual_consulting_room', '个体咨询室', 'individual consulting room'),
    opt('activity_room', '创业活动室', 'entrepreneurship activity room'),
    opt('display_area', '宣传展示区', 'display area'),
    opt('self_service_area', '自助服务区', 'self-service area'),
  ],
  clause: '三（一）1',
  quote: '包括个体咨询室、创业活动室、宣传展示区、自助服务区',
  provenance: 'text',
  label: { zh: '咨询服务区', en: 'Consulting service area' },
};

export const backOffice: Parameter<readonly Option[]> = {
  id: 'venue.backOffice',
  value: [opt('back_office', '后台办公区', 'back office')],
  clause: '三（一）2',
  quote: '后台办公区主要供工作室的工作人员日常办公使用',
  provenance: 'text',
  label: { zh: '后台办公区', en: 'Back office' },
};

export const activityRoomCapacity: Parameter<number> = {
  id: 'venue.activityRoomCapacity',
  value: 30,
  clause: '三（一）1',
  quote: '可容纳 30-50 人',
  provenance: 'interpretation',
  label: { zh: '创业活动室可容纳人数', en: 'Seats in the activity room' },
  unit: { zh: '人', en: 'persons' },
  note: '"可容纳 30-50 人" read as "holds at least 30": a larger room also holds 30 to 50. Pass 50 as a maximum by checking actual capacity yourself if your authority reads it as a range.',
};

export const resourceLibraries: Parameter<readonly Option[]> = {
  id: 'resources.libraries',
  value: [
    opt('service_objects', '服务对象库', 'service recipients library'),
    opt('basic_information', '基础信息库', 'basic information library'),
    opt('assessment_tools', '测评工具库', 'assessment tools library'),
    opt('expert_pool', '指导专家库', 'guidance experts library'),
    opt('training_courses', '培训课程库', 'training courses library'),
  ],
  clause: '三（二）',
  quote: '包括服务对象库、基础信息库、测评工具库、指导专家库和培训课程库等',
  provenance: 'text',
  label: { zh: '服务资源库', en: 'Service resource libraries' },
};

/** 三（四）1: "可以建立" — the one system the text allows rather than requires. */
export const appointmentSystem: Parameter<readonly Option[]> = {
  id: 'systems.appointment',
  value: [opt('appointment', '预约服务', 'appointments')],
  clause: '三（四）1',
  quote: '工作室可以建立预约服务制度',
  provenance: 'interpretation',
  label: { zh: '预约服务制度', en: 'Appointment system' },
  note: '三（四） lists 预约服务 among the systems, but 三（四）1 says the studio "可以建立" one: read as advice (the specific clause wins), so its absence never fails an application. Alternative: the list of 三（四） makes it a requirement.',
};

export const managementSystems: Parameter<readonly Option[]> = {
  id: 'systems.required',
  value: [
    opt('tiered_service', '分级分类服务', 'tiered and categorised service'),
    opt('case_closure', '服务项目结案', 'closing service cases'),
    opt('archives', '档案管理', 'archives'),
    opt('evaluation', '评价考核', 'evaluation of staff'),
    opt('funding', '经费管理', 'funds management'),
    opt('discipline', '组织纪律管理', 'organisational discipline'),
    opt('external_experts', '外聘专家管理', 'external experts'),
  ],
  clause: '三（四）',
  quote: '包括预约服务、分级分类服务、服务项目结案、档案管理、评价考核、经费管理、组织纪律管理和外聘专家管理等',
  provenance: 'interpretation',
  label: { zh: '管理制度', en: 'Management systems' },
  note: 'The systems 三（四） lists, except 预约服务: 三（四）1 allows it ("可以建立"), see systems.appointment.',
};

export const specialFundSystem: Parameter<readonly Option[]> = {
  id: 'systems.specialFund',
  value: [opt('special_fund', '专项资金管理制度', 'special fund management system')],
  clause: '三（三）',
  quote: '工作室要建立专项资金管理制度',
  provenance: 'text',
  label: { zh: '专项资金管理制度', en: 'Special fund management system' },
};

export const annualWorkPlan = { zh: '年度工作计划', en: 'Annual work plan' } as const;
export const fixedVenue = { zh: '固定的工作场所和设备设施', en: 'Fixed premises and equipment' } as const;
export const consultingSeparated = {
  zh: '咨询服务区与其他办公区域、服务大厅等场所相对隔离',
  en: 'Consulting area separated from other offices and service halls',
} as const;

/** Every parameter, for listings and the comparison. */
export const parameters: Parameter[] = [
  leadCount,
  leadServiceYears,
  leadRoles,
  carrierKinds,
  staffCount,
  staffDistinctBy,
  staffExperienceYears,
  consultingZones,
  backOffice,
  activityRoomCapacity,
  appointmentSystem,
  resourceLibraries,
  managementSystems,
  specialFundSystem,
];
