// Every value the Pingdingshan measures fix, cited, and every reading this library takes
// where the text leaves a choice (provenance 'interpretation', selectable by the caller
// through `options.readings` where it changes a verdict).
import { deepFreeze } from '../../core/freeze.js';
import type { NamingRule } from '../../core/naming.js';
import type { Option } from '../../core/rules.js';
import type { Bilingual, Parameter } from '../../core/types.js';

const opt = (id: string, zh: string, en: string): Option => ({ id, label: { zh, en } });

// 第五条（一）: the mentor's basic conditions (1, 2, 4, 5 are declarations).

export const supportsConstitution: Bilingual = {
  zh: '拥护中华人民共和国宪法，拥护中国共产党领导和社会主义制度',
  en: 'Upholds the Constitution, the leadership of the CPC and the socialist system',
};
export const politicalAndMoralQuality: Bilingual = {
  zh: '具有良好的政治素质和道德品行',
  en: 'Good political quality and moral conduct',
};
export const lawAbiding: Bilingual = { zh: '遵守国家法律法规', en: 'Abides by the laws and regulations' };
export const volunteers: Bilingual = {
  zh: '自愿参加大众创业指导工作室工作，热爱工作，吃苦耐劳，乐于奉献',
  en: 'Joins the studio voluntarily and is dedicated to the work',
};
export const fitForDuty: Bilingual = {
  zh: '具有正常履行职责的身体条件和心理素质，符合职位要求的工作能力',
  en: 'Physically and mentally fit for the duties, with the ability the post requires',
};

/** 第五条（一）3: each record alone bars a person from the studio's work. */
export const disqualifyingRecords: Parameter<readonly Option[]> = {
  id: 'mentor.disqualifyingRecords',
  value: [
    opt('criminalPunishment', '因犯罪受过刑事处罚', 'criminal punishment for a crime'),
    opt('expelledFromParty', '被开除中国共产党党籍', 'expelled from the Communist Party of China'),
    opt(
      'jointDishonestyPunishment',
      '被依法列为失信联合惩戒对象',
      'listed as a target of joint punishment for dishonesty',
    ),
    opt(
      'recruitmentCheating',
      '在公务员招录、事业单位公开招聘考试中被认定有舞弊等严重违反录用纪律行为',
      'found to have cheated or seriously breached the rules in civil-service or public-institution recruitment',
    ),
    opt('otherStatutoryBar', '法律法规规定不得录用的其他情形', 'another bar to employment set by law or regulation'),
  ],
  clause: '第五条（一）3',
  quote:
    '因犯罪受过刑事处罚的人员、被开除中国共产党党籍的人员、被依法列为失信联合惩戒对象的人员，在公务员招录、事业单位公开招聘考试中被认定有舞弊等严重违反录用纪律行为的人员，以及法律法规规定不得录用的其他情形的人员，均不得参加大众创业指导工作室工作',
  provenance: 'text',
  label: { zh: '不得参加工作室工作的情形', en: 'Records barring the studio work' },
};

// 第五条（二）: one of three routes, each after 5 years of entrepreneurship service.

export const mentorServiceYears: Parameter<number> = {
  id: 'mentor.serviceYears',
  value: 5,
  clause: '第五条（二）6',
  quote: '从事创业服务工作 5 年及以上',
  provenance: 'text',
  label: { zh: '从事创业服务工作年限', en: 'Years of entrepreneurship service' },
  unit: { zh: '年', en: 'years' },
  note: '"及以上" includes 5. A start date wins over declared years; when the 5 years are reached is the reading mentor.serviceYearsReached.',
};

/** When "5 年" of service are reached, counted from the start date (legal periods kind E). */
export const serviceYearsReached: Parameter<'anniversary' | 'day-after-anniversary'> = {
  id: 'mentor.serviceYearsReached',
  value: 'anniversary',
  choices: ['anniversary', 'day-after-anniversary'],
  clause: '第五条（二）6',
  quote: '从事创业服务工作 5 年及以上',
  provenance: 'interpretation',
  label: { zh: '服务年限届满日', en: 'The day the years of service are reached' },
  note: "'anniversary' (default): the 5 years are reached on the 5th anniversary of the start of service (legal periods kind E; Civil Code art. 202 for 29 February), so the day before fails. 'day-after-anniversary': Civil Code art. 201 does not count the start day, so the fifth year ends at 24:00 of the anniversary and is complete only the day after. Declared years are not affected.",
};

