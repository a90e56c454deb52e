import type { Bilingual, OutcomeStatus, Verdict } from '../core/types.js';

export const VERDICT_LABELS: Record<Verdict, Bilingual> = {
  eligible: { zh: '符合条件', en: 'Eligible' },
  ineligible: { zh: '不符合条件', en: 'Ineligible' },
  incomplete: { zh: '材料不全，待补充', en: 'Incomplete: data to supply' },
  invalid: { zh: '输入有误', en: 'Invalid input' },
};

export const STATUS_LABELS: Record<OutcomeStatus, Bilingual> = {
  pass: { zh: '通过', en: 'pass' },
  fail: { zh: '不符合', en: 'FAIL' },
  unknown: { zh: '待补充', en: 'unknown' },
  not_applicable: { zh: '不适用', en: 'n/a' },
};

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
};
