import type { Bilingual, OutcomeStatus, Verdict } from '../core/types.js';

export const VERDICT_LABELS: Record<Verdict, Bilingual> = {
  eligible: { zh: '符合条件', en: 'Eligible' },
  ineligible: { zh: '不符合条件', en: 'Ineligible' },
  incomplete: { zh: '材料不全，待补充', en: 'Incomplete: data to supply' },
  invalid: { zh: '输入有误', en: 'Invalid input' },
  not_applicable: { zh: '不适用（不在本文件施行期间）', en: 'Not applicable: the text is not in force on that date' },
};

export const STATUS_LABELS: Record<OutcomeStatus, Bilingual> = {
  pass: { zh: '通过', en: 'pass' },
  fail: { zh: '不符合', en: 'FAIL' },
  unknown: { zh: '待补充', en: 'unknown' },
  not_applicable: { zh: '不适用', en: 'n/a' },
};

/** A shortfall against what a text calls usual or allowed (一般 / 可以): advice, not a failure. */
export const ADVICE: Bilingual = { zh: '建议', en: 'advice' };

export const UI: Record<string, Bilingual> = {
  asOf: { zh: '检查日期', en: 'As of' },
  verdict: { zh: '结论', en: 'Verdict' },
  supply: { zh: '请补充', en: 'supply' },
  problems: { zh: '输入问题', en: 'Input problems' },
  clause: { zh: '条款', en: 'Clause' },
  warning: { zh: '提醒', en: 'warning' },
  error: { zh: '错误', en: 'error' },
  root: { zh: '（整体）', en: '(root)' },
  evaluation: { zh: '年度评估', en: 'annual evaluation' },
  standard: { zh: '评估标准', en: 'Standard' },
  grade: { zh: '等次', en: 'Grade' },
  score: { zh: '得分', en: 'Score' },
  consequence: { zh: '后果', en: 'Consequence' },
  status: { zh: '结果', en: 'Result' },
  finding: { zh: '说明与条款原文', en: 'Finding and clause text' },
  reportTitle: { zh: '政策条件核验报告', en: 'Policy eligibility report' },
  footer: {
    zh: '本报告依据政策原文逐条生成；“待补充”项请补充所列数据后重新核验。',
    en: 'Generated clause by clause from the policy text; supply the listed data for unknown items and check again.',
  },
  rule: { zh: '规则', en: 'Rule' },
  projected: { zh: '预计', en: 'projected' },
  allMet: { zh: '所列条件均已满足', en: 'Every condition checked is met' },
  reading: { zh: '采用解读', en: 'Reading' },
  changedParameter: { zh: '调整参数', en: 'Changed parameter' },
  notBinding: {
    zh: '本文件为指导性文件（以供参考），不具强制约束力',
    en: 'This text is guidance ("for reference") and does not bind',
  },
  summary: { zh: '摘要', en: 'Summary' },
  reasons: { zh: '主要理由', en: 'Deciding reasons' },
  counts: { zh: '各项结果', en: 'Results' },
  details: { zh: '逐条核验', en: 'Clause by clause' },
  subject: { zh: '对象', en: 'Subject' },
  applicant: { zh: '申报单位', en: 'Applicant body' },
  name: { zh: '名称', en: 'Name' },
  period: { zh: '评估期间', en: 'Period' },
  deadline: { zh: '期限届满日', en: 'Last day of the period' },
  from: { zh: '起算日', en: 'From' },
  stepsOnTime: { zh: '各步骤均未逾期', en: 'No step is late' },
  stepsLate: { zh: '有步骤逾期', en: 'Some step is late' },
  due: { zh: '截止日', en: 'Due' },
  step: { zh: '步骤', en: 'Step' },
  noClause: { zh: '施行与适用', en: 'In force and applicable' },
  file: { zh: '文件', en: 'File' },
  mainReason: { zh: '主要理由', en: 'Main reason' },
  batch: { zh: '批量核验汇总', en: 'Batch summary' },
  reviewer: { zh: '审核人（签字）', en: 'Reviewer (signature)' },
  reviewDate: { zh: '审核日期', en: 'Date' },
  areas: { zh: '评分', en: 'Scores' },
  points: { zh: '得分/满分', en: 'Points / max' },
};
