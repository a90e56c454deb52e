import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pingdingshanStudioName, validatePingdingshanStudioName } from '../../../src/policies/pingdingshan/index.js';
import { arbitraryHostile } from '../../helpers/arbitraries.js';
import { AS_OF, result, run, studio } from './studio-fixture.js';

const [lead, m1, m2] = studio.mentors;
const LEAD_IN = { readings: { 'studio.leadCountsAsMentor': true } };

describe('the example studio', () => {
  it('is eligible with no problem', () => {
    const r = run(studio);
    expect(r.problems).toEqual([]);
    expect(r.verdict).toBe('eligible');
  });
});

describe('composition, 第五条（三）1', () => {
  it('staff: 4 fail, 5 pass; duplicates count once', () => {
    const staff = studio.staff;
    expect(result(run({ ...studio, staff: staff.slice(0, 4) }), 'studio.staff').status).toBe('fail');
    expect(result(run({ ...studio, staff }), 'studio.staff').status).toBe('pass');
    const dup = [...staff.slice(0, 4), { name: ` ${staff[0].name} ` }];
    expect(result(run({ ...studio, staff: dup }), 'studio.staff')).toMatchObject({ status: 'fail', actual: 4 });
  });
  it('no lead mentor fails; one passes', () => {
    expect(result(run({ ...studio, mentors: [m1, m2] }), 'studio.lead_mentors').status).toBe('fail');
    expect(result(run(studio), 'studio.lead_mentors').status).toBe('pass');
  });
  it('default reading (lead not among the 2): lead + 1 mentor fails, lead + 2 pass', () => {
    expect(result(run({ ...studio, mentors: [lead, m1] }), 'studio.mentors')).toMatchObject({
      status: 'fail',
      provenance: 'interpretation',
      expected: { min: 2, 'studio.leadCountsAsMentor': false },
    });
    expect(result(run({ ...studio, mentors: [lead, m1, m2] }), 'studio.mentors').status).toBe('pass');
  });
  it('other reading (lead among the 2): the lead alone fails, lead + 1 mentor passes', () => {
    expect(result(run({ ...studio, mentors: [lead] }, LEAD_IN), 'studio.mentors').status).toBe('fail');
    expect(result(run({ ...studio, mentors: [lead, m1] }, LEAD_IN), 'studio.mentors')).toMatchObject({
      status: 'pass',
      expected: { 'studio.leadCountsAsMentor': true },
    });
  });
  it('under the default reading the lead listed again as a mentor is not a second person', () => {
    expect(result(run({ ...studio, mentors: [lead, m1, { ...lead, role: 'mentor' }] }), 'studio.mentors').status).toBe(
      'fail',
    );
  });
  it('a reading that is not one of the policy, or of the wrong type, is an invalid option', () => {
    expect(run(studio, { readings: { 'studio.staff': 4 } }).problems[0]?.path).toEqual([
      'options',
      'readings',
      'studio.staff',
    ]);
    expect(run(studio, { readings: { 'studio.leadCountsAsMentor': 'yes' } }).verdict).toBe('invalid');
    expect(run(studio, { readings: 'all' }).verdict).toBe('invalid');
  });
  it('property: a studio that passes the default reading passes the other', () => {
    fc.assert(
      fc.property(fc.subarray([lead, m1, m2, { ...m2, idNumber: 'x', role: 'lead' }]), (mentors) => {
        const strict = result(run({ ...studio, mentors }), 'studio.mentors').status;
        const loose = result(run({ ...studio, mentors }, LEAD_IN), 'studio.mentors').status;
        if (strict === 'pass') expect(loose).toBe('pass');
      }),
      { seed: 42 },
    );
  });
});

describe('the mentors counted, 第五条（三）1 with 第五条（一）（二）', () => {
  it('a mentor with a disqualifying record is not counted and is named with the failing condition', () => {
    const bad = { ...m2, records: { ...m2.records, jointDishonestyPunishment: true } };
    const r = result(run({ ...studio, mentors: [lead, m1, bad] }), 'studio.mentors');
    expect(r.status).toBe('fail');
    expect(r.message.zh).toContain(
      '赵敏不符合第五条（一）（二）（未满足：无“被依法列为失信联合惩戒对象”情形），不计为创业导师',
    );
    expect(r.message.en).toContain('赵敏 does not meet 第五条（一）（二）');
  });
  it('an open fact of a mentor is asked for at its full path, and an unnamed mentor is named by place', () => {
    const r = result(
      run({ ...studio, mentors: [lead, { ...m1, name: undefined, volunteers: undefined }, m2] }),
      'studio.mentors',
    );
    expect(r).toMatchObject({ status: 'unknown', missing: ['mentors.1.volunteers'] });
    expect(r.message.zh).toContain('第2位创业导师待补充');
    expect(r.message.en).toContain('mentor no. 2 is open');
  });
});