export const certificateKinds: Parameter<readonly Option[]> = {
  id: 'mentor.certificateKinds',
  value: [
    opt('entrepreneurship_trainer', '创业培训讲师', 'entrepreneurship trainer'),
    opt('hr_practitioner', '人力资源师', 'human-resources practitioner'),
    opt('psychological_counselor', '心理咨询师', 'psychological counsellor'),
  ],
  clause: '第五条（二）6',
  quote: '具有创业培训讲师、人力资源师、心理咨询师等相关职业资格证书',
  provenance: 'interpretation',
  label: { zh: '相关职业资格证书', en: 'Relevant professional qualification certificate' },
  note: '"等相关" leaves the list open: an unlisted certificate counts when the reviewing authority accepts it as relevant (certificates[i].accepted = true); until that is declared the route is unknown, and a refused one does not count. The alternative (listed kinds only) is reached by declaring accepted = false.',
};

export const commendationLevels: Parameter<readonly Option[]> = {
  id: 'mentor.commendationLevels',
  value: [
    opt('municipal', '市级', 'municipal'),
    opt('provincial', '省级', 'provincial'),
    opt('national', '国家级', 'national'),
  ],
  clause: '第五条（二）7',
  quote: '获得市级及以上创业工作先进表彰',
  provenance: 'text',
  label: { zh: '市级及以上创业工作先进表彰', en: 'Municipal-or-higher commendation for entrepreneurship work' },
};

export const outstandingResults: Bilingual = Object.freeze({
  zh: '工作成绩突出、成果显著',
  en: 'Outstanding work and notable results',
});

// 第五条（三）: the studio.

export const leadMentorCount: Parameter<number> = {
  id: 'studio.leadMentors',
  value: 1,
  clause: '第五条（三）1',
  quote: '至少有 1 位领衔创业导师',
  provenance: 'text',
  label: { zh: '领衔创业导师人数', en: 'Lead mentors' },
  unit: { zh: '位', en: '' },
};

export const mentorCount: Parameter<number> = {
  id: 'studio.mentors',
  value: 2,
  clause: '第五条（三）1',
  quote: '及 2 名创业导师',
  provenance: 'text',
  label: { zh: '创业导师人数', en: 'Mentors' },
  unit: { zh: '名', en: '' },
};

export const leadCountsAsMentor: Parameter<boolean> = {
  id: 'studio.leadCountsAsMentor',
  value: false,
  clause: '第五条（三）1',
  quote: '至少有 1 位领衔创业导师及 2 名创业导师',
  provenance: 'interpretation',
  label: { zh: '领衔创业导师计入2名创业导师', en: 'The lead mentor counts among the 2 mentors' },
  note: '"1 位领衔创业导师及 2 名创业导师" joins two groups with 及: read as 1 lead plus 2 other mentors (3 mentors in all). This is the stricter reading, so a studio passing it passes both; pass readings { "studio.leadCountsAsMentor": true } for the other reading (the lead is one of the 2).',
};

export const staffCount: Parameter<number> = {
  id: 'studio.staff',
  value: 5,
  clause: '第五条（三）1',
  quote: '不少于 5 名工作人员',
  provenance: 'text',
  label: { zh: '工作人员人数', en: 'Staff' },
  unit: { zh: '名', en: '' },
  note: 'Counted from the staff list, distinct by idNumber, else by trimmed name; mentors count only if listed as staff.',
};

