// Every value the Taiyuan measures fix, with the words it comes from. Where the text is
// silent or open, the value is an 'interpretation' (with the alternative named) or a
// 'default' the bureau replaces.
import { termPeriod } from '../../calendar/periods.js';
import { deepFreeze } from '../../core/freeze.js';
import type { Option } from '../../core/rules.js';
import type { Parameter } from '../../core/types.js';

const opt = (id: string, zh: string, en: string): Option => ({ id, label: { zh, en } });

// ── 第十五条: in force ─────────────────────────────────────────────────────────

export const inForceFrom: Parameter<string> = deepFreeze({
  id: 'validity.from',
  value: '2026-02-01',
  clause: '第十五条',
  quote: '本办法自2026年2月1日起施行',
  provenance: 'text',
  label: { zh: '施行日期', en: 'In force from' },
});

export const validityYears: Parameter<number> = deepFreeze({
  id: 'validity.years',
  value: 5,
  clause: '第十五条',
  quote: '有效期5年',
  provenance: 'interpretation',
  label: { zh: '有效期', en: 'Period of validity' },
  unit: { zh: '年', en: 'years' },
  note: 'Counted as a term (legal periods kind D): the first day counts, so five years from 2026-02-01 end on 2031-01-31. The Civil Code reading (arts. 201–202) would end on 2031-02-01.',
});

/** The last day in force, inclusive: 2031-01-31 (kind D). */
export const inForceTo: string = termPeriod(inForceFrom.value, validityYears.value).last;

export const repealed: Parameter<readonly string[]> = deepFreeze({
  id: 'validity.repeals',
  value: ['并人社发〔2020〕30号'],
  clause: '第十五条',
  quote: '原《关于印发太原市创业专家团服务管理办法的通知》（并人社发〔2020〕30号）废止',
  provenance: 'text',
  informative: true,
  label: { zh: '废止的文件', en: 'Repealed document' },
  note: 'The repealed 2020 measures are not encoded by this library: a date before 2026-02-01 is reported as outside these measures, not judged under the old ones.',
});

// ── 第三条, 第十一条: the term ─────────────────────────────────────────────────

export const termYears: Parameter<number> = deepFreeze({
  id: 'term.years',
  value: 3,
  clause: '第三条',
  quote: '创业就业专家每届聘期为三年',
  provenance: 'text',
  label: { zh: '每届聘期', en: 'Term of appointment' },
  unit: { zh: '年', en: 'years' },
});

export const TERM_READINGS = deepFreeze(['day-before', 'anniversary'] as const);
export type TermReading = (typeof TERM_READINGS)[number];

export const termReading: Parameter<TermReading> = deepFreeze({
  id: 'term.reading',
  value: 'day-before',
  choices: TERM_READINGS,
  clause: '第三条',
  quote: '聘期届满后聘任关系自动终止',
  provenance: 'interpretation',
  label: { zh: '聘期的计算', en: 'How the term is counted' },
  note: 'Legal periods kind D: the appointment day counts, so the term ends the day before its third anniversary (2026-03-01 → 2029-02-28; 2028-02-29 → 2031-02-28) and consecutive terms neither overlap nor leave a gap. Alternative, selectable (readings: { "term.reading": "anniversary" }): the Civil Code reading (arts. 201–202), last day = the anniversary. The measures fix the length (第三条, 第十一条 "每届聘期为3年"): an end date stated in the letter of appointment (聘书) that differs is reported beside the term, never counted instead of it.',
});

// ── 第四条: confidentiality outlives the term ─────────────────────────────────────

export const confidentialityDuration: Parameter<'indefinite'> = deepFreeze({
  id: 'duty.confidentiality',
  value: 'indefinite',
  clause: '第四条',
  quote: '该义务不因专家聘期的终止而解除',
  provenance: 'text',
  informative: true,
  label: { zh: '保密义务期限', en: 'Duration of the duty of confidentiality' },
  note: 'The text gives no end: the duty runs from the first appointment for as long as the information is a business secret.',
});

