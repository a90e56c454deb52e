// Which handbook functions each service function of the studio texts belongs to: the
// guideline's 二, Tianjin 一（二）, Pingdingshan 第四条, Taiyuan 第八条. None of these texts
// cites the handbook, so every link is a reading (interpretation), with its reason. Keyed
// by policy id and clause id only: no policy is imported, and a policy not yet encoded
// needs nothing more than its id and the clause's numbering.
import { deepFreeze } from '../core/freeze.js';
import type { ModuleId } from './types.js';

export interface PolicyLink {
  /** The policy's id: 'national', 'tianjin', 'pingdingshan', 'taiyuan'. */
  policy: string;
  /** The clause, in the policy's own numbering: '二（五）', '第四条2'. */
  clause: string;
  /** The words of the clause the link reads, verbatim. */
  quote: string;
  /** The handbook functions it belongs to; empty where none does (said in the reason). */
  functions: readonly string[];
  /** The modules of those functions, in the handbook's order. */
  modules: readonly ModuleId[];
  provenance: 'interpretation';
  reason: string;
}

const ORDER: readonly ModuleId[] = [
  'information',
  'consulting',
  'training',
  'guidance',
  'incubation',
  'financing',
  'activities',
];

function link(policy: string, clause: string, quote: string, functions: string[], reason: string): PolicyLink {
  const modules = ORDER.filter((m) => functions.some((f) => f.startsWith(`${m}/`)));
  return { policy, clause, quote, functions, modules, provenance: 'interpretation', reason };
}

