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
      missing: [],
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

describe('the helpers name the argument they cannot read', () => {
  it('countedMentors and mentorOutcomes', () => {
    expect(() => countedMentors([{ role: 'x' }] as never, false)).toThrow(/\bmentors\b/u);
    expect(() => mentorOutcomes({ mentors: 1 } as never, { asOf: AS_OF, param: textValues })).toThrow(/\bstudio\b/u);
    expect(() => mentorOutcomes(studio, { asOf: '2026-13-01', param: textValues })).toThrow(/ctx\.asOf/u);
    expect(() => mentorOutcomes(studio, 1 as never)).toThrow(/\bctx\b/u);
  });
});

describe('第五条（三）1: a count left open asks only for what could still count', () => {
  it('the facts of an open person, not those of one who fails anyway', () => {
    // The lead counts among the 2 (a reading); 王强 is open; 赵敏 has a record and a fact not given.
    const mentors = [
      lead,
      { ...m1, volunteers: undefined },
      { ...m2, records: { ...m2.records, criminalPunishment: true }, fitForDuty: undefined },
    ];
    const r = run({ ...studio, mentors }, { readings: { 'studio.leadCountsAsMentor': true } });
    expect(result(r, 'studio.mentors')).toMatchObject({ status: 'unknown', missing: ['mentors.1.volunteers'] });
  });
});
