// The procedures of the measures as ordered steps. None sets a deadline in days: the
// order is what the text fixes (selection 第十一条; evaluation 第十条（一）; matching
// 第十条（三）; dismissal 第十二条 and its second paragraph).
import { isIsoDate } from '../../calendar/date.js';
import { deepFreeze } from '../../core/freeze.js';
import { readInput } from '../../core/input.js';
import {
  type DatedProcedure,
  objectionNotYetRaised,
  procedureOptions,
  type StepSpec,
  type TimelineOptions,
  timelineFromInput,
} from '../../core/procedure.js';
import type { ProcedureSpec } from '../../core/types.js';

const none = { kind: 'none' } as const;

/** 第十一条: 自愿报名、初审推荐、审核聘任, a publicity, and 经公示无异议者 the appointment. */
const selectionSteps: StepSpec[] = [
  { id: 'application', label: { zh: '自愿报名', en: 'Voluntary application' }, clauses: ['第十一条'], duration: none },
  {
    id: 'recommendation',
    label: { zh: '初审推荐', en: 'First review and recommendation' },
    clauses: ['第十一条'],
    duration: none,
  },
  { id: 'review', label: { zh: '审核聘任', en: 'Review for appointment' }, clauses: ['第十一条'], duration: none },
  { id: 'publicity', label: { zh: '公示', en: 'Publicity' }, clauses: ['第十一条'], duration: none },
  {
    id: 'appointment',
    label: {
      zh: '经公示无异议者正式聘任，颁发聘书（聘期3年）',
      en: 'Appointment of those without objection at publicity, and the letter (three-year term)',
    },
    clauses: ['第十一条', '第三条'],
    duration: none,
  },
];

/**
 * 第十一条 from the dates that happened (`application` … `publicity` (its first day),
 * `appointment`) and an `objection`. The text sets no length for the publicity: an
 * objection on or after its first day and before any appointment stops the selection
 * there ("经公示无异议者正式聘任"); one before the publicity is a warning. Never throws
 * on bad dates: they are problems.
 * @example
 * selectionTimeline({ application: '2026-02-10', publicity: '2026-03-02', objection: '2026-03-04' }).outcome?.status; // 'stopped'
 */
export const selectionTimeline = (dates: unknown, options: TimelineOptions = {}): DatedProcedure => {
  const read = readInput(dates);
  const value = read.value;
  const record =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as object) } : value;
  let objection: unknown;
  if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
    objection = (record as Record<string, unknown>).objection;
    delete (record as Record<string, unknown>).objection;
  }
  const result = timelineFromInput(selectionSteps, record, options);
  const problems = result.problems.slice();
  for (const x of read.problems) problems.push(x);
  if (objection === undefined) return { ...result, problems };
  if (!isIsoDate(objection)) {
    problems.push({
      path: ['objection'],
      code: 'invalid_date',
      severity: 'error',
      message: { zh: '异议日期无效（应为 YYYY-MM-DD）', en: 'The objection date is not a valid YYYY-MM-DD date' },
    });
    return { ...result, problems };
  }
  // A fact dated after asOf does not exist yet: an objection raised later does not stop the selection.
  const { asOf } = procedureOptions(options);
  if (objection > asOf) {
    problems.push(objectionNotYetRaised(objection, asOf));
    return { ...result, problems };
  }
  const at = result.steps.findIndex((x) => x.id === 'publicity');
  const publicity = result.steps[at];
  const appointed = result.steps.find((x) => x.id === 'appointment')?.done ?? null;
  if (!publicity?.done || objection < publicity.done || (appointed !== null && objection > appointed)) {
    problems.push({
      path: ['objection'],
      code: 'objection_outside_publicity',
      severity: 'warning',
      message: {
        zh: `异议日期${objection}不在公示之后、聘任之前，未作为公示期异议处理`,
        en: `The objection of ${objection} is not between the publicity and the appointment: not treated as one`,
      },
    });
    return { ...result, problems };
  }
  if (appointed !== null)
    problems.push({
      path: ['appointment'],
      code: 'after_objection',
      severity: 'warning',
      message: {
        zh: `公示期内有异议（${objection}），聘任（${appointed}）须待异议处理：第十一条“经公示无异议者”方正式聘任`,
        en: `An objection was raised at publicity (${objection}); the appointment (${appointed}) waits on it: art. 11 appoints those without objection`,
      },
    });
  return {
    ...result,
    problems,
    steps: result.steps.slice(0, at + 1),
    outcome: {
      status: 'stopped',
      clauses: ['第十一条'],
      reason: {
        zh: `公示有异议（${objection}）：第十一条“经公示无异议者”方正式聘任，选聘在公示后停止；异议如何处理，文件未作规定，由市人社局决定`,
        en: `An objection at publicity (${objection}): art. 11 appoints only those without objection, so the selection stops after the publicity; the text does not say how an objection is handled: the bureau decides`,
      },
      next: null,
    },
  };
};

export const procedures: ProcedureSpec[] = deepFreeze([
  {
    id: 'selection',
    label: { zh: '选聘', en: 'Selection' },
    steps: selectionSteps,
    date: selectionTimeline,
    keys: [...selectionSteps.map((x) => x.id), 'objection'],
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
