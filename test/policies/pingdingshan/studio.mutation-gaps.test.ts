import { describe, expect, it } from 'vitest';
import { textValues } from '../../../src/core/parameters.js';
import { countedMentors, mentorOutcomes } from '../../../src/policies/pingdingshan/studio.js';
import { AS_OF, result, run, studio } from './studio-fixture.js';

const [lead, m1, m2] = studio.mentors;

describe('第五条（三）1: who counts among the 2 mentors', () => {
  it('by reading: the lead apart, or the lead among them; one person listed twice is one', () => {
    expect(countedMentors([lead, m1, m2], false)).toBe(2);
    expect(countedMentors([lead, m1], false)).toBe(1);
    expect(countedMentors([lead, m1], true)).toBe(2);
    expect(countedMentors([lead, { ...lead, role: 'mentor' }], false)).toBe(0);
    expect(countedMentors([lead, { ...lead, role: 'mentor' }], true)).toBe(1);
    expect(countedMentors([], true)).toBe(0);
    // Without a name or an identity number, two entries are two persons, by place.
    expect(countedMentors([{ role: 'mentor' }, { role: 'mentor' }], false)).toBe(2);
  });
});

describe('第五条（一）（二）: each mentor of the studio', () => {
  it('one outcome a mentor: place, trimmed name, role, verdict, failed and open rules, routes', () => {
    const studioFacts = {
      ...studio,
      mentors: [
        { ...lead, name: ' 李华 ' },
        { ...m1, volunteers: undefined },
      ],
    };
    const { outcomes, missing } = mentorOutcomes(studioFacts, { asOf: AS_OF, param: textValues });
    expect(outcomes[0]).toEqual({
      path: 'mentors.0',
      name: '李华',
      role: 'lead',
      verdict: 'eligible',
      failed: [],
      open: [],
      qualifiedBy: ['第五条（二）6'],
    });
    expect(outcomes[1]).toMatchObject({
      path: 'mentors.1',
      role: 'mentor',
      verdict: 'incomplete',
      failed: [],
      open: ['pingdingshan.mentor.volunteers'],
    });
    expect(missing).toEqual(['mentors.1.volunteers']);
    expect(mentorOutcomes({}, { asOf: AS_OF, param: textValues })).toEqual({ outcomes: [], missing: [] });
  });
  it('a blank name is no name', () => {
    const { outcomes } = mentorOutcomes({ mentors: [{ ...lead, name: '  ' }] }, { asOf: AS_OF, param: textValues });
    expect(outcomes[0]?.name).toBeNull();
  });
  it('all eligible: pass, nothing missing, every mentor expected eligible', () => {
    const r = result(run(studio), 'studio.mentors_qualify');
    expect(r).toMatchObject({ status: 'pass', code: 'mentors_pass', expected: { every: 'eligible' } });
    expect(r.missing).toBeUndefined();
  });
  it('one ineligible and one open: fail, and no facts are asked for', () => {
    const bad = { ...m1, fitForDuty: false };
    const open = { ...m2, volunteers: undefined };
    const r = result(run({ ...studio, mentors: [lead, bad, open] }), 'studio.mentors_qualify');
    expect(r).toMatchObject({ status: 'fail', code: 'mentors_fail' });
    expect(r.missing).toBeUndefined();
    expect(r.message.zh).toBe(
      '创业导师条件（第五条（一）（二））：李华：符合；王强：不符合（未满足：具有正常履行职责的身体条件和心理素质，符合职位要求的工作能力）；赵敏：待补充（自愿参加大众创业指导工作室工作，热爱工作，吃苦耐劳，乐于奉献）',
    );
  });
  it('a mentor failing two conditions: both named, in each language with its separators', () => {
    const bad = { ...m1, fitForDuty: false, volunteers: false };
    const r = result(run({ ...studio, mentors: [lead, bad, m2] }), 'studio.mentors_qualify');
    expect(r.message).toEqual({
      zh: '创业导师条件（第五条（一）（二））：李华：符合；王强：不符合（未满足：自愿参加大众创业指导工作室工作，热爱工作，吃苦耐劳，乐于奉献；具有正常履行职责的身体条件和心理素质，符合职位要求的工作能力）；赵敏：符合',
      en: 'Mentor conditions (第五条（一）（二）): 李华: meets the conditions; 王强: does not meet them (not met: Joins the studio voluntarily and is dedicated to the work; Physically and mentally fit for the duties, with the ability the post requires); 赵敏: meets the conditions',
    });
  });
  it('no mentor listed: not applicable, saying so; mentors absent: unknown', () => {
    const none = result(run({ ...studio, mentors: [] }), 'studio.mentors_qualify');
    expect(none).toMatchObject({ status: 'not_applicable', code: 'not_applicable' });
    expect(none.message).toEqual({
      zh: expect.stringContaining('未列出创业导师'),
      en: 'Mentor conditions (第五条（一）（二）): not applicable (no mentor listed)',
    });
    expect(result(run({ ...studio, mentors: undefined }), 'studio.mentors_qualify')).toMatchObject({
      status: 'unknown',
      missing: ['mentors'],
    });
  });
});

