import type { Bilingual, Lang, OutcomeStatus, Provenance, Verdict } from '../core/types.js';

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

/**
 * Whether an evaluation's standard is official, by its provenance: printed beside the grade
 * at the grade's size, so a grade under the library's default never reads as an official one.
 */
export const STANDING: Record<Provenance, Bilingual> = {
  text: { zh: '依原文标准', en: 'standard of the text' },
  interpretation: { zh: '非官方：本库对原文的解读', en: "not official: the library's reading of the text" },
  default: { zh: '非官方：本库默认标准', en: "not official: the library's default standard" },
};

/** The legal basis of a period, in words of the report's language (calendar/periods gives it in English). */
export const BASIS: Record<string, Bilingual> = {
  'Civil Code art. 201 (民法典第二百零一条): the starting day is not counted': {
    zh: '民法典第二百零一条：开始的当日不计入',
    en: 'Civil Code art. 201 (民法典第二百零一条): the starting day is not counted',
  },
  'Civil Code art. 202 (民法典第二百零二条): a period in years ends on the corresponding day; lacking it, the month’s last day':
    {
      zh: '民法典第二百零二条：按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日',
      en: 'Civil Code art. 202 (民法典第二百零二条): a period in years ends on the corresponding day; lacking it, the month’s last day',
    },
  'Civil Code art. 203 (民法典第二百零三条): a last day on a rest day moves to the day after the rest': {
    zh: '民法典第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日',
    en: 'Civil Code art. 203 (民法典第二百零三条): a last day on a rest day moves to the day after the rest',
  },
  'Administrative Licensing Law art. 82 (行政许可法第八十二条): working days, statutory holidays excluded': {
    zh: '行政许可法第八十二条：期限以工作日计算，不含法定节假日',
    en: 'Administrative Licensing Law art. 82 (行政许可法第八十二条): working days, statutory holidays excluded',
  },
  'interpretation: the first day of publication counts when it is a working day': {
    zh: '本库解读：公示首日为工作日的，计入公示期',
    en: 'interpretation: the first day of publication counts when it is a working day',
  },
  'the end date stated in the appointment (Civil Code art. 204)': {
    zh: '聘任文件载明的终止日（民法典第二百零四条）',
    en: 'the end date stated in the appointment (Civil Code art. 204)',
  },
  'interpretation: the start day counts; the term ends the day before its anniversary': {
    zh: '本库解读：聘期自起始日当日起算，至周年对应日的前一日届满',
    en: 'interpretation: the start day counts; the term ends the day before its anniversary',
  },
};

/** A legal basis in words of `lang`: a basis the labels do not know is shown as given. */
export function basisWords(basis: string, lang: Lang): string {
  return Object.hasOwn(BASIS, basis) ? (BASIS[basis] as Bilingual)[lang] : basis;
}

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
  evaluationTitle: { zh: '年度评估报告', en: 'Annual evaluation report' },
  timelineTitle: { zh: '办理时限表', en: 'Procedure timeline' },
  deadlineTitle: { zh: '期限计算', en: 'Deadline' },
  issuer: { zh: '发文机关', en: 'Issued by' },
  page: { zh: '第 {page} 页，共 {pages} 页', en: 'Page {page} of {pages}' },
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
