// Words for the studio application's fields: the report's "supply …" lines, the JSON
// Schema's titles and descriptions, and its enum labels read from this one table.
import type { FieldLabel, FieldLabels } from '../../core/labels.js';

const L = (zh: string, en: string, description?: [string, string]): FieldLabel => ({
  zh,
  en,
  ...(description ? { description: { zh: description[0], en: description[1] } } : {}),
});

export const LEAD_ROLE_LABELS = {
  mentor: L('创业指导师', 'entrepreneurship mentor'),
  trainer: L('创业培训师资', 'entrepreneurship trainer'),
  guidance_staff: L('创业指导人员', 'entrepreneurship guidance staff'),
  entrepreneur: L('企业家', 'entrepreneur'),
  investor: L('投资人', 'investor'),
  other: L('其他', 'other'),
};

export const CARRIER_KIND_LABELS = {
  public_employment_service: L('公共就业服务机构', 'public employment service'),
  training_institution: L('创业培训机构', 'entrepreneurship training institution'),
  university: L('高等院校', 'university'),
  vocational_college: L('职业院校', 'vocational college'),
  startup_park: L('创业园区', 'startup park'),
  incubator: L('创业孵化基地（孵化器）', 'incubator'),
  venture_capital: L('创业投资机构', 'venture capital'),
  other: L('其他', 'other'),
};

export const VENUE_ZONE_LABELS = {
  individual_consulting_room: L('个体咨询室', 'individual consulting room'),
  activity_room: L('创业活动室', 'activity room'),
  display_area: L('宣传展示区', 'display area'),
  self_service_area: L('自助服务区', 'self-service area'),
  back_office: L('后台办公区', 'back office'),
  meeting_room: L('会议室', 'meeting room'),
};

export const RESOURCE_LABELS = {
  service_objects: L('服务对象库', 'service recipients'),
  basic_information: L('基础信息库', 'basic information'),
  assessment_tools: L('测评工具库', 'assessment tools'),
  expert_pool: L('指导专家库', 'expert pool'),
  training_courses: L('培训课程库', 'training courses'),
};

export const SYSTEM_LABELS = {
  appointment: L('预约服务制度', 'appointments'),
  tiered_service: L('分级分类服务机制', 'tiered services'),
  case_closure: L('结案制度', 'case closure'),
  archives: L('档案管理制度', 'archives'),
  evaluation: L('评估制度', 'evaluation'),
  funding: L('经费管理制度', 'funding'),
  discipline: L('监督追责机制', 'discipline and accountability'),
  external_experts: L('外聘专家管理制度', 'external experts'),
  special_fund: L('专项资金管理制度', 'special fund'),
  reception: L('接待服务制度', 'reception'),
  service_records: L('服务记录制度', 'service records'),
};

/** The national studio application's fields (Tianjin's extends these). */
export const studioFieldLabels: FieldLabels['fields'] = {
  name: L('工作室名称', 'studio name', ['按命名规则拟定的工作室全称', "the studio's full name under the naming rule"]),
  region: L('地区', 'region', ['冠于名称之前的地区，如“北京市海淀区”', 'the region that prefixes the name']),
  leads: L('领办人', 'lead persons'),
  'leads[]': L('领办人', 'lead person'),
  'leads[].name': L('姓名', 'name'),
  'leads[].role': { ...L('身份', 'role'), values: LEAD_ROLE_LABELS },
  'leads[].roleAccepted': L('其他身份已获认定部门认可', 'other role accepted by the authority'),
  'leads[].mentoringSince': L('从事创业指导服务起始日期', 'mentoring since', [
    '开始从事创业指导服务的日期（YYYY-MM-DD）',
    'the day entrepreneurship guidance began (YYYY-MM-DD)',
  ]),
  'leads[].mentoringYears': L('从事创业指导服务年限', 'years of mentoring'),
  'leads[].socialInfluence': L('具有较强的社会影响力', 'strong social influence'),
  'leads[].localContribution': L('在当地创业培训服务工作中作出较大贡献', 'notable local contribution'),
  carrier: L('创业服务载体', 'carrier'),
  'carrier.name': L('载体名称', 'carrier name'),
  'carrier.kind': { ...L('载体类型', 'carrier kind'), values: CARRIER_KIND_LABELS },
  'carrier.kindAccepted': L('其他类型已获认定部门认可', 'other kind accepted by the authority'),
  staff: L('工作人员', 'staff'),
  'staff[]': L('工作人员', 'staff member'),
  'staff[].name': L('姓名', 'name'),
  'staff[].role': L('岗位', 'role'),
  'staff[].experienceSince': L('从事创业培训或指导工作起始日期', 'experience since'),
  'staff[].experienceYears': L('从业年限', 'years of experience'),
  venue: L('场地', 'venue'),
  'venue.fixed': L('有固定的工作场所和设备设施', 'fixed premises and equipment'),
  'venue.zones': { ...L('功能区', 'zones'), values: VENUE_ZONE_LABELS },
  'venue.activityRoomCapacity': L('创业活动室可容纳人数', 'activity room seats'),
  'venue.consultingAreaSeparated': L('咨询服务区是否相对隔离', 'whether the consulting area is separated', [
    '咨询服务区与其他办公区域、服务大厅等场所相对隔离',
    'the consulting area is set apart from other offices and service halls',
  ]),
  resources: { ...L('服务资源库', 'resource libraries'), values: RESOURCE_LABELS },
  systems: { ...L('管理制度', 'management systems'), values: SYSTEM_LABELS },
  annualWorkPlan: L('制定年度工作计划', 'annual work plan'),
};

export const nationalStudioLabels: FieldLabels = {
  subjectName: 'name',
  applicant: 'carrier.name',
  personName: { 'leads[]': 'name', 'staff[]': 'name' },
  fields: studioFieldLabels,
};