describe('第三条: a listed host kind keeps the plain message', () => {
  it('no "主要" note for a listed kind', () => {
    expect(result(run(studio), 'studio.host_kind').message).toEqual({
      zh: '工作室所在单位类型：高等院校，属于文本所列类型',
      en: 'Kind of host institution: university or college, a kind the text lists',
    });
  });
});

describe('第三条: an unlisted host kind', () => {
  it('the note says the list is open ("主要") and the city decides', () => {
    expect(result(run({ ...studio, host: { kind: 'other' } }), 'studio.host_kind').message).toEqual({
      zh: '工作室所在单位类型：不在第三条所列类型中；第三条称“主要”在所列单位中认定，是否认可由市人力资源和社会保障局决定',
      en: 'Kind of host institution: not a kind 第三条 lists; it says studios are recognised "mainly" in those, so the city bureau decides',
    });
  });
});

describe('第六条（五）: the name', () => {
  it('a blank applicant name is asked for as such, not taken from the lead', () => {
    expect(result(run({ ...studio, applicantName: '  ' }), 'studio.naming')).toMatchObject({
      status: 'unknown',
      missing: ['applicantName'],
    });
  });
  it("without an applicant name, the single lead's name decides, asked for at its place", () => {
    const r = result(
      run({ ...studio, applicantName: undefined, mentors: [m1, { ...lead, name: undefined }, m2] }),
      'studio.naming',
    );
    expect(r).toMatchObject({ status: 'unknown', missing: ['mentors.1.name'] });
    const wrong = result(
      run({ ...studio, applicantName: undefined, name: '王五大众创业指导大师工作室' }),
      'studio.naming',
    );
    expect(wrong).toMatchObject({ status: 'fail', expected: '李华大众创业指导大师工作室' });
  });
  it('two leads: no lead decides; the applicant name is asked for', () => {
    const r = result(
      run({ ...studio, applicantName: undefined, mentors: [lead, { ...m1, role: 'lead' }, m2] }),
      'studio.naming',
    );
    expect(r).toMatchObject({ status: 'unknown', missing: ['applicantName'] });
  });
});

describe('第十一条（二）and 第七条: several parts, one summary', () => {
  it('all parts present: one summary pass', () => {
    expect(result(run(studio), 'studio.work_plan')).toMatchObject({
      status: 'pass',
      code: 'present',
      actual: true,
      message: { zh: '三年工作规划（年限及内容）：已具备', en: 'Three-year work plan (term and contents): present' },
    });
    expect(result(run(studio), 'materials')).toMatchObject({
      status: 'pass',
      code: 'present',
      message: {
        zh: '申报材料（一式两份，三项齐全）：已具备',
        en: 'Application materials (in duplicate, all three): present',
      },
    });
  });
  it('a content declared false is not given: the failure lists only those declared true', () => {
    const r = result(run({ ...studio, workPlan: { ...studio.workPlan, scale: false } }), 'studio.work_plan');
    expect(r).toMatchObject({ status: 'fail', code: 'includes', actual: ['direction', 'focus', 'level', 'measures'] });
    const report = { ...studio.materials.applicationReport, talentPolicies: false };
    const m = result(run({ ...studio, materials: { ...studio.materials, applicationReport: report } }), 'materials');
    expect(m).toMatchObject({
      status: 'fail',
      actual: ['mentorProfiles', 'necessityAndAdvantages', 'systemsAndGoals', 'workingConditions'],
    });
  });
  it('the application form and the candidates’ copies are named when absent', () => {
    const noForm = result(run({ ...studio, materials: { ...studio.materials, applicationForm: false } }), 'materials');
    expect(noForm.status).toBe('fail');
    expect(noForm.message.zh).toContain('大众创业指导大师工作室申报表');
    expect(noForm.message.en).toContain('The application form');
    const noCopies = result(
      run({ ...studio, materials: { ...studio.materials, candidateDocuments: undefined } }),
      'materials',
    );
    expect(noCopies).toMatchObject({ status: 'unknown', missing: ['materials.candidateDocuments'] });
    expect(noCopies.message.zh).toContain('创业导师候选人相关材料复印件');
    expect(noCopies.message.en).toContain("Copies of the candidates' documents");
    const noReport = result(
      run({ ...studio, materials: { ...studio.materials, applicationReport: undefined } }),
      'materials',
    );
    expect(noReport).toMatchObject({ status: 'unknown', missing: ['materials.applicationReport'] });
  });
});
