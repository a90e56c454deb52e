// Words for Pingdingshan's mentor and studio inputs: report lines and JSON Schema titles.
import type { FieldLabel, FieldLabels } from '../../core/labels.js';

const L = (zh: string, en: string): FieldLabel => ({ zh, en });

const mentorFields: Record<string, FieldLabel> = {
  name: L('姓名', 'name'),
  idNumber: L('身份证号码', 'identity number'),
  supportsConstitution: L('拥护宪法', 'supports the Constitution'),
  politicalAndMoralQuality: L('政治素质和道德品质良好', 'political and moral quality'),
  lawAbiding: L('遵纪守法', 'law-abiding'),
  volunteers: L('自愿从事创业指导服务', 'volunteers for the service'),
  fitForDuty: L('身体健康，能履行职责', 'fit for duty'),
  records: L('不良记录', 'adverse records'),
  'records.criminalPunishment': L('曾受过刑事处罚', 'criminal punishment'),
  'records.expelledFromParty': L('曾被开除党籍', 'expelled from the Party'),
  'records.jointDishonestyPunishment': L('失信联合惩戒对象', 'joint punishment for dishonesty'),
  'records.recruitmentCheating': L('招聘考试中有舞弊行为', 'cheating in recruitment'),
  'records.otherStatutoryBar': L('法律规定的其他情形', 'other statutory bar'),
  serviceSince: L('从事创业服务起始日期', 'in service since'),
  serviceYears: L('从事创业服务年限', 'years of service'),
  certificates: L('职业资格证书', 'certificates'),
  'certificates[]': L('证书', 'certificate'),
  'certificates[].kind': {
    ...L('证书类别', 'kind'),
    values: {
      entrepreneurship_trainer: L('创业培训讲师', 'entrepreneurship trainer'),
      hr_practitioner: L('人力资源师', 'HR practitioner'),
      psychological_counselor: L('心理咨询师', 'psychological counsellor'),
      other: L('其他相关证书', 'other related certificate'),
    },
  },
  'certificates[].name': L('证书名称', 'name'),
  'certificates[].accepted': L('经审核认可为相关证书', 'accepted as relevant'),
  commendations: L('表彰奖励', 'commendations'),
  'commendations[]': L('表彰', 'commendation'),
  'commendations[].level': {
    ...L('表彰级别', 'level'),
    values: {
      national: L('国家级', 'national'),
      provincial: L('省级', 'provincial'),
      municipal: L('市级', 'municipal'),
      county: L('县级', 'county'),
      other: L('其他', 'other'),
    },
  },
  'commendations[].forEntrepreneurshipWork': L('为创业工作先进表彰', 'for entrepreneurship work'),
  'commendations[].title': L('表彰名称', 'title'),
  'commendations[].date': L('表彰日期', 'date'),
  outstandingResults: L('工作成绩突出、成果显著', 'outstanding results'),
};

export const pingdingshanMentorLabels: FieldLabels = { subjectName: 'name', fields: mentorFields };

const nested = (prefix: string) =>
  Object.fromEntries(Object.entries(mentorFields).map(([k, v]) => [`${prefix}.${k}`, v]));

export const pingdingshanStudioLabels: FieldLabels = {
  subjectName: 'name',
  applicant: 'host.name',
  personName: { 'mentors[]': 'name', 'staff[]': 'name' },
  fields: {
    name: L('工作室名称', 'studio name'),
    applicantName: L('申报个人名称', 'applicant person'),
    host: L('依托单位', 'host'),
    'host.name': L('依托单位名称', 'host name'),
    'host.kind': {
      ...L('依托单位类型', 'host kind'),
      values: {
        entrepreneurship_service: L('创业服务机构', 'entrepreneurship service body'),
        university: L('高等院校', 'university'),
        hr_service: L('人力资源服务机构', 'human-resources service body'),
        other: L('其他', 'other'),
      },
    },
    'host.kindAccepted': L('其他类型经市人社局认可', 'other kind accepted'),
    'host.withinCity': L('依托单位在平顶山市域内', 'host within Pingdingshan'),
    countyLevelStudio: L('县（市、区）级大众创业指导大师工作室', 'county-level master studio'),
    mentors: L('创业导师', 'mentors'),
    'mentors[]': L('创业导师', 'mentor'),
    ...nested('mentors[]'),
    'mentors[].role': {
      ...L('角色（领衔/成员）', 'role (lead or member)'),
      values: { lead: L('领衔', 'lead'), mentor: L('成员', 'member') },
    },
    staff: L('工作人员', 'staff'),
    'staff[]': L('工作人员', 'staff member'),
    'staff[].name': L('姓名', 'name'),
    'staff[].idNumber': L('身份证号码', 'identity number'),
    promotesPolicies: L('宣传落实创业政策', 'promotes policies'),
    implementsPreferentialPolicies: L('落实创业优惠政策', 'implements preferential policies'),
    talentSystems: L('人才培养制度', 'talent systems'),
    workingConditions: L('工作条件', 'working conditions'),
    workPlan: L('三年工作计划', 'three-year work plan'),
    'workPlan.years': L('计划年数', 'years covered'),
    'workPlan.direction': L('发展方向', 'direction'),
    'workPlan.focus': L('工作重点', 'focus'),
    'workPlan.level': L('发展水平', 'level'),
    'workPlan.scale': L('发展规模', 'scale'),
    'workPlan.measures': L('保障措施', 'measures'),
    materials: L('申报材料', 'materials'),
    'materials.copies': L('材料份数', 'copies'),
    'materials.applicationForm': L('申请表', 'application form'),
    'materials.applicationReport': L('申请报告', 'application report'),
    'materials.applicationReport.mentorProfiles': L('创业导师简介', 'mentor profiles'),
    'materials.applicationReport.necessityAndAdvantages': L('建设必要性和优势', 'necessity and advantages'),
    'materials.applicationReport.systemsAndGoals': L('管理制度和目标', 'systems and goals'),
    'materials.applicationReport.workingConditions': L('工作条件', 'working conditions'),
    'materials.applicationReport.talentPolicies': L('人才政策', 'talent policies'),
    'materials.candidateDocuments': L('身份证、证书、获奖及荣誉复印件', 'candidates’ documents'),
  },
};

export const pingdingshanYearLabels: FieldLabels = {
  subjectName: 'studio',
  personName: { 'backbones[]': 'name' },
  fields: {
    studio: L('工作室名称', 'studio name'),
    recognizedOn: L('认定日期', 'recognised on'),
    activities: L('活动', 'activities'),
    'activities[]': L('活动', 'activity'),
    'activities[].date': L('日期', 'date'),
    'activities[].title': L('名称', 'title'),
    'activities[].id': L('编号', 'id'),
    'activities[].kind': {
      ...L('活动类型', 'kind of activity'),
      values: {
        regional_exchange: L('区域性服务交流指导', 'regional exchange and guidance'),
        four_into: L('“四进”主题活动', '“four into” activity'),
        other: L('其他', 'other'),
      },
    },
    'activities[].place': {
      ...L('“四进”去向', 'where it went'),
      values: {
        park: L('进园区', 'park'),
        enterprise: L('进企业', 'enterprise'),
        campus: L('进校园', 'campus'),
        community: L('进社区', 'community'),
      },
    },
    backbones: L('服务骨干', 'service backbones'),
    'backbones[]': L('服务骨干', 'backbone'),
    'backbones[].name': L('姓名', 'name'),
    'backbones[].idNumber': L('身份证号', 'ID number'),
    'backbones[].date': L('培训完成日期', 'training completed on'),
    assessments: L('评估打分', 'evaluators’ findings'),
  },
};