export const hostKinds: Parameter<readonly Option[]> = {
  id: 'studio.hostKinds',
  value: [
    opt('entrepreneurship_service', '创业服务机构', 'entrepreneurship-service institution'),
    opt('university', '高等院校', 'university or college'),
    opt('hr_service', '人力资源服务机构', 'human-resources service institution'),
  ],
  clause: '第三条',
  quote: '主要在创业服务机构、高等院校、人力资源服务机构中认定',
  provenance: 'interpretation',
  label: { zh: '工作室所在单位类型', en: 'Kind of host institution' },
  note: '"主要" makes the list not exhaustive: another kind of host is left to the city bureau (host.kindAccepted); unknown until declared. Reading the list as closed is reached by declaring kindAccepted = false.',
};

export const promotesPolicies: Bilingual = {
  zh: '认真宣传贯彻国家、省、市促进创业的法律法规和政策',
  en: 'Promotes the national, provincial and municipal laws and policies on entrepreneurship',
};
export const implementsPreferentialPolicies: Bilingual = {
  zh: '协调落实促进创业各项优惠政策',
  en: 'Helps implement the preferential policies for entrepreneurship',
};
export const talentSystems: Bilingual = {
  zh: '建立完善的创业导师人才培养、评价、选拔、使用和激励制度',
  en: 'Systems to train, evaluate, select, deploy and reward mentors',
};
export const workingConditions: Bilingual = {
  zh: '能够为工作室提供包括场所、设备在内的必要工作条件',
  en: 'Premises, equipment and other working conditions provided to the studio',
};

/** 第六条（五）: "大众创业指导大师工作室名称按“申报个人名称+大众创业指导大师工作室”命名". */
export const naming: NamingRule = {
  pattern: '申报个人名称+大众创业指导大师工作室',
  parts: [
    { field: 'applicantName', label: { zh: '申报个人名称', en: "the applying person's name" } },
    { literal: '大众创业指导大师工作室' },
  ],
  clause: '第六条（五）',
  extraElementsAllowed: false,
};

// 第六条: the recognition procedure.

export const publicityWorkdays: Parameter<number> = {
  id: 'recognition.publicityWorkdays',
  value: 5,
  clause: '第六条（四）',
  quote: '公示5个工作日',
  provenance: 'text',
  label: { zh: '公示期', en: 'Publicity period' },
  unit: { zh: '个工作日', en: 'working days' },
  // A step of the recognition timeline (recognitionTimeline), not a condition a check reads.
  informative: true,
};

/** The share of votes a candidate needs in the secret ballot, and what it is a share of. */
export interface BallotRule {
  /** A fraction, 'n/d'. */
  share: string;
  /** True: strictly more than the share (过半数); false: at least it. */
  strict: boolean;
  /** 'panel': of the experts on the panel; 'cast': of the votes cast. */
  base: 'panel' | 'cast';
}

export const ballotMajority: Parameter<BallotRule> = {
  id: 'recognition.ballotMajority',
  value: { share: '1/2', strict: true, base: 'panel' },
  clause: '第六条（三）',
  quote: '实行无记名票决制',
  provenance: 'default',
  label: { zh: '无记名票决通过票数', en: 'Votes needed in the secret ballot' },
  note: 'The text sets a secret ballot but no majority. Default: more than half of the experts on the panel (过半数, the usual rule of such panels); the city may set another (pass a BallotRule to secretBallot).',
  informative: true,
};

// 第七条: the materials.

export const materialCopies: Parameter<number> = {
  id: 'materials.copies',
  value: 2,
  clause: '第七条',
  quote: '一式两份',
  provenance: 'text',
  label: { zh: '申报材料份数', en: 'Copies of the materials' },
  unit: { zh: '份', en: 'copies' },
};

export const applicationReportContents: Parameter<readonly Option[]> = {
  id: 'materials.applicationReport',
  value: [
    opt('mentorProfiles', '创业导师简介及近年主要业绩贡献', "the mentors' profiles and recent contributions"),
    opt('necessityAndAdvantages', '申报的必要性和现有优势', 'why the studio is needed and its strengths'),
    opt('systemsAndGoals', '工作室管理制度和计划目标', 'management systems, plans and goals'),
    opt('workingConditions', '提供场所、设备等工作条件的情况说明', 'the premises and equipment provided'),
    opt('talentPolicies', '加强创业导师人才队伍建设的政策措施', 'measures to build the mentor team'),
  ],
  clause: '第七条2',
  quote:
    '创业导师简介及近年主要业绩贡献，申报市级大众创业指导大师工作室的必要性和现有优势，大众创业指导大师工作室管理制度和计划目标，能够为大众创业指导大师工作室提供场所、设备等工作条件的情况说明，加强创业导师人才队伍建设的政策措施',
  provenance: 'text',
  label: { zh: '申报单位申请报告', en: "The host's application report" },
};

