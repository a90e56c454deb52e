// Each module's 基本服务流程 as a state machine. The seed keeps the charts only as their
// box and branch labels in reading order, without arrows, and that order is not the flow's
// (第1章 lists 信息采集 last). So most edges below are reconstructed, minimally: one chain
// through the boxes in the order their names and the chapter's function text give, with a
// branch only where the chart has branch labels. Every edge is in the one table EDGES,
// with its reason; 'text' marks an edge a sentence of the handbook states (quoted). The
// difference matters: validateCase reports a departure from a reconstructed edge as a
// warning naming its reason, and only a breach of a stated edge (or duty) as an error.
import { deepFreeze } from '../core/freeze.js';
import type { Flow, FlowStep, ModuleId, StepDuty, Transition } from './types.js';

function step(id: string, zh: string, en: string, extra: Partial<FlowStep> = {}): FlowStep {
  return { id, label: { zh, en }, source: zh, origin: 'chart', duties: [], ...extra };
}

// 第六章 1.1: "对不符合条件的说明原因，需补充资料的一次性告知清楚".
const REASON: StepDuty = { kind: 'reason', function: 'financing/1.1', quote: '对不符合条件的说明原因' };
const DOCUMENTS: StepDuty[] = [
  { kind: 'documents', function: 'financing/1.1', quote: '需补充资料的一次性告知清楚' },
  { kind: 'once', function: 'financing/1.1', quote: '需补充资料的一次性告知清楚' },
];

const STEPS: Record<ModuleId, { title: Flow['title']; steps: FlowStep[]; tracks?: Flow['tracks'] }> = {
  information: {
    title: { zh: '信息发布基本服务流程', en: 'Information release: basic service flow' },
    steps: [
      step('collect', '信息采集', 'Collect information'),
      step('organise', '信息整理', 'Organise information'),
      step('edit', '信息编辑制作', 'Edit and produce'),
      step('review', '审核', 'Review'),
      step('publish', '信息发布', 'Publish'),
    ],
  },
  consulting: {
    title: { zh: '业务咨询基本服务流程', en: 'Business consulting: basic service flow' },
    steps: [
      step('inquiry', '需求咨询', 'Inquiry'),
      step('register', '需求登记', 'Register the need'),
      step('route', '分类引导', 'Classify and direct'),
      step('answerable', '能否解答', 'Can it be answered?'),
      step('answer_now', '当场解答', 'Answer on the spot'),
      step('answer_later', '咨询解答', 'Answer after looking into it'),
      step('survey', '满意度调查', 'Satisfaction survey'),
    ],
  },
  training: {
    title: { zh: '创业培训基本服务流程', en: 'Entrepreneurship training: basic service flow' },
    steps: [
      step('enrol', '确定学员', 'Select trainees'),
      step('deliver', '培训实施', 'Deliver the training'),
      step('assess', '培训考核', 'Assessment'),
      step('certify', '发放证书', 'Issue certificates'),
      step('disqualify', '取消资格', 'Disqualify'),
      step('follow_up', '后续服务', 'Follow-up services'),
      // 1.2.1: "培训前、培训中和培训后全过程": supervision runs alongside, not after.
      step('supervise', '监督与评估', 'Supervision and evaluation', { concurrent: true }),
    ],
  },
  guidance: {
    title: { zh: '创业指导基本服务流程', en: 'Entrepreneurship guidance: basic service flow' },
    steps: [
      step('analyse', '项目分析', 'Project analysis'),
      step('match_needs', '需求匹配', 'Match the needs'),
      step('opening', '开业指导', 'Start-up guidance'),
      step('expert', '专家指导', 'Expert guidance'),
      step('match_expert', '匹配专家', 'Match an expert'),
      step('professional', '专业指导', 'Professional guidance'),
      step('connect', '服务对接', 'Link to services'),
      step('aftercare', '后续帮扶', 'Continued support'),
    ],
  },
  incubation: {
    title: { zh: '创业孵化基本服务流程', en: 'Business incubation: basic service flow' },
    // Two lives in one chart: a base's (培育 … 认定, 管理, 奖补) and a project's (入驻, 扶持).
    tracks: [
      { id: 'base', title: { zh: '孵化基地', en: 'An incubation base' }, start: 'cultivate' },
      { id: 'project', title: { zh: '创业项目', en: 'A business project' }, start: 'place' },
    ],
    steps: [
      step('cultivate', '孵化基地培育', 'Cultivate incubation bases'),
      step('place', '入驻项目对接', 'Place projects', { source: '入驻项目\n对接' }),
      step('support', '孵化项目扶持', 'Support incubated projects'),
      step('capacity', '孵化能力提升', 'Raise incubation capacity'),
      step('recognise', '示范基地认定', 'Recognise demonstration bases', { source: '示范基地\n认定' }),
      step('award', '孵化基地奖补', 'Awards and subsidies', { source: '孵化基地\n奖补' }),
      step('manage', '示范基地管理', 'Manage demonstration bases', { source: '示范基地\n管理' }),
    ],
  },
  financing: {
    title: { zh: '创业融资基本服务流程', en: 'Entrepreneurship financing: basic service flow' },
    steps: [
      step('introduce', '政策介绍', 'Introduce the policy'),
      step('apply', '贷款申请', 'Loan application'),
      step('accept', '贷款受理', 'Acceptance'),
      step('supplement', '补充资料', 'Request for more documents', {
        source: '需补充资料的一次性告知清楚',
        origin: 'text',
        duties: DOCUMENTS,
        note: 'Not a box of the chart: 1.1 names the step and its duty.',
      }),
      step('review', '审核推荐', 'Review and recommend'),
      step('reject', '贷款驳回并告知理由', 'Reject, giving the reasons', {
        source: '贷款驳回并\n告知理由',
        duties: [REASON],
      }),
      step('due_diligence', '尽职调查', 'Due diligence'),
      step('guarantee', '贷款担保', 'Loan guarantee', {
        source: '由担保基金提供贷款担保',
        origin: 'text',
        note: 'Not a box of the chart: 2.1 names the outcome of a due diligence passed.',
      }),
    ],
  },
  activities: {
    title: { zh: '创业活动基本服务流程', en: 'Entrepreneurship activities: basic service flow' },
    steps: [
      step('survey', '需求调查', 'Survey the needs'),
      step('draft', '制定方案', 'Draw up the plan'),
      step('approve', '审批方案', 'Approve the plan'),
      step('plan', '策划活动', 'Plan the activity'),
      step('announce', '发布活动', 'Announce the activity', {
        source: '发布活动活动',
        note: 'The seed reads 发布活动活动; the repeated 活动 is read as a slip (interpretation).',
      }),
      step('run', '活动实施', 'Run the activity'),
      step('follow_up', '后续服务', 'Follow-up services'),
      step('evaluate', '整体评价', 'Overall evaluation'),
    ],
  },
};