// ── 第五条: who may serve ───────────────────────────────────────────────────

export const categories: Parameter<readonly Option[]> = deepFreeze({
  id: 'categories',
  value: [
    opt(
      'entrepreneur',
      '成功创业者（含创业星火大赛决赛获奖者）',
      'successful entrepreneur (incl. 创业星火大赛 finalists with a prize)',
    ),
    opt(
      'manager_or_professional',
      '职业经理人、中级或以上职称专业人员',
      'professional manager, or professional with a mid-level title or higher',
    ),
    opt('academic', '高校、科研院所讲师以上专家学者', 'lecturer or above at a university or research institute'),
    opt(
      'finance',
      '金融机构投融资专家（4年及以上）',
      'investment and financing expert at a financial institution (4+ years)',
    ),
    opt(
      'public_sector',
      '行政机关和事业单位人员（4年及以上）',
      'staff of an administrative organ or public institution (4+ years)',
    ),
    opt(
      'trainer',
      '人社部门认定的创业培训讲师（4年及以上）',
      'HRSS-recognised entrepreneurship-training lecturer (4+ years)',
    ),
    opt(
      'carrier_manager',
      '创业载体、劳务品牌运营方负责人（4年及以上）',
      'manager of a startup carrier or labour-brand operator (4+ years)',
    ),
    opt(
      'contributor',
      '在创业服务领域作出突出贡献的社会人士',
      'person with an outstanding contribution to entrepreneurship services',
    ),
  ],
  clause: '第五条',
  quote: '主要由以下人员构成',
  provenance: 'interpretation',
  label: { zh: '专家团成员类别', en: 'Categories of expert' },
  note: '"主要由…构成" ("mainly made up of") leaves the list open: a background outside the eight categories is neither passed nor failed by the library but left to the bureau (background.accepted), as a list ending in 等 is elsewhere. Alternative: treat the list as exhaustive (then declare accepted: false).',
});

export const sparkContests: Parameter<readonly Option[]> = deepFreeze({
  id: 'category.entrepreneur.contests',
  value: [
    opt('shanxi', '山西省创业星火大赛（省级决赛）', 'Shanxi 创业星火大赛 (provincial final)'),
    opt('taiyuan', '太原市创业星火大赛（市级决赛）', 'Taiyuan 创业星火大赛 (municipal final)'),
  ],
  clause: '第五条（一）',
  quote: '在人社部门主办的历届山西省、太原市创业星火大赛中，入围省级或市级决赛的获奖者',
  provenance: 'text',
  label: { zh: '创业星火大赛', en: '创业星火大赛 (Spark entrepreneurship contest)' },
  note: 'Both conditions are required: reaching the final and winning a prize there, in a contest run by an HRSS department; any edition counts (历届).',
});

export const managerEmployers: Parameter<readonly Option[]> = deepFreeze({
  id: 'category.manager.employers',
  value: [
    opt('enterprise', '企业', 'enterprise'),
    opt('private_non_enterprise', '民办非企业单位', 'private non-enterprise unit'),
  ],
  clause: '第五条（二）',
  quote: '各类企业、民办非企业单位中的职业经理人',
  provenance: 'text',
  label: { zh: '职业经理人任职单位', en: "Professional manager's employer" },
});

export const professionalFields: Parameter<readonly Option[]> = deepFreeze({
  id: 'category.professional.fields',
  value: [
    opt('law', '法律', 'law'),
    opt('accounting', '会计', 'accounting'),
    opt('audit', '审计', 'audit'),
    opt('human_resources', '人力资源', 'human resources'),
    opt('property_rights', '产权保护', 'property-rights protection'),
  ],
  clause: '第五条（二）',
  quote: '在法律、会计、审计、人力资源、产权保护等领域',
  provenance: 'interpretation',
  label: { zh: '专业人员领域', en: "Professional's field" },
  note: 'The list ends in 等: another field is left to the bureau (professionAccepted).',
});