// 第十条: the effects owed.

export const quarterlyExchanges: Parameter<number> = {
  id: 'effects.quarterlyExchanges',
  value: 1,
  clause: '第十条1',
  quote: '每季度至少组织 1 次区域性创业政策咨询、创业指导等服务交流指导',
  provenance: 'text',
  label: { zh: '每季度区域性服务交流指导', en: 'Regional consultation or guidance exchanges a quarter' },
  unit: { zh: '次', en: '' },
};

export const quarterReading: Parameter<'calendar' | 'calendar-in-period'> = {
  id: 'effects.quarters',
  value: 'calendar',
  clause: '第十条1',
  quote: '每季度',
  provenance: 'interpretation',
  label: { zh: '季度', en: 'Quarters' },
  choices: ['calendar', 'calendar-in-period'],
  note: "'calendar' (default): calendar quarters (Jan–Mar, …), each judged whole on all its days in the period in which it ends, records before the period included; a quarter ending after the period belongs to the next one; a quarter not yet over is pending; one that began before the studio's recognition is not applicable. 'calendar-in-period': only the days of a quarter inside the period count, and a quarter only partly inside is reported, never failed (this library's reading before 0.x).",
};

export const fourIntoActivities: Parameter<number> = {
  id: 'effects.fourIntoActivities',
  value: 2,
  clause: '第十条2',
  quote: '每年至少开展 2 次创业导师进园区、进企业、进校园、进社区主题活动',
  provenance: 'text',
  label: { zh: '“四进”主题活动', en: '"Four into" activities (parks, enterprises, campuses, communities)' },
  unit: { zh: '次', en: '' },
};

export const backbonesTrained: Parameter<number> = {
  id: 'effects.backbones',
  value: 2,
  clause: '第十条3',
  quote: '每年至少培养 2 名创业服务工作骨干',
  provenance: 'text',
  label: { zh: '培养创业服务工作骨干', en: 'Service backbones trained' },
  unit: { zh: '名', en: '' },
  note: 'Distinct by idNumber, else by trimmed name; an entry without either counts once.',
};

export const evaluationYear: Parameter<'whole-years' | 'from-recognition'> = {
  id: 'effects.year',
  value: 'whole-years',
  choices: ['whole-years', 'from-recognition'],
  clause: '第十条',
  quote: '市级大众创业指导大师工作室应产生以下效果',
  provenance: 'interpretation',
  label: { zh: '评价年度', en: 'The year evaluated' },
  note: "\"每年\" is the year of 第十一条（一）'s 年度评价, the calendar year (without from/to, the latest calendar year ended before the as-of date; with progress, the running one). 'whole-years' (default): a year is evaluated only when the studio was recognised on or before its first day; the year of recognition is not applicable rather than short. 'from-recognition': the year of recognition is evaluated too, over its days from the recognition, the yearly minimums in full.",
};

export const passFailReading: Parameter<string> = {
  id: 'effects.grading',
  value: 'pass-fail',
  clause: '第十一条（三）',
  quote: '具体评鉴办法依照有关文件执行',
  provenance: 'interpretation',
  label: { zh: '按第十条判定合格/不合格', en: 'Pass or fail against 第十条' },
  // The standard itself, not a value a rule reads: a caller replaces it with options.standard.
  informative: true,
  note: 'The text sets no grades and leaves the review of results to other documents; it speaks only of failing an assessment (第十一条（四）2 "经考核评估不合格"). This library reads a year as failing when an effect of 第十条 falls short and passing when all are met; a caller with the city\'s standard passes it as options.standard. No 优秀/良好 is invented.',
};

// 第十一条: running the studio, and leaving the list.

