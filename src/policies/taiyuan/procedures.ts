// The procedures of the measures as ordered steps. None sets a deadline in days: the
// order is what the text fixes (selection 第十一条; evaluation 第十条（一）; matching
// 第十条（三）; dismissal 第十二条 and its second paragraph).
import { deepFreeze } from '../../core/freeze.js';
import type { ProcedureSpec } from '../../core/types.js';

const none = { kind: 'none' } as const;

export const procedures: ProcedureSpec[] = deepFreeze([
  {
    id: 'selection',
    label: { zh: '选聘', en: 'Selection' },
    steps: [
      {
        id: 'application',
        label: { zh: '自愿报名', en: 'Voluntary application' },
        clauses: ['第十一条'],
        duration: none,
      },
      {
        id: 'recommendation',
        label: { zh: '初审推荐', en: 'First review and recommendation' },
        clauses: ['第十一条'],
        duration: none,
      },
      { id: 'review', label: { zh: '审核聘任', en: 'Review for appointment' }, clauses: ['第十一条'], duration: none },
      {
        id: 'publicity',
        label: { zh: '公示（无异议）', en: 'Publicity (no objection)' },
        clauses: ['第十一条'],
        duration: none,
      },
      {
        id: 'appointment',
        label: { zh: '正式聘任，颁发聘书（聘期3年）', en: 'Appointment and letter (three-year term)' },
        clauses: ['第十一条', '第三条'],
        duration: none,
      },
    ],
  },
  {
    id: 'evaluation',
    label: { zh: '动态评估', en: 'Dynamic evaluation' },
    steps: [
      {
        id: 'assessment',
        label: { zh: '依据服务工作量、服务对象满意度评估工作实绩', en: 'Assess the work by workload and satisfaction' },
        clauses: ['第十条（一）', '第十二条'],
        duration: none,
      },
      {
        id: 'outcome',
        label: {
          zh: '续聘、表彰并推荐评省级专家',
          en: 'Renewal; commendation and recommendation as a provincial expert',
        },
        clauses: ['第十条（一）'],
        duration: none,
      },
    ],
  },
  {
    id: 'matching',
    label: { zh: '对接服务', en: 'Matching a request' },
    steps: [
      {
        id: 'request',
        label: { zh: '创业者预约申请', en: 'The entrepreneur books' },
        clauses: ['第十条（三）'],
        duration: none,
      },
      {
        id: 'match',
        label: { zh: '市创就业服务中心匹配专家', en: 'The service centre matches an expert' },
        clauses: ['第十条（三）'],
        duration: none,
      },
      {
        id: 'guidance',
        label: { zh: '约定时间、地点面对面指导', en: 'Face-to-face guidance at the agreed time and place' },
        clauses: ['第十条（三）'],
        duration: none,
      },
    ],
  },
  {
    id: 'dismissal',
    label: { zh: '解聘', en: 'Dismissal' },
    steps: [
      {
        id: 'notice',
        label: { zh: '告知事实、理由和依据', en: 'Notice of facts, reasons and basis' },
        clauses: ['第十二条第二款'],
        duration: none,
      },
      {
        id: 'hearing',
        label: { zh: '听取陈述和申辩', en: 'Hearing the statement and defence' },
        clauses: ['第十二条第二款'],
        duration: none,
      },
      {
        id: 'confirmation',
        label: { zh: '市人社部门确认', en: "The city bureau's confirmation" },
        clauses: ['第十二条'],
        duration: none,
      },
      {
        id: 'decision',
        label: { zh: '作出解聘决定', en: 'Decision to dismiss' },
        clauses: ['第十二条', '第十二条第二款'],
        duration: none,
      },
    ],
  },
]);
