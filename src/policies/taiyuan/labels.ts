// Words for the Taiyuan expert's input: report lines and JSON Schema titles.
import type { FieldLabel, FieldLabels } from '../../core/labels.js';

const L = (zh: string, en: string): FieldLabel => ({ zh, en });

export const taiyuanExpertLabels: FieldLabels = {
  subjectName: 'name',
  fields: {
    id: L('专家编号', 'expert id'),
    name: L('姓名', 'name'),
    fields: L('专业领域', 'fields of expertise'),
    serviceTypes: L('服务类型', 'service types'),
    backgrounds: L('从业背景', 'backgrounds'),
    'backgrounds[]': L('从业背景', 'background'),
    'backgrounds[].category': L('类别', 'category'),
    experienceSince: L('从业起始日期', 'experience since'),
    experienceYears: L('从业年限', 'years of experience'),
    managedEnterprise: L('创办、经营或管理过企业', 'has run an enterprise'),
    coachedStartups: L('指导成功创业人数', 'startups coached'),
    declarations: L('本人声明', 'declarations'),
    'declarations.standing': L('政治素质和职业道德', 'standing'),
    'declarations.policyKnowledge': L('熟悉创业政策', 'policy knowledge'),
    'declarations.commitment': L('热心创业服务', 'commitment'),
    'declarations.communication': L('沟通表达能力', 'communication'),
    'declarations.integrity': L('诚信记录良好', 'integrity'),
    terms: L('聘任期', 'terms'),
    records: L('服务记录', 'service records'),
    dismissal: L('解聘', 'dismissal'),
  },
};