export const workPlanYears: Parameter<number> = {
  id: 'plan.years',
  value: 3,
  clause: '第十一条（二）',
  quote: '制定三年工作规划',
  provenance: 'text',
  label: { zh: '工作规划年限', en: 'Years the work plan covers' },
  unit: { zh: '年', en: 'years' },
  // A duty of a recognised studio in its daily running, not a condition of recognition (第五条).
  informative: true,
};

export const workPlanContents: Parameter<readonly Option[]> = {
  id: 'plan.contents',
  value: [
    opt('direction', '发展方向', 'direction'),
    opt('focus', '重点', 'priorities'),
    opt('level', '层次', 'level'),
    opt('scale', '规模', 'scale'),
    opt('measures', '保障推动措施', 'supporting measures'),
  ],
  clause: '第十一条（二）',
  quote: '明确工作室发展的方向、重点、层次和规模，有相应的措施予以保障推动',
  provenance: 'text',
  label: { zh: '三年工作规划内容', en: 'Contents of the three-year plan' },
  informative: true,
};

export const noMentorYears: Parameter<number> = {
  id: 'exit.noMentorYears',
  value: 1,
  clause: '第十一条（四）1',
  quote: '一年及以上无符合条件的创业导师',
  provenance: 'interpretation',
  label: { zh: '无符合条件的创业导师的期间', en: 'Time without a qualified mentor' },
  unit: { zh: '年', en: 'year' },
  note: 'Counted from the day the last qualified mentor left; "及以上" includes the year (Civil Code art. 1259 by analogy), reached on the first anniversary (legal periods kind E): the day before, not yet. Applied by exitAssessment, not by a check.',
  informative: true,
};

// 第八条, 第十三条: funding. 第十四条: in force.

export const oneOffSubsidy: Parameter<null> = {
  id: 'funding.oneOffSubsidy',
  value: null,
  clause: '第八条',
  quote: '市财政给予一次性补助',
  provenance: 'default',
  label: { zh: '一次性补助金额', en: 'One-off subsidy' },
  unit: { zh: '元', en: 'yuan' },
  note: 'The text grants a one-off subsidy but sets no amount; the library models the duty without one (null). Its use is governed by the employment subsidy fund rules (第十三条).',
  informative: true,
};

export const subsidyUses: Parameter<readonly Option[]> = {
  id: 'funding.uses',
  value: [
    opt('equipment', '设备购置', 'equipment'),
    opt('talent', '人才培养', 'training people'),
    opt('exchange', '技能交流', 'skills exchange'),
  ],
  clause: '第八条',
  quote: '主要用于大众创业指导大师工作室所需设备购置、人才培养、技能交流等支出',
  provenance: 'text',
  label: { zh: '补助资金主要用途', en: 'Main uses of the subsidy' },
  informative: true,
};

export const earliestInForce: Parameter<string> = {
  id: 'measures.earliestInForce',
  value: '2024-01-01',
  clause: 'preamble',
  quote: '平人社办〔2024〕44号',
  provenance: 'interpretation',
  label: { zh: '本办法试行日期', en: 'Date the measures took effect' },
  note: '第十四条 "自下发之日起试行" and the text carries no issue date. Its number dates it to 2024, so an as-of date before 2024-01-01 is before the measures; within 2024 the report assumes they were issued by the as-of date unless the caller passes the day of issue (options.effectiveFrom). From 2025 on they are in force (none of their text ends them).',
};

export const parameters: Parameter[] = deepFreeze([
  disqualifyingRecords,
  mentorServiceYears,
  serviceYearsReached,
  certificateKinds,
  commendationLevels,
  leadMentorCount,
  mentorCount,
  leadCountsAsMentor,
  staffCount,
  hostKinds,
  publicityWorkdays,
  ballotMajority,
  materialCopies,
  applicationReportContents,
  quarterlyExchanges,
  quarterReading,
  fourIntoActivities,
  backbonesTrained,
  evaluationYear,
  passFailReading,
  workPlanYears,
  workPlanContents,
  noMentorYears,
  oneOffSubsidy,
  subsidyUses,
  earliestInForce,
] as Parameter[]);
deepFreeze(naming);