export const TITLE_LEVELS = deepFreeze(['none', 'junior', 'intermediate', 'associate_senior', 'senior'] as const);

export const minimumTitle: Parameter<(typeof TITLE_LEVELS)[number]> = deepFreeze({
  id: 'category.professional.title',
  value: 'intermediate',
  clause: '第五条（二）',
  quote: '具备中级或以上职称的专业人员',
  provenance: 'text',
  label: { zh: '专业人员职称', en: "Professional's title" },
  note: '"或以上": a mid-level (中级) title qualifies, and so does a higher one. Professional managers need no title.',
});

export const academicInstitutions: Parameter<readonly Option[]> = deepFreeze({
  id: 'category.academic.institutions',
  value: [
    opt('university', '高等院校', 'university or college'),
    opt('research_institute', '科研院所', 'research institute'),
  ],
  clause: '第五条（三）',
  quote: '高等院校、科研院所中从事企业经营管理、创业教育研究',
  provenance: 'text',
  label: { zh: '专家学者所在单位', en: "Academic's institution" },
});

export const academicAreas: Parameter<readonly Option[]> = deepFreeze({
  id: 'category.academic.areas',
  value: [
    opt('business_management', '企业经营管理', 'business management'),
    opt('entrepreneurship_education', '创业教育研究', 'entrepreneurship education research'),
  ],
  clause: '第五条（三）',
  quote: '从事企业经营管理、创业教育研究',
  provenance: 'text',
  label: { zh: '专家学者研究方向', en: "Academic's area" },
});

export const ACADEMIC_RANKS = deepFreeze(['assistant', 'lecturer', 'associate_professor', 'professor'] as const);

export const minimumAcademicRank: Parameter<(typeof ACADEMIC_RANKS)[number]> = deepFreeze({
  id: 'category.academic.rank',
  value: 'lecturer',
  clause: '第五条（三）',
  quote: '讲师以上专家学者',
  provenance: 'interpretation',
  label: { zh: '专家学者职务', en: "Academic's rank" },
  note: '以上 includes the rank named (Civil Code 第一千二百五十九条): a lecturer qualifies. A research institute’s equivalent ranks (助理研究员 = lecturer, 副研究员, 研究员) are given as the teaching rank of the same grade.',
});

const fourYears = (id: string, clause: string, quote: string, zh: string, en: string): Parameter<number> =>
  deepFreeze({
    id,
    value: 4,
    clause,
    quote,
    provenance: 'interpretation',
    label: { zh, en },
    unit: { zh: '年', en: 'years' },
    note: '"4年及以上" includes 4 (Civil Code 第一千二百五十九条 by analogy); reached on the 4th anniversary of the start (legal periods kind E; a 29 February start reaches it on 28 February).',
  });

export const financeYears = fourYears(
  'category.finance.years',
  '第五条（四）',
  '从事投融资运作的4年及以上专家',
  '从事投融资运作年限',
  'Years in investment and financing',
);
export const publicSectorYears = fourYears(
  'category.public_sector.years',
  '第五条（五）',
  '熟悉相关法律法规和创业就业政策4年及以上的人员',
  '熟悉法规政策年限',
  'Years working with the relevant laws and policies',
);
export const trainerYears = fourYears(
  'category.trainer.years',
  '第五条（六）',
  '从事创业培训工作4年及以上',
  '从事创业培训工作年限',
  'Years of entrepreneurship training',
);
export const carrierYears = fourYears(
  'category.carrier_manager.years',
  '第五条（七）',
  '从事相关工作4年及以上',
  '从事相关工作年限',
  'Years in that work',
);

