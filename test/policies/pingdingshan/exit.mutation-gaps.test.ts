import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitAssessment } from '../../../src/policies/pingdingshan/index.js';

const NATURAL = ['第十一条（四）1'];
const FORCED = ['第十一条（四）2'];
const CLAUSES = ['第十一条（四）', '第十一条（四）1', '第十一条（四）2'];
const ground = (r: ReturnType<typeof exitAssessment>, id: string) => r.grounds.find((g) => g.id === id);

describe('exit, 第十一条（四）: every ground as the city bureau reads it', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('an empty history: each ground listed as absent, no exit, no consequence', () => {
    expect(exitAssessment({}, '2026-03-01')).toEqual({
      asOf: '2026-03-01',
      mustExit: 'no',
      kind: null,
      consequence: null,
      clauses: CLAUSES,
      problems: [],
      grounds: [
        {
          id: 'hostLegalPersonEnded',
          kind: 'natural',
          clauses: NATURAL,
          status: 'not_met',
          message: { zh: '无：所在单位终止法人资格，不再继续履行职能', en: "None: The host's legal personality ended" },
        },
        {
          id: 'noQualifiedMentor',
          kind: 'natural',
          clauses: NATURAL,
          status: 'not_met',
          message: {
            zh: '无：一年及以上无符合条件的创业导师，不适合存续',
            en: 'None: A year or more without a qualified mentor, unfit to continue',
          },
        },
        {
          id: 'hostRequestedExit',
          kind: 'natural',
          clauses: NATURAL,
          status: 'not_met',
          message: { zh: '无：所在单位自主申请要求注销', en: 'None: The host applied to deregister the studio' },
        },
        {
          id: 'failedAssessments',
          kind: 'forced',
          clauses: FORCED,
          status: 'not_met',
          message: {
            zh: '无：考核评估不合格，限期整改仍不达标',
            en: 'None: Failed assessment, still short after the rectification deadline',
          },
        },
        {
          id: 'fraud',
          kind: 'forced',
          clauses: FORCED,
          status: 'not_met',
          message: {
            zh: '无：申报认定、工作成果申报评鉴中弄虚作假，情节严重',
            en: 'None: Serious fraud in recognition or in reported results',
          },
        },
        {
          id: 'fundMisuse',
          kind: 'forced',
          clauses: FORCED,
          status: 'not_met',
          message: {
            zh: '无：未按规定使用管理财政补助资金，造成严重后果或恶劣社会影响',
            en: 'None: Subsidy misused with serious consequences or bad social effect',
          },
        },
        {
          id: 'misconduct',
          kind: 'forced',
          clauses: FORCED,
          status: 'not_met',
          message: { zh: '无：严重违纪失德失范', en: 'None: Serious breach of discipline, ethics or norms' },
        },
      ],
    });
  });

  it('every ground met, events on the as-of day included: forced exit, each ground dated', () => {
    const r = exitAssessment(
      {
        hostLegalPersonEndedOn: '2026-03-01',
        lastQualifiedMentorLeftOn: '2025-03-01',
        unfitToContinue: true,
        hostRequestedExitOn: '2026-02-01',
        failedAssessments: [{ date: '2025-10-01', rectificationDeadline: '2026-02-28', rectified: false }],
        fraud: [{ date: '2026-03-01', serious: true }],
        fundMisuse: [{ date: '2026-01-05', seriousConsequences: true }],
        misconduct: [{ date: '2026-02-10', serious: true }],
      },
      '2026-03-01',
    );
    expect(r).toMatchObject({ mustExit: 'yes', kind: 'forced', problems: [], clauses: CLAUSES });
    expect(r.consequence).toEqual({
      zh: '强制退出：由市人力资源和社会保障局发文撤销，并进行摘牌',
      en: 'Forced exit: the city bureau revokes the recognition by a document and removes the plaque',
    });
    expect(r.grounds).toEqual([
      {
        id: 'hostLegalPersonEnded',
        kind: 'natural',
        clauses: NATURAL,
        status: 'met',
        since: '2026-03-01',
        message: {
          zh: '所在单位终止法人资格，不再继续履行职能（2026-03-01）',
          en: "The host's legal personality ended (2026-03-01)",
        },
      },
      {
        id: 'noQualifiedMentor',
        kind: 'natural',
        clauses: NATURAL,
        status: 'met',
        since: '2026-03-01',
        message: {
          zh: '一年及以上无符合条件的创业导师，不适合存续（自2025-03-01）',
          en: 'A year or more without a qualified mentor, unfit to continue (since 2025-03-01)',
        },
      },
      {
        id: 'hostRequestedExit',
        kind: 'natural',
        clauses: NATURAL,
        status: 'met',
        since: '2026-02-01',
        message: {
          zh: '所在单位自主申请要求注销（2026-02-01）',
          en: 'The host applied to deregister the studio (2026-02-01)',
        },
      },
      {
        id: 'failedAssessments',
        kind: 'forced',
        clauses: FORCED,
        status: 'met',
        since: '2026-02-28',
        message: {
          zh: '考核评估不合格，限期整改仍不达标（期限2026-02-28）',
          en: 'Failed assessment, still short after the rectification deadline (deadline 2026-02-28)',
        },
      },
      {
        id: 'fraud',
        kind: 'forced',
        clauses: FORCED,
        status: 'met',
        since: '2026-03-01',
        message: {
          zh: '申报认定、工作成果申报评鉴中弄虚作假，情节严重（2026-03-01）',
          en: 'Serious fraud in recognition or in reported results (2026-03-01)',
        },
      },
      {
        id: 'fundMisuse',
        kind: 'forced',
        clauses: FORCED,
        status: 'met',
        since: '2026-01-05',
        message: {
          zh: '未按规定使用管理财政补助资金，造成严重后果或恶劣社会影响（2026-01-05）',
          en: 'Subsidy misused with serious consequences or bad social effect (2026-01-05)',
        },
      },
      {
        id: 'misconduct',
        kind: 'forced',
        clauses: FORCED,
        status: 'met',
        since: '2026-02-10',
        message: {
          zh: '严重违纪失德失范（2026-02-10）',
          en: 'Serious breach of discipline, ethics or norms (2026-02-10)',
        },
      },
    ]);
  });

  it('a natural ground alone: natural exit, deregistered', () => {
    expect(exitAssessment({ hostRequestedExitOn: '2026-02-01' }, '2026-03-01').consequence).toEqual({
      zh: '自然退出：由市人力资源和社会保障局发文注销，并进行摘牌',
      en: 'Natural exit: the city bureau deregisters the studio by a document and removes the plaque',
    });
  });

  it('open grounds name exactly the facts that would decide them; later events do not count yet', () => {
    const r = exitAssessment(
      {
        lastQualifiedMentorLeftOn: '2025-01-15',
        failedAssessments: [
          { date: '2026-03-01' },
          { date: '2025-06-01', rectificationDeadline: '2025-09-01' },
          { date: '2026-03-02' },
          { date: '2025-06-01', rectificationDeadline: '2026-03-01', rectified: false },
          { date: '2025-06-01', rectificationDeadline: '2025-09-01', rectified: true },
        ],
        fraud: [{ date: '2026-01-01' }, { date: '2026-02-01', serious: false }, { date: '2026-02-15' }],
        fundMisuse: [{ date: '2026-03-02' }],
        misconduct: [],
      },
      '2026-03-01',
    );
    expect(r).toMatchObject({ mustExit: 'unknown', kind: null, consequence: null });
    expect(ground(r, 'noQualifiedMentor')).toEqual({
      id: 'noQualifiedMentor',
      kind: 'natural',
      clauses: NATURAL,
      status: 'unknown',
      since: '2026-01-15',
      missing: ['unfitToContinue'],
      message: {
        zh: '自2025-01-15起已满一年无符合条件的创业导师；是否“不适合存续”须经认定',
        en: 'No qualified mentor for a year since 2025-01-15; whether it is unfit to continue must be attested',
      },
    });
    expect(ground(r, 'failedAssessments')).toEqual({
      id: 'failedAssessments',
      kind: 'forced',
      clauses: FORCED,
      status: 'unknown',
      missing: ['failedAssessments.0.rectificationDeadline', 'failedAssessments.1.rectified'],
      message: {
        zh: '考核评估不合格，限期整改仍不达标：尚待补充；考核评估不合格，限期整改仍不达标：所载日期2026-03-02晚于评估日2026-03-01，未计入',
        en: 'Failed assessment, still short after the rectification deadline: facts missing; Failed assessment, still short after the rectification deadline: dated 2026-03-02, after the as-of date 2026-03-01: not counted',
      },
    });
    expect(ground(r, 'fraud')).toEqual({
      id: 'fraud',
      kind: 'forced',
      clauses: FORCED,
      status: 'unknown',
      missing: ['fraud.0.serious', 'fraud.2.serious'],
      message: {
        zh: '申报认定、工作成果申报评鉴中弄虚作假，情节严重：情节是否严重须经认定',
        en: 'Serious fraud in recognition or in reported results: whether it is serious must be attested',
      },
    });
    expect(ground(r, 'fundMisuse')?.status).toBe('not_met');
    expect(ground(r, 'misconduct')?.status).toBe('not_met');
  });

  it('a known failing fact decides even when an earlier one is open', () => {
    const r = exitAssessment(
      {
        failedAssessments: [
          { date: '2025-06-01', rectificationDeadline: '2025-09-01' },
          { date: '2025-07-01', rectificationDeadline: '2025-10-01', rectified: false },
        ],
      },
      '2026-03-01',
    );
    // 2025-10-01 falls in the National Day holiday: Civil Code art. 203 moves the last day to 2025-10-09.
    expect(ground(r, 'failedAssessments')).toMatchObject({ status: 'met', since: '2025-10-09' });
    expect(r.mustExit).toBe('yes');
  });

  it('the year without a mentor: counted from the day the last one left, not before it left', () => {
    const at = (left: string) =>
      ground(exitAssessment({ lastQualifiedMentorLeftOn: left }, '2026-03-01'), 'noQualifiedMentor');
    expect(at('2025-03-02')).toEqual({
      id: 'noQualifiedMentor',
      kind: 'natural',
      clauses: NATURAL,
      status: 'not_met',
      message: {
        zh: '最后一位符合条件的创业导师于2025-03-02离开，2026-03-02起方满一年',
        en: 'The last qualified mentor left on 2025-03-02; a year is reached on 2026-03-02',
      },
    });
    expect(at('2026-03-01')?.message).toEqual({
      zh: '最后一位符合条件的创业导师于2026-03-01离开，2027-03-01起方满一年',
      en: 'The last qualified mentor left on 2026-03-01; a year is reached on 2027-03-01',
    });
    // A departure after the as-of date has not happened yet.
    expect(at('2026-03-02')?.message.zh).toContain('晚于评估日2026-03-01，未计入');
    expect(
      ground(
        exitAssessment({ lastQualifiedMentorLeftOn: '2025-01-01', unfitToContinue: false }, '2026-03-01'),
        'noQualifiedMentor',
      ),
    ).toEqual({
      id: 'noQualifiedMentor',
      kind: 'natural',
      clauses: NATURAL,
      status: 'not_met',
      message: {
        zh: '已满一年无符合条件的创业导师，但认定适合存续',
        en: 'A year without a qualified mentor, but found fit to continue',
      },
    });
  });

  it('bad input: no grounds and the problem named; an unknown key is only a warning', () => {
    expect(exitAssessment({}, '2026-3-1')).toEqual({
      asOf: expect.any(String),
      mustExit: 'unknown',
      kind: null,
      grounds: [],
      consequence: null,
      clauses: CLAUSES,
      problems: [
        {
          path: ['asOf'],
          code: 'invalid_option',
          severity: 'error',
          message: { zh: '选项无效：asOf 应为 YYYY-MM-DD 日期', en: 'Invalid option: asOf must be a YYYY-MM-DD date' },
        },
      ],
    });
    expect(exitAssessment('history', '2026-03-01')).toMatchObject({ mustExit: 'unknown', grounds: [] });
    const warned = exitAssessment({ studio: '某工作室', colour: 'red' }, '2026-03-01');
    expect(warned.problems.map((p) => [p.code, p.severity])).toEqual([['unknown_key', 'warning']]);
    expect(warned).toMatchObject({ mustExit: 'no', kind: null });
    expect(warned.grounds).toHaveLength(7);
  });

  it('without asOf: today in China, and no problem', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-28T16:30:00Z')); // 2026-03-01 00:30 in China
    const r = exitAssessment({ hostRequestedExitOn: '2026-03-01' });
    expect(r).toMatchObject({ asOf: '2026-03-01', problems: [], mustExit: 'yes' });
  });
});