describe('host, 第三条', () => {
  it('a listed kind passes; another ("主要") waits for the city, then follows its decision', () => {
    expect(result(run(studio), 'studio.host_kind').status).toBe('pass');
    const other = (kindAccepted?: boolean) => run({ ...studio, host: { kind: 'other', kindAccepted } });
    expect(result(other(), 'studio.host_kind')).toMatchObject({ status: 'unknown', missing: ['host.kindAccepted'] });
    expect(result(other(), 'studio.host_kind').message.zh).toContain('主要');
    expect(result(other(true), 'studio.host_kind').status).toBe('pass');
    expect(result(other(false), 'studio.host_kind').status).toBe('fail');
  });
});

describe('duties 第五条（三）2–5, the plan of 第十一条（二）, the materials of 第七条', () => {
  it('each duty is required', () => {
    for (const [key, id] of [
      ['promotesPolicies', 'promotes_policies'],
      ['implementsPreferentialPolicies', 'preferential_policies'],
      ['talentSystems', 'talent_systems'],
      ['workingConditions', 'working_conditions'],
    ]) {
      expect(result(run({ ...studio, [key as string]: false }), `studio.${id}`).status).toBe('fail');
      expect(result(run({ ...studio, [key as string]: undefined }), `studio.${id}`).missing).toEqual([key]);
    }
  });
  it('the three-year plan is not a condition of recognition (第十一条（二）): no plan, still eligible', () => {
    expect(run({ ...studio, workPlan: undefined }).verdict).toBe('eligible');
    expect(run(studio).results.some((x) => x.ruleId === 'pingdingshan.studio.work_plan')).toBe(false);
  });
  it('materials: 1 copy is to be supplied, 2 pass (一式两份); the report needs its five contents', () => {
    const materials = (m: object) => ({ ...studio, materials: { ...studio.materials, ...m } });
    expect(result(run(materials({ copies: 1 })), 'materials').status).toBe('unknown');
    expect(result(run(materials({ copies: 2 })), 'materials').status).toBe('pass');
    expect(result(run(materials({ applicationReport: { mentorProfiles: true } })), 'materials').message.zh).toContain(
      '加强创业导师人才队伍建设的政策措施',
    );
  });
});

describe('naming, 第六条（五）', () => {
  it('申报个人名称+大众创业指导大师工作室, the lead mentor by default', () => {
    expect(pingdingshanStudioName({ applicantName: '李华' })).toBe('李华大众创业指导大师工作室');
    expect(result(run({ ...studio, name: '李华创业指导大师工作室' }), 'studio.naming').status).toBe('fail');
    expect(
      result(run({ ...studio, name: '王强大众创业指导大师工作室', applicantName: '王强' }), 'studio.naming').status,
    ).toBe('pass');
    expect(validatePingdingshanStudioName('李华大众创业指导大师工作室', { applicantName: '李华' }).valid).toBe(true);
  });
  it('runs in linear time on a huge name', () => {
    const name = `${'李'.repeat(200_000)}大众创业指导大师工作`;
    const t = performance.now();
    validatePingdingshanStudioName(name, { applicantName: '李华' });
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe('hostile input', () => {
  it('never throws; problems carry paths; order of lists does not change the verdict', () => {
    fc.assert(
      fc.property(arbitraryHostile, (input) => {
        const r = run(input);
        expect(['invalid', 'incomplete', 'ineligible', 'eligible']).toContain(r.verdict);
      }),
      { seed: 42, numRuns: 200 },
    );
    const reversed = { ...studio, mentors: [...studio.mentors].reverse(), staff: [...studio.staff].reverse() };
    expect(run(reversed).verdict).toBe('eligible');
  });
});

describe('monotonicity', () => {
  it('property: adding staff or mentors never turns a passing count into a failing one', () => {
    fc.assert(
      fc.property(fc.nat({ max: 8 }), fc.nat({ max: 4 }), fc.boolean(), (staff, extra, leadIn) => {
        const people = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ name: `${tag}${i}` }));
        const mentors = (n: number) => [
          lead,
          ...Array.from({ length: n }, (_, i) => ({ ...m1, idNumber: `m${i}`, name: `导师${i}` })),
        ];
        const options = { readings: { 'studio.leadCountsAsMentor': leadIn } };
        const before = run({ ...studio, staff: people(staff, 's'), mentors: mentors(extra) }, options);
        const after = run({ ...studio, staff: people(staff + 1, 's'), mentors: mentors(extra + 1) }, options);
        for (const id of ['studio.staff', 'studio.mentors', 'studio.lead_mentors'])
          if (result(before, id).status === 'pass') expect(result(after, id).status).toBe('pass');
      }),
      { seed: 42 },
    );
  });
});

describe('the subpath’s own check', () => {
  it('takes the readings typed, and agrees with the registry', async () => {
    const sub = await import('../../../src/policies/pingdingshan/index.js');
    const mentors = [lead, m1];
    expect(sub.check('studio', { ...studio, mentors }, { asOf: AS_OF }).verdict).toBe('ineligible');
    expect(
      sub.check('studio', { ...studio, mentors }, { asOf: AS_OF, readings: { 'studio.leadCountsAsMentor': true } })
        .verdict,
    ).toBe('eligible');
    expect(sub.check('studio', studio, { asOf: AS_OF })).toEqual(run(studio));
  });
});
