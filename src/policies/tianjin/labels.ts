// Words for Tianjin's studio application: the national fields plus Tianjin's own.
import type { FieldLabel, FieldLabels } from '../../core/labels.js';
import { studioFieldLabels } from '../national/labels.js';

const L = (zh: string, en: string): FieldLabel => ({ zh, en });

export const tianjinStudioLabels: FieldLabels = {
  subjectName: 'name',
  applicant: 'carrier.name',
  personName: { 'leads[]': 'name', 'staff[]': 'name' },
  fields: {
    ...studioFieldLabels,
    specialty: L('专业领域', 'specialty'),
    'carrier.operatingEntity': L('具有开展工作的实体，从事创业相关业务活动', 'operating entity in startup services'),
    'venue.areaSqm': L('场所面积（平方米）', 'floor area (m²)'),
    'venue.useRightFrom': L('场地使用权起始日期', 'use right from (lease start)'),
    'venue.useRightUntil': L('场地使用权截止日期', 'use right until'),
    'venue.useRightYears': L('场地使用权剩余年限', 'remaining years of the use right'),
    'venue.equipmentComplete': L('设施设备健全', 'equipment complete'),
    'venue.convenientLocation': L('地理位置交通便利', 'convenient location'),
    reportsToDistrict: L('向所在区人社行政部门报备', 'reports to the district bureau'),
    materials: L('申报材料', 'application materials'),
    'materials.applicationForm': L('《天津市创业指导师工作室申请表》', 'application form'),
    'materials.applicationReport': L('申报单位申请报告', 'application report'),
    'materials.applicationReport.teamIntroduction': L('创业指导师及团队情况介绍', 'team introduction'),
    'materials.applicationReport.servicePerformance': L('开展创业指导服务工作业绩', 'service performance'),
    'materials.applicationReport.advantages': L('申报工作室的优势', 'advantages'),
    'materials.applicationReport.systemsAndPlans': L('工作室管理制度和计划目标', 'systems and plans'),
    'materials.applicationReport.conditionsAndFunding': L('工作条件和资金支持情况说明', 'conditions and funding'),
    'materials.memberDocuments': L('领办人和成员的身份、学历、履历、获奖材料', 'members’ documents'),
    'materials.businessLicence': L('载体营业执照（或法人登记证书）', 'business licence'),
    'materials.premisesProof': L('场地使用、租赁或自有产权证明', 'proof of premises'),
  },
};

/** The year record's name field, for the evaluation report's header. */
export const tianjinYearLabels: FieldLabels = {
  subjectName: 'studio',
  fields: {
    studio: L('工作室名称', 'studio name'),
    recognizedOn: L('认定日期', 'recognised on'),
    activities: L('活动', 'activities'),
    'activities[]': L('活动', 'activity'),
    'activities[].date': L('日期', 'date'),
    'activities[].title': L('名称', 'title'),
    'activities[].kind': {
      ...L('活动类型', 'kind of activity'),
      values: {
        policy_consultation: L('政策咨询', 'policy consultation'),
        training: L('培训', 'training'),
        exchange_guidance: L('服务交流指导', 'exchange and guidance'),
        four_into: L('“四进”主题活动', '“four into” activity'),
        financing_matchmaking: L('融资对接', 'financing matchmaking'),
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
    servedStartups: L('服务的初创企业', 'start-ups served'),
    'servedStartups[]': L('初创企业', 'start-up'),
    'servedStartups[].name': L('企业名称', 'name'),
    'servedStartups[].creditCode': L('统一社会信用代码', 'unified social credit code'),
    'servedStartups[].foundedOn': L('成立日期', 'founded on'),
    'servedStartups[].firstServedOn': L('首次服务日期', 'first served on'),
    incubatedProjects: L('孵化项目', 'incubated projects'),
    'incubatedProjects[]': L('孵化项目', 'project'),
    'incubatedProjects[].date': L('日期', 'date'),
    'incubatedProjects[].title': L('名称', 'title'),
    'incubatedProjects[].name': L('项目名称', 'name'),
    grownStartups: L('成长型企业', 'grown start-ups'),
    'grownStartups[]': L('成长型企业', 'grown start-up'),
    'grownStartups[].date': L('日期', 'date'),
    'grownStartups[].title': L('名称', 'title'),
    'grownStartups[].name': L('企业名称', 'name'),
    'grownStartups[].creditCode': L('统一社会信用代码', 'unified social credit code'),
    'grownStartups[].financingYuan': L('融资额（元）', 'financing (yuan)'),
    'grownStartups[].recognizedAsGrowth': L('评估认定为成长', 'growth accepted by the evaluators'),
    violations: L('违法违纪行为', 'violations of law or discipline'),
    assessments: L('评估打分', 'evaluators’ findings'),
  },
};
