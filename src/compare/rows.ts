// The rows of the comparison, by theme. Every value is read from the object the
// policy's own rules read (its Parameter, naming rule, procedure or clause words); a
// row the text leaves blank is 'not set', a row about another kind of body 'not applicable'.
import { deepFreeze } from '../core/freeze.js';
import { GRADE_LABELS } from '../core/grading.js';
import type { Bilingual, Parameter, Policy, PolicyId } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import * as national from '../policies/national/parameters.js';
import * as pds from '../policies/pingdingshan/parameters.js';
import { OUTCOME_LABELS } from '../policies/taiyuan/evaluation.js';
import * as taiyuan from '../policies/taiyuan/parameters.js';
import { GROUND_LABELS } from '../policies/taiyuan/records.js';
import { GROUND_IDS } from '../policies/taiyuan/schema.js';
import * as tianjin from '../policies/tianjin/parameters.js';
import { AT_LEAST, anyOfCell, clauseCell, namingCell, notSet, paramCell, stepsCell, YEARS } from './cells.js';
import type { Cell, SetCell, ThemeId } from './types.js';

/** Who a row is about: a studio, an individual mentor or expert, or the document itself. */
export type RowScope = 'studio' | 'person' | 'document';

export interface RowSpec {
  id: string;
  theme: ThemeId;
  label: Bilingual;
  scope: RowScope;
  /** The cells of the policies whose text sets the row; the others are 'not set' (with `unset`'s reason where given). */
  cells: Partial<Record<PolicyId, () => Cell>>;
  unset?: Partial<Record<PolicyId, Bilingual>>;
  /** A row's cell for a policy made by definePolicy, from what its definition declares: its dates, naming rule, procedures (undefined: not set). */
  defined?: (policy: Policy) => Cell | undefined;
}

export const THEMES: Readonly<Record<ThemeId, Bilingual>> = deepFreeze({
  document: { zh: '文件', en: 'The document' },
  people: { zh: '人员', en: 'People' },
  venue: { zh: '场所与载体', en: 'Premises and host' },
  operations: { zh: '资源、制度与名称', en: 'Resources, systems and name' },
  procedure: { zh: '程序与期限', en: 'Procedures and deadlines' },
  duties: { zh: '年度工作要求', en: 'Yearly minimums' },
  evaluation: { zh: '评估与退出', en: 'Evaluation and exit' },
  person: { zh: '个人条件（平顶山创业导师 / 太原专家）', en: 'The individual (Pingdingshan mentor / Taiyuan expert)' },
});

const PERSONS: Bilingual = { zh: '名', en: 'persons' };

/** Calendar quarters in a year: the normalisation of "每季度" (Pingdingshan reads quarters as calendar quarters, effects.quarters). */
const QUARTERS_PER_YEAR = 4;

const yearly = (n: number): { min: number; shown: Bilingual; how: string } => ({
  min: n,
  shown: { zh: `每年至少${n}次`, en: `at least ${n} a year` },
  how: 'stated per year',
});

const procedure = (policy: PolicyId, id: string) => () => {
  const p = getPolicy(policy);
  const spec = p.procedures.find((s) => s.id === id);
  return spec ? stepsCell(p, spec) : notSet({ zh: '文本未规定该程序', en: 'The text sets no such procedure' });
};

const bindingCell = (policy: Policy): Cell =>
  policy.id === 'national'
    ? clauseCell(
        'preamble',
        '以供参考',
        { zh: '否：技术指引，以供参考', en: 'No: a guideline, "for reference"' },
        false,
      )
    : clauseCell(
        'title',
        policy.title.zh,
        { zh: '是：地方规范性文件', en: 'Yes: a local normative document' },
        true,
        'interpretation',
      );