export const financialInstitutions: Parameter<readonly Option[]> = deepFreeze({
  id: 'category.finance.institutions',
  value: [
    opt('bank', '银行', 'bank'),
    opt('venture_capital', '风投公司', 'venture capital firm'),
    opt('other_financial', '其他金融机构', 'other financial institution'),
  ],
  clause: '第五条（四）',
  quote: '银行、风投公司等金融机构',
  provenance: 'text',
  label: { zh: '金融机构', en: 'Financial institution' },
  note: 'Banks and venture capital firms are examples (等) of 金融机构: any financial institution qualifies.',
});

export const publicBodies: Parameter<readonly Option[]> = deepFreeze({
  id: 'category.public_sector.bodies',
  value: [
    opt('administrative_organ', '行政机关', 'administrative organ'),
    opt('public_institution', '事业单位', 'public institution'),
  ],
  clause: '第五条（五）',
  quote: '行政机关和事业单位',
  provenance: 'text',
  label: { zh: '任职单位', en: 'Employer' },
});

export const carrierOrganisations: Parameter<readonly Option[]> = deepFreeze({
  id: 'category.carrier_manager.organisations',
  value: [
    opt('startup_carrier', '创业载体', 'startup carrier'),
    opt('labour_brand_operator', '劳务品牌运营方', 'labour-brand operator'),
  ],
  clause: '第五条（七）',
  quote: '创业载体、劳务品牌运营方',
  provenance: 'text',
  label: { zh: '任职机构', en: 'Organisation' },
});

export const carrierPositions: Parameter<readonly Option[]> = deepFreeze({
  id: 'category.carrier_manager.positions',
  value: [
    opt('management', '管理层', 'management'),
    opt('core_department_head', '核心业务部门负责人', 'head of a core department'),
  ],
  clause: '第五条（七）',
  quote: '管理层或核心业务部门负责人',
  provenance: 'text',
  label: { zh: '职位', en: 'Position' },
});

// ── 第六条: basic conditions ────────────────────────────────────────────────────

export const experienceYears = fourYears(
  'basic.experience.years',
  '第六条（二）',
  '具有4年及以上工作或服务经历',
  '工作或服务经历年限',
  'Years of work or service experience',
);

export const coachingRecord: Parameter<number> = deepFreeze({
  id: 'basic.coaching.record',
  value: 1,
  clause: '第六条（四）',
  quote: '拥有成功辅导创业者实现创业的实绩',
  provenance: 'interpretation',
  label: { zh: '成功辅导创业者实现创业的人数', en: 'Entrepreneurs coached to a successful start' },
  unit: { zh: '名', en: 'persons' },
  note: 'The text asks for a record (实绩) without a number: at least one entrepreneur coached to a successful start. The bureau may ask for more.',
});

export const managedEnterprise = deepFreeze({
  zh: '有创办、经营管理企业的经历',
  en: 'Has founded, run or managed an enterprise',
});

// ── 第十二条: grounds for dismissal ───────────────────────────────────────────────

export const dissatisfiedFeedbacks: Parameter<number> = deepFreeze({
  id: 'dismissal.feedbacks',
  value: 3,
  clause: '第十二条（二）',
  quote: '经服务对象多次反馈（累计3次及以上）不满意的',
  provenance: 'text',
  label: { zh: '服务对象不满意反馈', en: 'Dissatisfied feedback from service recipients' },
  unit: { zh: '次', en: 'times' },
  note: 'Distinct feedbacks are counted: by date and record id where given, else by date and recipient (from).',
});

export const refusals: Parameter<number> = deepFreeze({
  id: 'dismissal.refusals',
  value: 3,
  clause: '第十二条（三）',
  quote: '无正当理由，一年内累计3次及以上不履行工作职责或拒绝工作安排的',
  provenance: 'text',
  label: { zh: '无正当理由不履职或拒绝工作安排', en: 'Duties unperformed or assignments refused without good reason' },
  unit: { zh: '次', en: 'times' },
  note: 'Distinct records are counted (by date and id, else by date and note); only those recorded as without good reason count.',
});