type Edge = readonly [
  flow: ModuleId,
  from: string,
  to: string,
  label: string | null,
  provenance: Transition['provenance'],
  reason: string,
  quote?: string,
];

/** The reason and words of the edges into a step that runs alongside the others (1.2.1). */
const ALONGSIDE = {
  reason:
    '1.2.1: supervision and evaluation cover the whole training, before, during and after it; reachable from every step, and the case goes on where it was.',
  quote: '对每个创业培训项目进行培训前、培训中和培训后全过程的信息数据收集和分析',
} as const;

/** The listed edges, then one stated edge into each step that runs alongside, from every other step of its flow. */
function withAlongside(listed: Edge[]): Edge[] {
  const out = listed.slice();
  for (const id of Object.keys(STEPS) as ModuleId[]) {
    const steps = STEPS[id].steps;
    for (const c of steps.filter((x) => x.concurrent))
      for (const x of steps)
        if (!x.concurrent) out.push([id, x.id, c.id, null, 'text', ALONGSIDE.reason, ALONGSIDE.quote]);
  }
  return out;
}

/** Every edge of every flow: the one table to review. */
export const EDGES: readonly Edge[] = deepFreeze<Edge[]>(
  withAlongside([
    // 第1章 信息发布
    [
      'information',
      'collect',
      'organise',
      null,
      'interpretation',
      'Information is collected before it is organised; the seed lists 信息采集 last, out of order.',
    ],
    ['information', 'organise', 'edit', null, 'interpretation', 'Reading order: 信息整理, then 信息编辑制作.'],
    ['information', 'edit', 'review', null, 'interpretation', 'Reading order: what is produced goes to 审核.'],
    [
      'information',
      'review',
      'publish',
      '通过',
      'interpretation',
      'The 通过 branch of 审核 leads to 信息发布, the next box.',
    ],
    [
      'information',
      'review',
      'edit',
      '未通过',
      'interpretation',
      'A draft that fails review goes back to editing (alternative: back to 信息整理).',
    ],
    // 第二章 业务咨询
    [
      'consulting',
      'inquiry',
      'register',
      null,
      'interpretation',
      'Reading order: a need is registered when it is raised.',
    ],
    ['consulting', 'register', 'route', null, 'interpretation', 'Reading order: 需求登记, then 分类引导.'],
    [
      'consulting',
      'route',
      'answerable',
      null,
      'interpretation',
      'Reading order: the directed inquiry meets the decision 能否解答.',
    ],
    [
      'consulting',
      'answerable',
      'answer_now',
      '是',
      'interpretation',
      'What can be answered is answered on the spot (当场).',
    ],
    [
      'consulting',
      'answerable',
      'answer_later',
      '否',
      'text',
      'Mode 1: what cannot be answered at once is answered afterwards.',
      '现场无法解答或需请示研究的，通过电话、电子邮件、微信公众号等方式予以事后答复',
    ],
    ['consulting', 'answer_now', 'survey', null, 'interpretation', 'Both answers end in the 满意度调查, the last box.'],
    [
      'consulting',
      'answer_later',
      'survey',
      null,
      'interpretation',
      'Both answers end in the 满意度调查, the last box.',
    ],
    // 第三章 创业培训
    [
      'training',
      'enrol',
      'deliver',
      null,
      'interpretation',
      'Reading order: trainees are selected (1.1.1), then trained (1.1.2).',
    ],
    ['training', 'deliver', 'assess', null, 'interpretation', 'Reading order: 培训实施, then 培训考核.'],
    [
      'training',
      'assess',
      'certify',
      '通过',
      'text',
      '1.1.2: certificates for those who pass.',
      '为培训合格的学员发放合格证书',
    ],
    [
      'training',
      'assess',
      'disqualify',
      '未通过',
      'interpretation',
      '取消资格 is read as the box the 未通过 branch leads to (alternative: a retake, 未通过 back to 培训实施).',
    ],
    [
      'training',
      'certify',
      'follow_up',
      null,
      'text',
      'Mode 1: after the training, follow-up services.',
      '并在培训结束后对学员进行跟踪，有针对性地开展后续服务',
    ],
    // 第四章 创业指导
    [
      'guidance',
      'analyse',
      'match_needs',
      null,
      'interpretation',
      '项目分析 (1.1) comes first; the needs it finds are matched next.',
    ],
    [
      'guidance',
      'match_needs',
      'opening',
      '常规',
      'interpretation',
      'The regular branch: 开业指导 is a basic function (1.2).',
    ],
    [
      'guidance',
      'match_needs',
      'expert',
      '定制',
      'interpretation',
      'The customised branch: 专家指导 (2.1) is 个性化指导服务.',
    ],
    [
      'guidance',
      'expert',
      'match_expert',
      null,
      'interpretation',
      'Expert guidance begins by matching an expert (2.1: 组建创业指导专家团队).',
    ],
    [
      'guidance',
      'match_expert',
      'professional',
      null,
      'interpretation',
      'The matched expert gives the professional guidance.',
    ],
    [
      'guidance',
      'expert',
      'connect',
      null,
      'interpretation',
      '服务对接 is the other extended function, 专业服务对接 (2.2).',
    ],
    ['guidance', 'opening', 'aftercare', null, 'interpretation', '后续帮扶 is the last box; every branch ends there.'],
    [
      'guidance',
      'professional',
      'aftercare',
      null,
      'interpretation',
      '后续帮扶 is the last box; every branch ends there.',
    ],
    ['guidance', 'connect', 'aftercare', null, 'interpretation', '后续帮扶 is the last box; every branch ends there.'],
    // 第五章 创业孵化: a base's track and a project's track (no branch labels).
    [
      'incubation',
      'cultivate',
      'capacity',
      null,
      'interpretation',
      'A base cultivated (1.1) has its service capacity raised (概述: 不断提升创业孵化基地的服务能力; mode 2 交流培训).',
    ],
    [
      'incubation',
      'capacity',
      'recognise',
      null,
      'interpretation',
      'A base whose capacity has grown may be recognised as a demonstration base.',
    ],
    [
      'incubation',
      'recognise',
      'manage',
      null,
      'interpretation',
      '3.1 manages demonstration bases: it sets the 认定和退出标准 and evaluates them periodically (定期开展绩效评估).',
    ],
    [
      'incubation',
      'manage',
      'award',
      null,
      'interpretation',
      '奖补 (2.1) goes to bases 孵化效果明显，具有示范性, which the performance evaluation of 3.1 shows.',
    ],
    [
      'incubation',
      'award',
      'manage',
      null,
      'interpretation',
      'A base awarded stays under management: the evaluation is periodic (定期) and the exit standard applies.',
    ],
    [
      'incubation',
      'place',
      'support',
      null,
      'text',
      '2.2: support is for the entities placed in a base (入驻).',
      '对入驻创业孵化基地的创业实体，可根据孵化周期特点、创业人群特征、带动就业情况等因素给予政策和资金扶持',
    ],
    // 第六章 创业融资
    ['financing', 'introduce', 'apply', null, 'interpretation', 'Reading order: 政策介绍, then 贷款申请.'],
    [
      'financing',
      'apply',
      'accept',
      null,
      'interpretation',
      'Reading order: an application is then accepted (1.1 受理).',
    ],
    [
      'financing',
      'accept',
      'supplement',
      null,
      'text',
      '1.1: missing documents are asked for, all at once.',
      '需补充资料的一次性告知清楚',
    ],
    ['financing', 'supplement', 'accept', null, 'interpretation', 'Once the documents arrive, acceptance resumes.'],
    [
      'financing',
      'accept',
      'reject',
      '不符合条件',
      'text',
      '1.1: an application that does not qualify is told why.',
      '对不符合条件的说明原因',
    ],
    [
      'financing',
      'accept',
      'review',
      '符合条件',
      'interpretation',
      'An application accepted goes on to 资格审核 (1.2) and recommendation.',
    ],
    [
      'financing',
      'review',
      'due_diligence',
      '符合条件',
      'text',
      '2.1: qualifying applications are recommended for due diligence; the text says 符合条件 here, so the chart label 符合条件 is read as this branch.',
      '将符合条件的创业担保贷款申请，推荐给担保基金运营管理机构进行尽职调查',
    ],
    [
      'financing',
      'review',
      'reject',
      '不符合条件',
      'interpretation',
      'The chart has one rejection box; an application the review finds not qualifying leads to it.',
    ],
    [
      'financing',
      'due_diligence',
      'guarantee',
      '符合',
      'text',
      '2.1: what passes the risk assessment is guaranteed; the chart label 符合 is read as this outcome.',
      '对通过风险评估的，由担保基金提供贷款担保',
    ],
    [
      'financing',
      'due_diligence',
      'reject',
      '不符合',
      'interpretation',
      'A risk assessment failed leads to the one rejection box, with its reasons (the 不符合 label read as this outcome).',
    ],
    // 第七章 创业活动
    [
      'activities',
      'survey',
      'draft',
      null,
      'interpretation',
      'Mode 1: the needs set the aims, then the plan is drawn up (制定创业活动工作方案).',
    ],
    ['activities', 'draft', 'approve', null, 'interpretation', 'The plan drawn up is what 审批方案 approves.'],
    [
      'activities',
      'approve',
      'plan',
      '通过',
      'interpretation',
      'Mode 1: after the plan, 策划 and 实施 (制定…工作方案，自行组织策划、实施创业活动).',
    ],
    ['activities', 'approve', 'draft', '未通过', 'interpretation', 'A plan not approved is drawn up again.'],
    ['activities', 'plan', 'announce', null, 'interpretation', 'Reading order: 策划活动, then 发布活动.'],
    ['activities', 'announce', 'run', null, 'interpretation', 'Reading order: 发布活动, then 活动实施.'],
    [
      'activities',
      'run',
      'follow_up',
      null,
      'interpretation',
      'After the activity, follow-up services (as in 第三章).',
    ],
    ['activities', 'follow_up', 'evaluate', null, 'interpretation', '整体评价 is the last box (mode 2: 评价活动效果).'],
  ]),
);

function flowOf(id: ModuleId): Flow {
  const { title, steps, tracks } = STEPS[id];
  const transitions: Transition[] = EDGES.filter((e) => e[0] === id).map(
    ([, from, to, label, provenance, reason, quote]) => ({
      from,
      to,
      label,
      provenance,
      reason,
      ...(quote === undefined ? {} : { quote }),
    }),
  );
  const start = (steps[0] as FlowStep).id;
  return {
    id,
    title,
    start,
    tracks: tracks ?? [{ id: 'case', title, start }],
    steps,
    transitions,
  };
}

/** The seven flows, keyed by module id. */
export const flows: Readonly<Record<ModuleId, Flow>> = deepFreeze({
  information: flowOf('information'),
  consulting: flowOf('consulting'),
  training: flowOf('training'),
  guidance: flowOf('guidance'),
  incubation: flowOf('incubation'),
  financing: flowOf('financing'),
  activities: flowOf('activities'),
});