export const ROWS: readonly RowSpec[] = deepFreeze([
  // The document
  {
    id: 'document.binding',
    theme: 'document',
    label: { zh: '约束力', en: 'Binding or guidance' },
    scope: 'document',
    cells: {
      national: () => bindingCell(getPolicy('national')),
      tianjin: () => bindingCell(getPolicy('tianjin')),
      pingdingshan: () => bindingCell(getPolicy('pingdingshan')),
      taiyuan: () => bindingCell(getPolicy('taiyuan')),
    },
    defined: (policy) =>
      clauseCell(
        'title',
        policy.title.zh,
        policy.binding
          ? { zh: '是（定义所声明）', en: 'Yes (as its definition declares)' }
          : { zh: '否：指导性文件（定义所声明）', en: 'No: guidance (as its definition declares)' },
        policy.binding,
        'interpretation',
      ),
  },
  {
    id: 'document.effective',
    theme: 'document',
    label: { zh: '施行日期与有效期', en: 'Effective dates' },
    scope: 'document',
    cells: {
      pingdingshan: () =>
        paramCell(pds.earliestInForce, {
          shown: {
            zh: `自下发之日起试行（无成文日期；最早${pds.earliestInForce.value}）`,
            en: `on issue (undated; not before ${pds.earliestInForce.value})`,
          },
        }),
      taiyuan: () =>
        paramCell(taiyuan.inForceFrom, {
          shown: {
            zh: `${taiyuan.inForceFrom.value}至${taiyuan.inForceTo}（有效期${taiyuan.validityYears.value}年）`,
            en: `${taiyuan.inForceFrom.value} to ${taiyuan.inForceTo} (${taiyuan.validityYears.value} years)`,
          },
        }),
    },
    unset: {
      national: { zh: '文本未载明施行日期', en: 'The text states no date of effect' },
      tianjin: {
        zh: '文本未载明发文日期和有效期',
        en: 'The text states neither an issue date nor a period of validity',
      },
    },
    defined: (policy) => {
      const { from, to } = policy.effective;
      if (from === null && to === null) return undefined;
      return clauseCell(
        policy.effective.clause ?? 'title',
        clauseText(policy, policy.effective.clause) ?? policy.title.zh,
        {
          zh: `${from ?? '…'}起施行${to === null ? '' : `，至${to}`}`,
          en: `in force from ${from ?? '…'}${to === null ? '' : ` to ${to}`}`,
        },
        { from, to },
      );
    },
  },
  {
    id: 'document.repeals',
    theme: 'document',
    label: { zh: '废止的文件', en: 'Repealed documents' },
    scope: 'document',
    cells: { taiyuan: () => paramCell(taiyuan.repealed, { shown: textList(taiyuan.repealed.value) }) },
    defined: (policy) =>
      policy.repeals.length === 0
        ? undefined
        : clauseCell(
            policy.effective.clause ?? 'title',
            clauseText(policy, policy.effective.clause) ?? policy.title.zh,
            textList(policy.repeals),
            [...policy.repeals],
          ),
  },
  // People of the studio
  {
    id: 'lead.count',
    theme: 'people',
    label: { zh: '领办人（领衔创业导师）人数', en: 'Lead persons (lead mentors)' },
    scope: 'studio',
    cells: {
      national: () => paramCell(national.leadCount, { prefix: AT_LEAST }),
      tianjin: () => paramCell(tianjin.leadCount, { prefix: AT_LEAST }),
      pingdingshan: () => paramCell(pds.leadMentorCount, { prefix: AT_LEAST, unit: PERSONS }),
    },
  },
  {
    id: 'lead.years',
    theme: 'people',
    label: { zh: '领办人从业年限', en: "Lead person's years of service" },
    scope: 'studio',
    cells: {
      national: () => paramCell(national.leadServiceYears, { prefix: AT_LEAST, unit: YEARS }),
      tianjin: () => paramCell(tianjin.leadServiceYears, { prefix: AT_LEAST, unit: YEARS }),
      // 第五条（二）: every mentor, the lead mentor among them.
      pingdingshan: () => paramCell(pds.mentorServiceYears, { prefix: AT_LEAST }),
    },
  },
  {
    id: 'lead.roles',
    theme: 'people',
    label: { zh: '领办人身份', en: "Lead person's background" },
    scope: 'studio',
    cells: { national: () => paramCell(national.leadRoles), tianjin: () => paramCell(tianjin.leadRoles) },
    unset: {
      pingdingshan: {
        zh: '未列身份；创业导师须符合第五条（二）途径之一（见个人条件）',
        en: 'No list of backgrounds; every mentor qualifies by a route of 第五条（二） (see the individual rows)',
      },
    },
  },
  {
    id: 'mentors.count',
    theme: 'people',
    label: { zh: '创业导师人数（领办人以外）', en: 'Mentors besides the lead' },
    scope: 'studio',
    cells: {
      pingdingshan: () =>
        paramCell(pds.mentorCount, {
          prefix: AT_LEAST,
          unit: PERSONS,
          shown: {
            zh: `至少${pds.mentorCount.value}名（领衔创业导师${pds.leadCountsAsMentor.value ? '计入' : '不计入'}，解释）`,
            en: `at least ${pds.mentorCount.value} (the lead mentor ${pds.leadCountsAsMentor.value ? 'included' : 'not included'}: a reading)`,
          },
        }),
    },
  },
  {
    id: 'staff.count',
    theme: 'people',
    label: { zh: '工作人员人数', en: 'Staff' },
    scope: 'studio',
    cells: {
      national: () => paramCell(national.staffCount, { prefix: AT_LEAST }),
      tianjin: () => paramCell(tianjin.staffCount, { prefix: AT_LEAST }),
      pingdingshan: () => paramCell(pds.staffCount, { prefix: AT_LEAST, unit: PERSONS }),
    },
  },
  {
    id: 'staff.years',
    theme: 'people',
    label: { zh: '工作人员从业年限', en: "Staff members' years" },
    scope: 'studio',
    cells: {
      national: () => paramCell(national.staffExperienceYears, { prefix: AT_LEAST, unit: YEARS }),
      tianjin: () => paramCell(tianjin.staffExperienceYears, { prefix: AT_LEAST, unit: YEARS }),
    },
  },
  // Premises and host
  {
    id: 'venue.area',
    theme: 'venue',
    label: { zh: '场所面积', en: 'Floor area' },
    scope: 'studio',
    cells: { tianjin: () => paramCell(tianjin.venueArea, { prefix: AT_LEAST }) },
  },
  {
    id: 'venue.useRight',
    theme: 'venue',
    label: { zh: '场地使用权', en: 'Right to use the premises' },
    scope: 'studio',
    cells: { tianjin: () => paramCell(tianjin.useRightYears, { prefix: AT_LEAST, unit: YEARS }) },
  },
  {
    id: 'host.kinds',
    theme: 'venue',
    label: { zh: '创业服务载体（所在单位）类型', en: 'Kinds of carrier or host' },
    scope: 'studio',
    cells: {
      national: () => paramCell(national.carrierKinds),
      tianjin: () => paramCell(tianjin.carrierKinds),
      pingdingshan: () => paramCell(pds.hostKinds),
    },
  },
  {
    id: 'venue.zones',
    theme: 'venue',
    label: { zh: '咨询服务区功能区', en: 'Zones of the consulting area' },
    scope: 'studio',
    cells: {
      national: () => paramCell(national.consultingZones),
      // Tianjin's words: 咨询室, not the guideline's 个体咨询室 (the option ids are shared).
      tianjin: () => paramCell(tianjin.consultingZones, { shown: zonesInWords(tianjin.consultingZones) }),
    },
  },
  {
    id: 'venue.backOffice',
    theme: 'venue',
    label: { zh: '后台办公区', en: 'Back office' },
    scope: 'studio',
    cells: { national: () => paramCell(national.backOffice), tianjin: () => paramCell(tianjin.backOffice) },
  },
  {
    id: 'venue.activityRoom',
    theme: 'venue',
    label: { zh: '创业活动室容量', en: 'Seats in the activity room' },
    scope: 'studio',
    cells: { national: () => paramCell(national.activityRoomCapacity, { prefix: AT_LEAST }) },
  },
  // Resources, systems, name
  {
    id: 'resources.libraries',
    theme: 'operations',
    label: { zh: '服务资源库', en: 'Resource libraries' },
    scope: 'studio',
    cells: {
      national: () => paramCell(national.resourceLibraries),
      tianjin: () => paramCell(tianjin.resourceLibraries),
    },
  },
  {
    id: 'systems.required',
    theme: 'operations',
    label: { zh: '管理制度（数量与名称）', en: 'Management systems (count and names)' },
    scope: 'studio',
    cells: {
      national: () => paramCell(national.managementSystems),
      tianjin: () => paramCell(tianjin.managementSystems),
      pingdingshan: () => clauseCell('第五条（三）4', pds.talentSystems.zh, pds.talentSystems, pds.talentSystems.zh),
    },
  },
  {
    id: 'systems.specialFund',
    theme: 'operations',
    label: { zh: '专项资金管理制度', en: 'Special fund management system' },
    scope: 'studio',
    cells: { national: () => paramCell(national.specialFundSystem) },
  },
  {
    id: 'plan',
    theme: 'operations',
    label: { zh: '工作计划与报备', en: 'Work plan and reporting' },
    scope: 'studio',
    cells: {
      national: () =>
        clauseCell(
          '三（四）',
          '工作室应制定年度工作计划，明确工作室发展方向和工作目标。如实反映开展各项活动、取得工作进展成果等情况，并及时向当地主管部门报备',
          {
            zh: '年度工作计划；如实反映各项活动和工作进展成果，及时向当地主管部门报备',
            en: 'an annual work plan; activities and progress reported truthfully and promptly to the local authority',
          },
          { plan: 'annual', report: 'local_authority', when: 'promptly' },
        ),
      tianjin: () =>
        clauseCell(
          '二（四）1',
          '制定年度工作计划，明确发展方向和工作目标。如实记录活动进展及工作成果，并向所在区人社行政部门报备',
          {
            zh: '年度工作计划；如实记录活动进展及工作成果，向所在区人社行政部门报备',
            en: 'an annual work plan; progress and results recorded truthfully and reported to the district HRSS bureau',
          },
          { plan: 'annual', report: 'district_bureau', when: null },
        ),
      pingdingshan: () =>
        paramCell(pds.workPlanYears, {
          shown: { zh: `${pds.workPlanYears.value}年工作规划`, en: `a ${pds.workPlanYears.value}-year work plan` },
        }),
    },
  },
  {
    id: 'naming',
    theme: 'operations',
    label: { zh: '命名方式', en: 'Naming format' },
    scope: 'studio',
    cells: {
      national: () => namingCell(national.naming),
      tianjin: () => namingCell(tianjin.naming),
      pingdingshan: () => namingCell(pds.naming),
    },
    // A defined policy's own naming rule, as it declares it (definePolicy({ naming })).
    defined: (policy) => (policy.naming ? namingCell(policy.naming) : undefined),
  },
  // Procedures
  {
    id: 'procedure.recognition',
    theme: 'procedure',
    label: { zh: '认定（选聘）步骤及工作日时限', en: 'Recognition (selection) steps and working-day deadlines' },
    scope: 'document',
    cells: {
      tianjin: procedure('tianjin', 'recognition'),
      pingdingshan: procedure('pingdingshan', 'recognition'),
      taiyuan: procedure('taiyuan', 'selection'),
    },
    // A defined policy's procedure of recognition (or selection), by the id it declares it with.
    defined: (policy) => {
      const spec =
        policy.procedures.find((p) => p.id === 'recognition') ?? policy.procedures.find((p) => p.id === 'selection');
      return spec ? stepsCell(policy, spec) : undefined;
    },
    unset: {
      national: {
        zh: '指引不设认定程序，由各地规定',
        en: 'The guideline sets no procedure: left to local authorities',
      },
    },
  },
  {
    id: 'procedure.publicity',
    theme: 'procedure',
    label: { zh: '认定公示期', en: 'Publicity before recognition' },
    scope: 'document',
    cells: {
      tianjin: () => paramCell(tianjin.recognitionPublicityWorkdays),
      pingdingshan: () => paramCell(pds.publicityWorkdays),
    },
    unset: {
      taiyuan: { zh: '第十一条要求公示，未定期限', en: '第十一条 requires publicity without a length' },
    },
  },
  {
    id: 'procedure.changeFiling',
    theme: 'procedure',
    label: { zh: '变更备案（报告）时限', en: 'Filing (reporting) a change' },
    scope: 'studio',
    cells: {
      tianjin: () => paramCell(tianjin.changeFilingWorkdays),
      pingdingshan: () =>
        clauseCell(
          '第十一条（五）',
          '或创业导师出现重大变化的，应及时向市人力资源和社会保障局报告',
          {
            zh: '及时报告（文本未定期限；创业导师出现重大变化等重大事项）',
            en: 'promptly (no deadline in the text; a major change of mentors, among other major matters)',
          },
          'promptly',
        ),
    },
  },
  {
    id: 'procedure.rectification',
    theme: 'procedure',
    label: { zh: '整改期', en: 'Rectification period' },
    scope: 'studio',
    cells: { tianjin: () => paramCell(tianjin.rectificationDays) },
  },
  // Yearly minimums
  {
    id: 'duties.exchanges',
    theme: 'duties',
    label: { zh: '政策咨询、服务交流指导活动', en: 'Consultation and guidance exchanges' },
    scope: 'studio',
    cells: {
      tianjin: () =>
        paramCell(tianjin.minServiceActivities, {
          shown: {
            zh: `每年至少${tianjin.minServiceActivities.value}场`,
            en: `at least ${tianjin.minServiceActivities.value} a year`,
          },
          perYear: yearly(tianjin.minServiceActivities.value),
        }),
      pingdingshan: () => {
        const n = pds.quarterlyExchanges.value;
        return paramCell(pds.quarterlyExchanges, {
          shown: { zh: `每季度至少${n}次（区域性）`, en: `every quarter, at least ${n} (regional)` },
          perYear: {
            min: n * QUARTERS_PER_YEAR,
            shown: { zh: `折合每年至少${n * QUARTERS_PER_YEAR}次`, en: `at least ${n * QUARTERS_PER_YEAR} a year` },
            how: `${n} in each of the ${QUARTERS_PER_YEAR} calendar quarters (${pds.quarterReading.id}); stricter than a yearly total: each quarter must have one`,
          },
        });
      },
    },
  },
  yearlyRow(
    'duties.fourInto',
    { zh: '“四进”主题活动', en: '"Four into" activities' },
    {
      tianjin: tianjin.minFourIntoActivities,
      pingdingshan: pds.fourIntoActivities,
    },
  ),
  yearlyRow(
    'duties.financing',
    { zh: '融资对接活动', en: 'Financing match-making' },
    { tianjin: tianjin.minFinancingEvents },
  ),
  yearlyRow(
    'duties.backbones',
    { zh: '培养创业服务工作骨干', en: 'Service backbones trained' },
    {
      pingdingshan: pds.backbonesTrained,
    },
  ),
  yearlyRow(
    'duties.newStartups',
    { zh: '新服务初创企业', en: 'Newly served start-ups' },
    { tianjin: tianjin.minNewStartups },
  ),
  {
    id: 'duties.incubatedOrGrown',
    theme: 'duties',
    label: {
      zh: '成功孵化创业项目，或初创企业成长（二者之一）',
      en: 'Incubated projects, or start-ups grown (either)',
    },
    scope: 'studio',
    cells: {
      // One requirement met either way, as the evaluation reads it: "…不少于3个或…不少于1家".
      tianjin: () =>
        anyOfCell(
          '四（一）5',
          '成功孵化创业项目不少于3个或初创企业成为成长企业（如获100万元及以上融资支持）不少于1家',
          [
            yearlyCell(tianjin.minIncubatedProjects, { zh: '成功孵化创业项目', en: 'incubated projects' }),
            yearlyCell(tianjin.minGrownStartups, { zh: '初创企业成为成长企业', en: 'start-ups grown' }),
          ],
        ),
    },
  },
  // Evaluation and exit
  {
    id: 'evaluation.eligibility',
    theme: 'evaluation',
    label: { zh: '参加评估的条件', en: 'Who is evaluated' },
    scope: 'studio',
    cells: {
      tianjin: () =>
        paramCell(tianjin.evaluationAfterYears, {
          shown: {
            zh: `认定后运行满${tianjin.evaluationAfterYears.value}年`,
            en: `${tianjin.evaluationAfterYears.value} full year after recognition`,
          },
        }),
      pingdingshan: () =>
        paramCell(pds.evaluationYear, {
          shown: { zh: '评价年度开始前已认定（解释）', en: 'recognised before the year begins (a reading)' },
        }),
    },
    unset: { national: { zh: '指引不设评估', en: 'The guideline sets no evaluation' } },
  },
  {
    id: 'evaluation.grades',
    theme: 'evaluation',
    label: { zh: '评估等次', en: 'Grades available' },
    scope: 'document',
    cells: {
      tianjin: () =>
        clauseCell(
          '四（二）',
          '评估结果分为优秀、良好、合格和不合格四个等次',
          labelList(Object.values(GRADE_LABELS)),
          Object.keys(GRADE_LABELS),
        ),
      pingdingshan: () =>
        paramCell(pds.passFailReading, {
          shown: { zh: '合格 / 不合格（解释；文本未设等次）', en: 'pass / fail (a reading; the text sets no grades)' },
        }),
      // The text renews 成绩突出、成效显著 and commends 优秀; that the 优秀 are renewed too is the library's reading.
      taiyuan: () => ({
        ...clauseCell(
          '第十条（一）',
          '成绩突出、成效显著的予以续聘，优秀的给予表彰，并推荐评省级创业就业专家',
          labelList(Object.values(OUTCOME_LABELS)),
          Object.keys(OUTCOME_LABELS),
          'interpretation',
        ),
        note: 'The text renews experts with outstanding results (成绩突出、成效显著的予以续聘) and commends the excellent (优秀的给予表彰，并推荐评省级创业就业专家); that the excellent are also renewed (并予以续聘) is a reading, not the text.',
      }),
    },
    unset: { national: { zh: '指引不设评估', en: 'The guideline sets no evaluation' } },
  },
  {
    id: 'exit.grounds',
    theme: 'evaluation',
    label: { zh: '退出（取消资格、解聘）情形', en: 'Exit or dismissal grounds' },
    scope: 'document',
    cells: {
      tianjin: () =>
        clauseCell(
          '四（二）5',
          '评估结果不合格的，取消工作室资格',
          {
            zh: '评估不合格（四（二）5）；整改不合格（五（二））',
            en: 'a failing evaluation (四（二）5); failing rectification (五（二）)',
          },
          ['evaluation_fail', 'rectification_fail'],
        ),
      pingdingshan: () =>
        clauseCell(
          '第十一条（四）',
          '自然退出或被强制退出',
          {
            zh: '自然退出（第十一条（四）1）；强制退出（第十一条（四）2）',
            en: 'natural exit (第十一条（四）1); forced exit (第十一条（四）2)',
          },
          ['natural', 'forced'],
        ),
      taiyuan: () =>
        clauseCell(
          '第十二条',
          '有下列情况之一的，经市人社部门确认后予以解聘',
          labelList(GROUND_IDS.map((g) => GROUND_LABELS[g])),
          [...GROUND_IDS],
        ),
    },
  },
  // The individual: the Pingdingshan mentor and the Taiyuan expert
  {
    id: 'person.years',
    theme: 'person',
    label: { zh: '从业年限', en: 'Years of service' },
    scope: 'person',
    cells: {
      pingdingshan: () => paramCell(pds.mentorServiceYears, { prefix: AT_LEAST }),
      taiyuan: () => paramCell(taiyuan.experienceYears, { prefix: AT_LEAST }),
    },
  },
  {
    id: 'person.routes',
    theme: 'person',
    label: { zh: '资格途径或人员类别', en: 'Routes or categories' },
    scope: 'person',
    cells: {
      pingdingshan: () => {
        const routes = [pds.certificateKinds.label, pds.commendationLevels.label, pds.outstandingResults];
        return clauseCell(pds.certificateKinds.clause, pds.certificateKinds.quote, labelList(routes), {
          certificate: pds.certificateKinds.value.map((o) => o.id),
          commendation: pds.commendationLevels.value.map((o) => o.id),
          outstandingResults: true,
        });
      },
      taiyuan: () => paramCell(taiyuan.categories),
    },
  },
  {
    id: 'person.disqualifications',
    theme: 'person',
    label: { zh: '不得担任的情形', en: 'Disqualifications' },
    scope: 'person',
    cells: { pingdingshan: () => paramCell(pds.disqualifyingRecords) },
    unset: {
      taiyuan: {
        zh: '第六条（一）以声明要求遵纪守法、诚实守信；刑事处罚等是第十二条的解聘情形',
        en: '第六条（一） asks for lawful and honest conduct (declared); a criminal penalty is a dismissal ground of 第十二条',
      },
    },
  },
  {
    id: 'person.record',
    theme: 'person',
    label: { zh: '服务实绩', en: 'Track record' },
    scope: 'person',
    cells: { taiyuan: () => paramCell(taiyuan.coachingRecord, { prefix: AT_LEAST }) },
  },
  {
    id: 'person.term',
    theme: 'person',
    label: { zh: '聘期', en: 'Term' },
    scope: 'person',
    cells: { taiyuan: () => paramCell(taiyuan.termYears) },
    unset: { pingdingshan: { zh: '创业导师不设聘期', en: 'A mentor serves without a term' } },
  },
]);