export const REFUSAL_WINDOWS = deepFreeze(['rolling', 'calendar_year'] as const);
export type RefusalWindow = (typeof REFUSAL_WINDOWS)[number];

export const refusalWindow: Parameter<RefusalWindow> = deepFreeze({
  id: 'dismissal.refusals.window',
  value: 'rolling',
  choices: REFUSAL_WINDOWS,
  clause: '第十二条（三）',
  quote: '一年内',
  provenance: 'interpretation',
  label: { zh: '“一年内”的计算', en: 'How "within one year" is read' },
  note: 'Default: any rolling 12 months (a window from a record’s date to the day before its anniversary) — the stricter reading. Alternative, selectable (readings: { "dismissal.refusals.window": "calendar_year" }): within one calendar year.',
});

export const RECORD_SCOPES = deepFreeze(['term', 'all'] as const);
export type RecordScope = (typeof RECORD_SCOPES)[number];

export const recordScope: Parameter<RecordScope> = deepFreeze({
  id: 'dismissal.scope',
  value: 'term',
  choices: RECORD_SCOPES,
  clause: '第十二条',
  quote: '创业就业专家在聘任期内',
  provenance: 'interpretation',
  label: { zh: '计入解聘情形的记录', en: 'Records that count towards a ground' },
  note: 'Default: records dated inside the current term, up to the as-of date; a reappointment starts a new count. Alternative, selectable (readings: { "dismissal.scope": "all" }): the records of every term of appointment, up to the as-of date — never conduct before the first appointment or between terms, when the expert was not 在聘任期内.',
});

export const hearingOrder: Parameter<'same-day-allowed'> = deepFreeze({
  id: 'dismissal.hearing.order',
  value: 'same-day-allowed',
  clause: '第十二条第二款',
  quote: '在作出解聘决定前，应告知专家相关事实、理由和依据，并听取其陈述和申辩',
  provenance: 'interpretation',
  informative: true,
  label: { zh: '告知、申辩与决定的先后', en: 'Order of notice, hearing and decision' },
  note: 'Dates are days: notice on or before the hearing, the hearing on or before the decision (the same day allowed, as the order within a day cannot be read from dates). An expert who, once told, declines to be heard (waived) has been heard: the duty is to give the chance. The bureau’s confirmation (经市人社部门确认) must come on or before the decision.',
});

// ── 第十三条: remuneration is set elsewhere ────────────────────────────────────────

export const remunerationSources: Parameter<readonly string[]> = deepFreeze({
  id: 'remuneration.sources',
  value: ['晋财购〔2021〕24号', '并人社发[2024〕39号'],
  clause: '第十三条',
  quote:
    '补贴标准按照山西省《关于印发政府采购评审专家劳务报酬支付标准暂行规定的通知》（晋财购〔2021〕24号）和《关于印发《“创业太原行动”实施方案》的通知》（并人社发[2024〕39号）文件执行',
  provenance: 'text',
  informative: true,
  label: { zh: '劳务补贴标准依据', en: 'Where the allowance rates are set' },
  note: 'These measures set no amount: the rates are those of the cited documents (or newer ones, 如有新的政策出台按新政策执行). The library encodes none.',
});

export const parameters: Parameter[] = [
  inForceFrom,
  validityYears,
  repealed,
  termYears,
  termReading,
  confidentialityDuration,
  categories,
  sparkContests,
  managerEmployers,
  professionalFields,
  minimumTitle,
  academicInstitutions,
  academicAreas,
  minimumAcademicRank,
  financialInstitutions,
  financeYears,
  publicBodies,
  publicSectorYears,
  trainerYears,
  carrierOrganisations,
  carrierPositions,
  carrierYears,
  experienceYears,
  coachingRecord,
  dissatisfiedFeedbacks,
  refusals,
  refusalWindow,
  recordScope,
  hearingOrder,
  remunerationSources,
] as Parameter[];
deepFreeze(parameters);
