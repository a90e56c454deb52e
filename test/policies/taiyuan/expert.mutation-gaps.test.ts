// The expert check's rules built under a reading (checkExpert builds them per call, not at
// load): what each cites and says, the category rule's exact outcomes, the term on the
// first day of a reappointment, and the module's own `check` and option names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textValues } from '../../../src/core/parameters.js';
import type { Report } from '../../../src/index.js';
import { judgeBackground } from '../../../src/policies/taiyuan/categories.js';
import { expertRules } from '../../../src/policies/taiyuan/expert.js';
import { type Background, check, checkExpert } from '../../../src/policies/taiyuan/index.js';
import { say } from '../../../src/policies/taiyuan/messages.js';

const candidate = JSON.parse(
  readFileSync(new URL('../../../examples/taiyuan/candidate.json', import.meta.url), 'utf8'),
);
const result = (r: Report, id: string) => {
  const found = r.results.find((x) => x.ruleId === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const AS_OF = '2026-11-22';

describe('the rules under any reading cite the clauses they apply', () => {
  it('ids, clauses and titles of the term, duty, ground and dismissal rules', () => {
    // One rule set: a reading changes what the rules read (ctx.param), not which rules run.
    {
      const rules = expertRules;
      const meta = Object.fromEntries(rules.map((r) => [r.id, { clauses: r.clauses, title: r.title }]));
      expect(meta['taiyuan.term']).toEqual({
        clauses: ['第三条', '第十一条'],
        title: { zh: '聘期（每届三年，届满自动终止）', en: 'Term of appointment (three years each, ending by itself)' },
      });
      expect(meta['taiyuan.duty.confidentiality']).toEqual({
        clauses: ['第四条'],
        title: { zh: '保密义务（不因聘期终止而解除）', en: 'Confidentiality (outlives the term)' },
      });
      expect(meta['taiyuan.dismissal.procedure']).toEqual({
        clauses: ['第十二条', '第十二条第二款'],
        title: {
          zh: '解聘程序：告知、陈述申辩、市人社部门确认',
          en: 'Dismissal procedure: notice, hearing, the bureau’s confirmation',
        },
      });
      expect(meta['taiyuan.dismissal.grounds']).toEqual({
        clauses: ['第十二条'],
        title: { zh: '解聘所引情形有记录支持', en: 'The grounds a dismissal cites are met by the records' },
      });
      const grounds = rules.filter((r) => r.id.startsWith('taiyuan.ground.'));
      expect(grounds.map((r) => [r.id, r.clauses])).toEqual([
        ['taiyuan.ground.request', ['第十二条', '第十二条（一）']],
        ['taiyuan.ground.feedback', ['第十二条', '第十二条（二）']],
        ['taiyuan.ground.refusals', ['第十二条', '第十二条（三）']],
        ['taiyuan.ground.personal_gain', ['第十二条', '第十二条（四）']],
        ['taiyuan.ground.secret_leak', ['第十二条', '第十二条（五）']],
        ['taiyuan.ground.unlawful', ['第十二条', '第十二条（六）']],
      ]);
      expect(rules.find((r) => r.id === 'taiyuan.duty.confidentiality')?.provenance).toBe('text');
    }
  });
  it('a report under a reading carries the same rules, in the same order, as the registry’s', () => {
    const under = checkExpert(candidate, { asOf: AS_OF, refusalWindow: 'calendar_year' });
    expect(under.results.map((r) => r.ruleId).filter((id) => id !== 'taiyuan.in_force')).toEqual(
      expertRules.map((r) => r.id),
    );
    expect(result(under, 'taiyuan.term').clauses).toEqual(['第三条', '第十一条']);
  });
});

describe('the term rule on the first day of a reappointment (第十一条)', () => {
  const twice = (decided: string) => ({
    ...candidate,
    terms: [{ appointed: '2026-03-01' }, { appointed: '2029-03-01' }],
    records: [],
    dismissal: { decided },
  });
  it('a dismissal decided on the new term’s first day ends that term; the day before belongs to the old one', () => {
    const term = (decided: string) =>
      result(checkExpert(twice(decided), { asOf: '2029-06-01', termReading: 'day-before' }), 'taiyuan.term');
    expect(term('2029-03-01')).toMatchObject({ status: 'fail', code: 'term_dismissed' });
    expect(term('2029-03-01').message.zh).toBe('聘期2029-03-01至2032-02-29，但已于2029-03-01决定解聘');
    expect(term('2029-02-28')).toMatchObject({ status: 'pass', code: 'term_current' });
  });
  it('no dismissal: the term stands, with the number, the days and the basis', () => {
    const r = result(
      checkExpert({ ...twice('2026-08-10'), dismissal: undefined }, { asOf: '2029-03-01' }),
      'taiyuan.term',
    );
    expect(r).toMatchObject({
      status: 'pass',
      actual: [
        { number: 1, from: '2026-03-01', to: '2029-02-28' },
        { number: 2, from: '2029-03-01', to: '2032-02-29' },
      ],
    });
    expect(r.message.en).toBe(
      'Term 2: 2029-03-01 to 2032-02-29 (three years from appointment); 2029-03-01 is within the term',
    );
  });
  it('the anniversary reading, chosen by option, moves the last day', () => {
    const e = { ...candidate, terms: [{ appointed: '2026-03-01' }], records: [] };
    expect(result(checkExpert(e, { asOf: '2029-03-01', termReading: 'anniversary' }), 'taiyuan.term').status).toBe(
      'pass',
    );
    expect(result(checkExpert(e, { asOf: '2029-03-01' }), 'taiyuan.term').code).toBe('term_ended');
  });
  it('an empty list of terms is a candidate for the grounds as for the term', () => {
    const r = checkExpert({ ...candidate, terms: [] }, { asOf: AS_OF, recordScope: 'all' });
    expect(result(r, 'taiyuan.term').code).toBe('candidate');
    for (const id of ['taiyuan.ground.request', 'taiyuan.ground.refusals'])
      expect(result(r, id)).toMatchObject({ status: 'not_applicable', code: 'candidate' });
  });
});

describe('validity (第十五条): expected and codes', () => {
  it('in force, and not yet in force, with the period and the repealed measures as expected', () => {
    const expected = { from: '2026-02-01', to: '2031-01-31' };
    expect(result(checkExpert(candidate, { asOf: '2026-02-01' }), 'taiyuan.validity')).toMatchObject({
      status: 'pass',
      code: 'validity_in_force',
      expected,
      actual: '2026-02-01',
    });
    expect(result(checkExpert(candidate, { asOf: '2026-01-31' }), 'taiyuan.validity')).toMatchObject({
      status: 'not_applicable',
      code: 'validity_not_yet',
      expected,
      actual: '2026-01-31',
    });
  });
});

describe('the category rule (第五条): codes, actual and expected', () => {
  const only = (...backgrounds: object[]) => ({ ...candidate, backgrounds });
  const category = (e: object) => result(checkExpert(e, { asOf: AS_OF }), 'taiyuan.category');
  const ALL = [
    'entrepreneur',
    'manager_or_professional',
    'academic',
    'finance',
    'public_sector',
    'trainer',
    'carrier_manager',
    'contributor',
  ];

  it('qualifies: each background judged, the categories listed as expected', () => {
    const r = category(only({ category: 'contributor', outstandingContribution: true }, { category: 'contributor' }));
    expect(r).toMatchObject({ status: 'pass', code: 'category_qualifies' });
    expect(r.actual).toEqual([
      { index: 0, category: 'contributor', clause: '第五条（八）', status: 'pass' },
      { index: 1, category: 'contributor', clause: '第五条（八）', status: 'unknown' },
    ]);
    expect((r.expected as { anyOf: string[] }).anyOf.slice(0, 8)).toEqual(ALL);
  });
  it('another background the bureau accepted is named as such, after the listed ones', () => {
    const r = category(
      only({ category: 'other', accepted: true }, { category: 'contributor', outstandingContribution: true }),
    );
    expect(r.message.zh).toBe('第五条：符合在创业服务领域作出突出贡献的社会人士、其他背景（经市人社局认可）');
    expect(r.message.en).toContain('another background (accepted by the bureau)');
    const listedOnly = category(
      only({ category: 'contributor', outstandingContribution: true }, { category: 'other' }),
    );
    expect(listedOnly.message.zh).not.toContain('其他背景');
  });
  it('open: code and every open path; a failing background adds none', () => {
    const r = category(only({ category: 'finance', financialInstitution: 'non_financial' }, { category: 'trainer' }));
    expect(r).toMatchObject({
      status: 'unknown',
      code: 'category_open',
      missing: ['backgrounds.1.recognisedTrainer', 'backgrounds.1.since'],
    });
    expect(category({ ...candidate, backgrounds: undefined })).toMatchObject({
      code: 'category_open',
      message: { en: 'Art. 5: not yet known whether any category is met; supply backgrounds' },
    });
  });
  it('none qualifies: category_none', () => {
    expect(category(only({ category: 'entrepreneur', renowned: false }))).toMatchObject({
      status: 'fail',
      code: 'category_none',
    });
  });
});

describe('judgeBackground: the exact paths that would decide, and the label', () => {
  const judge = (b: object) => judgeBackground(b as Background, 2, AS_OF, textValues);
  it('（一） the contest route: each missing fact of the contest, after renown', () => {
    expect(judge({ category: 'entrepreneur', renowned: false, sparkContest: {} })).toMatchObject({
      status: 'unknown',
      missing: [
        'backgrounds.2.sparkContest.contest',
        'backgrounds.2.sparkContest.organisedByHrss',
        'backgrounds.2.sparkContest.reachedFinal',
        'backgrounds.2.sparkContest.prizeWinner',
      ],
    });
    expect(judge({ category: 'entrepreneur', renowned: false })).toEqual({
      index: 2,
      category: 'entrepreneur',
      label: {
        zh: '成功创业者（含创业星火大赛决赛获奖者）',
        en: 'successful entrepreneur (incl. 创业星火大赛 finalists with a prize)',
      },
      clause: '第五条（一）',
      status: 'fail',
      missing: [],
    });
  });
  it('（二） role, employer, profession and title paths', () => {
    expect(judge({ category: 'manager_or_professional' })).toMatchObject({
      status: 'unknown',
      missing: ['backgrounds.2.role'],
    });
    expect(judge({ category: 'manager_or_professional', role: 'professional_manager' }).missing).toEqual([
      'backgrounds.2.employer',
    ]);
    expect(judge({ category: 'manager_or_professional', role: 'professional' }).missing).toEqual([
      'backgrounds.2.profession',
      'backgrounds.2.title',
    ]);
  });
  it('（七） organisation and position paths', () => {
    expect(judge({ category: 'carrier_manager', years: 5 }).missing).toEqual([
      'backgrounds.2.organisation',
      'backgrounds.2.position',
    ]);
  });
  it('another background carries its own label, for the bureau to accept', () => {
    expect(judge({ category: 'other', accepted: true })).toMatchObject({
      status: 'pass',
      clause: '第五条',
      label: { zh: '其他背景（由市人社局认定）', en: 'another background (for the bureau to accept)' },
    });
    expect(judge({ category: 'finance' }).label.zh).toBe('金融机构投融资专家（4年及以上）');
  });
});

describe('the module’s check and its options', () => {
  it('check("expert") is checkExpert, and takes a language and a term reading', () => {
    const e = { ...candidate, terms: [{ appointed: '2026-03-01' }], records: [] };
    const a = check('expert', e, { asOf: '2029-03-01', termReading: 'anniversary', lang: 'en' });
    expect(result(a, 'taiyuan.term').status).toBe('pass');
    expect(a).toEqual(checkExpert(e, { asOf: '2029-03-01', termReading: 'anniversary', lang: 'en' }));
    expect(() => checkExpert(e, { asOf: AS_OF, lang: 'zh' })).not.toThrow();
  });
  it('another subject is refused with the library’s error', () => {
    expect(() => check('project' as 'expert', candidate, { asOf: AS_OF })).toThrow(/project/);
  });
});

describe('messages: a parameter left out renders as nothing', () => {
  it('never as "undefined"', () => {
    const m = say('term_not_started', {});
    expect(m).toEqual({ zh: '聘期自开始，尚未开始', en: 'The term starts on ; on  it has not started' });
  });
});