/** A yearly minimum, in words: "每年至少3个", with its noun where it stands among alternatives. */
function yearlyCell(param: Parameter<number>, noun?: Bilingual): SetCell {
  return paramCell(param, {
    shown: {
      zh: `${noun?.zh ?? ''}每年至少${param.value}${param.unit?.zh ?? ''}`,
      en: `${noun ? `${noun.en}: ` : ''}at least ${param.value} a year`,
    },
    perYear: yearly(param.value),
  });
}

/** A zones parameter in the words of its own quote ("包括咨询室、创业活动室、宣传展示区等"), not the options' labels. */
function zonesInWords(param: Parameter<readonly { label: Bilingual }[]>): Bilingual {
  const words = param.quote.replace(/^包括/u, '').replace(/等$/u, '').split('、');
  return {
    zh: `${words.length}项：${words.join('、')}`,
    en: `${param.value.length}: ${param.value.map((o) => o.label.en).join('; ')}`,
  };
}

function yearlyRow(id: string, label: Bilingual, params: Partial<Record<PolicyId, Parameter<number>>>): RowSpec {
  const cells: RowSpec['cells'] = {};
  for (const [policy, param] of Object.entries(params) as [PolicyId, Parameter<number>][])
    cells[policy] = () => yearlyCell(param);
  return { id, theme: 'duties', label, scope: 'studio', cells };
}

function labelList(labels: readonly Bilingual[]): Bilingual {
  return {
    zh: `${labels.length}项：${labels.map((l) => l.zh).join('；')}`,
    en: `${labels.length}: ${labels.map((l) => l.en).join('; ')}`,
  };
}

/** A clause's words, where the policy has the clause. */
function clauseText(policy: Policy, clause: string | undefined): string | undefined {
  return clause === undefined ? undefined : policy.clauses.find((c) => c.id === clause)?.text;
}

function textList(values: readonly string[]): Bilingual {
  return { zh: values.join('、'), en: values.join(', ') };
}
