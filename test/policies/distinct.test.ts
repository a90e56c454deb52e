// Counts count distinct things (家, 名, 个, 人): an entry listed again counts once and is
// listed as a duplicate, with the key that found it (issue 11.7).

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textValues } from '../../src/core/parameters.js';
import { distinctKey, normalisedName } from '../../src/core/rules.js';
import type { RuleContext } from '../../src/core/types.js';
import { check, getPolicy } from '../../src/index.js';

const gates = getPolicy('tianjin').evaluation?.gates ?? [];
const gate = (id: string) => {
  const g = gates.find((x) => x.id === id);
  if (!g) throw new Error(id);
  return g;
};
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const ctx: RuleContext = { asOf: YEAR.to, period: YEAR, param: textValues };
const startup = (i: number, more: object = {}) => ({
  name: `企业${i}`,
  foundedOn: '2025-01-01',
  firstServedOn: '2026-03-01',
  ...more,
});
const ten = Array.from({ length: 10 }, (_, i) => startup(i));
const newStartups = (list: object[]) =>
  gate('tianjin.evaluation.new_startups').check({ servedStartups: list } as never, ctx);

describe('the same start-up listed twice counts once (四（一）5 "不少于10家")', () => {
  it('10 distinct pass; 9 and the 9th again fail, the duplicate listed by name', () => {
    expect(newStartups(ten).status).toBe('pass');
    const r = newStartups([...ten.slice(0, 9), startup(8)]);
    expect(r.status).toBe('fail');
    expect(r.duplicates).toEqual([{ path: 'servedStartups.9', sameAs: 'servedStartups.8', key: 'name:企业8' }]);
  });
  it('the names agree after normalising: full-width letters, spaces, case', () => {
    const r = newStartups([...ten.slice(0, 9), { ...startup(0), name: ' 企业０ ' }]);
    expect(r.status).toBe('fail');
    expect(r.duplicates?.[0]?.sameAs).toBe('servedStartups.0');
  });
  it('a credit code decides where given: the same code under two names is one; two codes are two', () => {
    const coded = ten.map((s, i) => ({ ...s, creditCode: `91120000MA0000000${i}` }));
    const renamed = [...coded.slice(0, 9), { ...coded[0], name: '另一个名字' }];
    expect(newStartups(renamed).status).toBe('fail');
    expect(newStartups(renamed).duplicates?.[0]?.key).toBe('code:91120000MA00000000');
    const sameName = [...coded.slice(0, 9), { ...coded[9], name: coded[0]?.name }];
    expect(newStartups(sameName).status).toBe('pass');
  });
  it('an entry with neither name nor code counts on its own', () => {
    const anonymous = Array.from({ length: 10 }, () => ({ foundedOn: '2025-01-01', firstServedOn: '2026-03-01' }));
    expect(newStartups(anonymous).status).toBe('pass');
  });
  it('a duplicate pair counts when either entry qualifies', () => {
    const list = [...ten.slice(0, 9), startup(9, { firstServedOn: '2025-06-01' }), startup(9)];
    expect(newStartups(list).status).toBe('pass');
  });
  it('property: list order never changes the status or the number of duplicates', () => {
    const list = [
      ...ten,
      startup(3),
      startup(5, { firstServedOn: '2025-01-01' }),
      startup(11, { foundedOn: undefined }),
    ];
    const base = newStartups(list);
    fc.assert(
      fc.property(fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }), (shuffled) => {
        const r = newStartups(shuffled);
        expect(r.status).toBe(base.status);
        expect(r.duplicates?.length).toBe(base.duplicates?.length);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});

describe('projects (个) and grown start-ups (家)', () => {
  const incubation = gate('tianjin.evaluation.incubation');
  it('3 projects, one of them twice: 2 distinct, fail, with the duplicate', () => {
    const projects = [
      { date: '2026-02-01', name: '项目A' },
      { date: '2026-03-01', name: '项目B' },
      { date: '2026-04-01', name: '项目 a' },
    ];
    const r = incubation.check({ incubatedProjects: projects, grownStartups: [] } as never, ctx);
    expect(r.status).toBe('fail');
    expect(r.duplicates).toEqual([{ path: 'incubatedProjects.2', sameAs: 'incubatedProjects.0', key: 'name:项目a' }]);
    const three = [...projects.slice(0, 2), { date: '2026-04-01', name: '项目C' }];
    expect(incubation.check({ incubatedProjects: three } as never, ctx).status).toBe('pass');
  });
});

describe('staff (名), national and Tianjin', () => {
  const app = JSON.parse(
    readFileSync(new URL('../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
  );
  it('three staff, the third the first again: fails, the report lists the duplicate', () => {
    const staff = [app.staff[0], app.staff[1], { ...app.staff[0], name: ` ${app.staff[0].name}` }];
    const r = check('tianjin', 'studio', { ...app, staff }, { asOf: '2026-11-22' });
    const result = r.results.find((x) => x.ruleId === 'tianjin.staff.count');
    expect(result?.status).toBe('fail');
    expect(result?.duplicates).toEqual([{ path: 'staff.2', sameAs: 'staff.0', key: `name:${app.staff[0].name}` }]);
    expect(r.verdict).toBe('ineligible');
    expect(
      check('tianjin', 'studio', app, { asOf: '2026-11-22' }).results.find((x) => x.ruleId === 'tianjin.staff.count'),
    ).not.toHaveProperty('duplicates');
  });
});

describe('the key', () => {
  it('normalises names and prefers the code', () => {
    expect(normalisedName(' Ａｂ  Ｃ\u3000１ ')).toBe('abc1');
    expect(distinctKey(' 9112 0000x ', '名')).toBe('code:91120000X');
    expect(distinctKey(' ', ' 名 ')).toBe('name:名');
    expect(distinctKey(undefined, ' ')).toBeUndefined();
  });
});
