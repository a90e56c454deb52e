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
  fields: { studio: L('工作室名称', 'studio name'), recognizedOn: L('认定日期', 'recognised on') },
};