export const POLICY_LINKS: readonly PolicyLink[] = deepFreeze([
  // 《创业指导师工作室建设技术指引（试行）》 二、服务内容
  link(
    'national',
    '二（一）',
    '开展日常接待',
    ['consulting/1.1', 'consulting/1.2'],
    'Receiving callers is the consulting window (第二章 mode 1: 接待并受理服务对象咨询).',
  ),
  link(
    'national',
    '二（二）',
    '为创业者提供政策解读、创业测评、项目推介、开业指导等企业创办指导',
    ['consulting/1.1', 'information/2.1', 'guidance/1.1', 'guidance/1.2'],
    '政策解读 is 创业政策解答; 项目推介 is 创业项目展示; 创业测评 reads with 创业项目分析; 开业指导 is named alike.',
  ),
  link(
    'national',
    '二（三）',
    '为小微企业主提供企业经营管理咨询',
    ['consulting/3.1', 'guidance/2.1'],
    '经营管理 and 发展规划 consulting is 创业发展咨询; diagnosing problems with the owner is 专家指导.',
  ),
  link(
    'national',
    '二（四）',
    '为创业者提供个性化创业培训',
    ['training/1.1', 'training/1.2'],
    'Delivering training is 培训组织实施; the trainers’ teaching research is 师资培养/师资管理 (1.1.3, 1.2.3).',
  ),
  link(
    'national',
    '二（五）',
    '对接创业孵化、创业见习、创新技术、创业融资、市场等资源',
    ['training/3.1', 'guidance/2.2', 'incubation/1.2', 'financing/3.1'],
    'Each resource named has its function: 见习 创业实训见习, 技术 and 市场 专业服务对接, 孵化 项目入驻对接, 融资 融资指导推荐.',
  ),
  link(
    'national',
    '二（六）',
    '“劳务品牌+创业培训指导”“技能培训+创业培训指导”“产业链发展规划+创业培训指导”',
    ['training/1.1'],
    'Each model adds 创业培训指导 to something else; the handbook has no function for skills-based entrepreneurship as such (alternative: none).',
  ),
  link(
    'national',
    '二（七）',
    '参与组织创业大讲堂、创业者沙龙、创业创新大赛、创业讲师大赛、成果展示交流、创业联盟等活动',
    ['training/1.2', 'activities/1.1', 'activities/2.1', 'activities/2.2', 'activities/3.1'],
    '讲堂 and 沙龙 are 经验交流, 大赛 赛事举办, 成果展示 is named alike, 创业联盟 a 社群组织; 讲师大赛 is in 师资管理 (1.2.3).',
  ),
  link(
    'national',
    '二（八）',
    '研究、开发线上线下相融合的创业服务新模式',
    [],
    'Developing service models is the studio’s own work; no handbook function delivers it.',
  ),
  link(
    'national',
    '二（九）',
    '收集、整理、汇编创业案例及创业指导服务工作成果，通过新媒体平台公告活动信息，宣传工作成果',
    ['information/1.2', 'activities/1.2'],
    'Announcing activities is 创业服务信息 (1.2.2, by 新媒体); publicising cases is 典型选树 (宣传典型事迹).',
  ),
  // 《市人社局关于开展天津市创业指导师工作室试点建设的通知》 一（二）服务功能
  link(
    'tianjin',
    '一（二）1',
    '宣传贯彻国家和我市促进就业创业的法律法规和政策措施',
    ['information/1.1', 'consulting/1.1'],
    'Publishing policy is 创业政策法规; explaining it is 创业政策解答.',
  ),
  link(
    'tianjin',
    '一（二）2',
    '探索“科技成果+创业”、“产业发展+创业”、“职业技能+创业”、“民生需求+创业”等叠加模式',
    [],
    'Exploring combined models is the studio’s own work; no handbook function delivers it.',
  ),
  link(
    'tianjin',
    '一（二）3',
    '提供线上线下相融合的政策解读、创业能力测评、项目推介、开业指导、问题诊断与建议、企业发展规划等服务',
    ['information/2.1', 'consulting/1.1', 'consulting/3.1', 'guidance/1.1', 'guidance/1.2', 'guidance/2.1'],
    'As the guideline’s 二（二）, with 问题诊断 (专家指导) and 企业发展规划 (创业发展咨询).',
  ),
  link(
    'tianjin',
    '一（二）4',
    '提供个性化创业培训方案与教学，组织参与师资能力提升活动',
    ['training/1.1', 'training/1.2'],
    'As the guideline’s 二（四）.',
  ),
  link(
    'tianjin',
    '一（二）5',
    '对接创业孵化、创新技术、创业融资、市场等资源',
    ['guidance/2.2', 'incubation/1.2', 'financing/3.1'],
    'As the guideline’s 二（五）, without 见习.',
  ),
  link(
    'tianjin',
    '一（二）6',
    '协助策划、组织参与创业大讲堂、创业者沙龙、创业创新大赛、创业讲师大赛、成果展示交流等活动',
    ['training/1.2', 'activities/1.1', 'activities/2.1', 'activities/2.2'],
    'As the guideline’s 二（七）, without 创业联盟.',
  ),
  link(
    'tianjin',
    '一（二）7',
    '提供覆盖全生命周期的伴随式创业指导',
    ['guidance/2.1', 'guidance/2.2'],
    'Guidance at every stage is 专家指导 (为各个阶段的创业者); helping firms grow is 专业服务对接 (加速创业组织发展).',
  ),
  link(
    'tianjin',
    '一（二）8',
    '汇编推荐创业成功案例与服务成果',
    ['activities/1.2', 'activities/2.2'],
    'Recommending successful cases is 典型选树; presenting results is 成果展示.',
  ),
  link(
    'tianjin',
    '一（二）9',
    '具备完善的创业服务后备人才培养、评价、选拔、使用和激励制度',
    [],
    'An internal system of the studio, not a service to entrepreneurs.',
  ),
  link(
    'tianjin',
    '一（二）10',
    '承担人社部门交办的创业服务相关工作',
    [],
    'Unspecified work: no function can be named.',
  ),
  // 《平顶山市大众创业指导大师工作室认定管理办法》 第四条 (clause ids as its encoding is expected to number them)
  link(
    'pingdingshan',
    '第四条1',
    '开展创业提升培训和沙龙讲座',
    ['training/1.1', 'activities/1.1'],
    'Training is 培训组织实施; salons and talks are 经验交流.',
  ),
  link(
    'pingdingshan',
    '第四条2',
    '提供一对一、一对多、多对一的跟踪指导',
    ['consulting/1.1', 'guidance/1.2', 'guidance/2.1', 'financing/3.1'],
    'Follow-up guidance is 专家指导; the consulting on 开业、融资、推广、政策 that follows is 开业指导, 融资指导推荐 and 创业政策解答.',
  ),
  link(
    'pingdingshan',
    '第四条3',
    '为实际开展创业实践的人员提供包括工商、财务、税务、法务、场地、资金信贷等配套服务',
    ['guidance/1.2', 'guidance/2.2', 'incubation/1.2', 'financing/3.1'],
    '工商 registration is in 开业指导; 财务、税务、法务 are 专业服务对接; 场地 is 项目入驻对接; 资金信贷 is 融资指导推荐.',
  ),
  link(
    'pingdingshan',
    '第四条4',
    '为优秀创业培训学员提供创业实习与实践机会，将创业从课堂推进到孵化实验阶段',
    ['training/3.1', 'incubation/1.2'],
    'Practice for trainees is 创业实训见习; moving on to incubation is 项目入驻对接.',
  ),
  // 《创业就业指导专家团管理办法》 (太原) 第八条 服务内容
  link(
    'taiyuan',
    '第八条（一）',
    '提供涵盖项目策划、项目评估、开业指导、风险评估、经营管理、人力资源、融资贷款及政策法规等方面的专业咨询',
    ['consulting/1.1', 'consulting/3.1', 'guidance/1.1', 'guidance/1.2', 'financing/3.1'],
    '项目评估 and 风险评估 are 创业项目分析; 经营管理 and 人力资源 创业发展咨询; 融资贷款 融资指导推荐; 政策法规 创业政策解答.',
  ),
  link(
    'taiyuan',
    '第八条（二）',
    '开展“一对一”或“一对多”结对帮扶，并提供持续跟踪服务',
    ['guidance/2.1'],
    'Pairing experts with entrepreneurs is 专家指导 (mode 个别指导: 结对机制, 跟踪指导).',
  ),
  link(
    'taiyuan',
    '第八条（三）',
    '积极参加创业讲座、创业培训、创业沙龙、创业大赛、政策宣讲、就业调研座谈等相关专题活动',
    ['training/1.1', 'activities/1.1', 'activities/2.1'],
    'Talks and salons are 经验交流, contests 赛事举办, training 培训组织实施.',
  ),
  link(
    'taiyuan',
    '第八条（四）',
    '参与创业示范园、创业孵化示范基地、创业实训基地、创就业服务中心、创业项目库、劳务品牌建设等评审、论证',
    ['incubation/3.1'],
    'Reviewing demonstration bases is part of 孵化基地管理 (示范基地的认定和退出标准); the other reviews have no function.',
  ),
  link(
    'taiyuan',
    '第八条（五）',
    '为创业者扫清技术障碍，在项目各阶段提供专业支持',
    ['guidance/2.1', 'guidance/2.2'],
    'Support at each stage is 专家指导; technical obstacles are 专业服务对接 (技术交易).',
  ),
  link(
    'taiyuan',
    '第八条（六）',
    '参加市人力资源和社会保障部门组织的其他创业就业相关活动',
    [],
    'Unspecified activities: no function can be named.',
  ),
]);

/** The links of one policy, in clause order. */
export function linksOf(policy: string): readonly PolicyLink[] {
  return POLICY_LINKS.filter((l) => l.policy === policy);
}
