import { describe, expect, it } from 'vitest';
import { comparePolicies } from '../../src/compare/index.js';
import type { SetCell } from '../../src/compare/types.js';
import { definePolicy } from '../../src/define/index.js';
import { check, getPolicy, InvalidArgumentError, UnknownPolicyError } from '../../src/index.js';
import * as pds from '../../src/policies/pingdingshan/parameters.js';
import * as tianjin from '../../src/policies/tianjin/parameters.js';
import {
  definition as fixtureDefinition,
  mentors as fixtureMentors,
  examplePolicy as fixturePolicy,
} from '../define/fixture.js';
import { seed, squash } from '../helpers/seeds.js';

const ALL = ['national', 'tianjin', 'pingdingshan', 'taiyuan'] as const;
const SEEDS: Record<string, string> = {
  national: 'national-studio-guideline.txt',
  tianjin: 'tianjin-studio-pilot-notice.txt',
  pingdingshan: 'pingdingshan-master-studio-measures.txt',
  taiyuan: 'taiyuan-expert-team-measures.txt',
};
const comparison = comparePolicies([...ALL]);
const rows = comparison.themes.flatMap((t) => t.rows);
const row = (id: string) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};
const set = (id: string, policy: string) => {
  const c = row(id).cells[policy];
  if (c?.state !== 'set') throw new Error(`${id}/${policy} is ${c?.state}`);
  return c as SetCell;
};

describe('comparePolicies: every cell read from what the rules read', () => {
  it('the rows the issue lists exist, grouped by theme', () => {
    for (const id of [
      'lead.years',
      'mentors.count',
      'staff.count',
      'staff.years',
      'venue.area',
      'venue.useRight',
      'host.kinds',
      'venue.zones',
      'resources.libraries',
      'systems.required',
      'naming',
      'procedure.recognition',
      'procedure.publicity',
      'evaluation.eligibility',
      'duties.exchanges',
      'duties.fourInto',
      'duties.financing',
      'duties.backbones',
      'duties.incubatedOrGrown',
      'evaluation.grades',
      'exit.grounds',
      'person.term',
      'document.effective',
      'document.binding',
      'person.years',
      'person.routes',
      'person.disqualifications',
    ])
      expect(row(id).cells).toHaveProperty('national');
    expect(comparison.themes.map((t) => t.id)).toEqual([
      'document',
      'people',
      'venue',
      'operations',
      'procedure',
      'duties',
      'evaluation',
      'person',
    ]);
  });

  it('a parameter cell holds the very value of the policy parameter with that id', () => {
    let n = 0;
    for (const r of rows)
      for (const [policy, cell] of Object.entries(r.cells)) {
        if (cell.state !== 'set' || cell.parameter === null) continue;
        const param = getPolicy(policy).parameters.find((p) => p.id === cell.parameter);
        expect(param, `${r.id}/${policy}`).toBeDefined();
        expect(cell.value).toBe(param?.value);
        expect(cell.clause).toBe(param?.clause);
        n++;
      }
    expect(n).toBeGreaterThan(35);
  });

  it('every quote is found in the seed text (and a clause cell quotes its own clause)', () => {
    for (const r of rows)
      for (const [policy, cell] of Object.entries(r.cells)) {
        if (cell.state !== 'set') continue;
        const text = squash(seed(SEEDS[policy] as string));
        for (const q of cell.quote.split(' / ')) expect(text, `${r.id}/${policy}`).toContain(squash(q));
        const clause = getPolicy(policy).clauses.find((c) => c.id === cell.clause);
        if (cell.parameter === null && cell.clause !== 'title' && r.id !== 'procedure.recognition')
          expect(squash(clause?.text ?? ''), `${r.id}/${policy}`).toContain(squash(cell.quote));
      }
  });

  it("Tianjin's venue-area cell is the threshold its rule applies: the cell value passes, just below fails", () => {
    const min = set('venue.area', 'tianjin').value as string;
    const area = (areaSqm: string) =>
      check('tianjin', 'studio', { venue: { areaSqm } }, { asOf: '2026-11-22' }).results.find(
        (r) => r.ruleId === 'tianjin.venue.area',
      )?.status;
    expect(min).toBe(tianjin.venueArea.value);
    expect(area(min)).toBe('pass');
    expect(area(`${Number(min) - 1}.99`)).toBe('fail');
  });

  it("Pingdingshan's staff cell is the count its rule applies: one fewer fails", () => {
    const min = set('staff.count', 'pingdingshan').value as number;
    const staff = (n: number) =>
      check(
        'pingdingshan',
        'studio',
        { staff: Array.from({ length: n }, (_, i) => ({ name: `s${i}` })) },
        {
          asOf: '2026-11-22',
        },
      ).results.find((r) => r.ruleId === 'pingdingshan.studio.staff')?.status;
    expect(staff(min)).toBe('pass');
    expect(staff(min - 1)).toBe('fail');
  });

  it('"every quarter, at least 1" is shown as such and normalised to at least 4 a year', () => {
    const c = set('duties.exchanges', 'pingdingshan');
    expect(c.value).toBe(pds.quarterlyExchanges.value);
    expect(c.shown.zh).toContain(`每季度至少${pds.quarterlyExchanges.value}次`);
    expect(c.shown.en).toContain('every quarter, at least 1');
    expect(c.perYear?.min).toBe(4);
    expect(set('duties.exchanges', 'tianjin').perYear?.min).toBe(tianjin.minServiceActivities.value);
  });

  it('not set is distinct from not applicable', () => {
    expect(row('venue.area').cells.national?.state).toBe('not_set');
    expect(row('venue.area').cells.taiyuan?.state).toBe('not_applicable');
    expect(row('person.years').cells.tianjin?.state).toBe('not_applicable');
    expect(set('person.years', 'taiyuan').value).toBe(4);
    expect(set('person.years', 'pingdingshan').value).toBe(5);
  });

  it('only differences: rows where every policy says the same are dropped', () => {
    const d = comparePolicies(['national', 'tianjin'], { only: 'differences' });
    const ids = d.themes.flatMap((t) => t.rows.map((r) => r.id));
    expect(ids).toContain('venue.area');
    expect(ids).toContain('systems.required');
    expect(ids).not.toContain('staff.count');
    expect(ids).not.toContain('lead.years');
    expect(d.themes.every((t) => t.rows.every((r) => r.differs))).toBe(true);
    expect(comparePolicies(['tianjin'], { only: 'differences' }).themes).toEqual([]);
  });

  it('either/or is one row: Tianjin 四（一）5, both alternatives with their parameters, the 或 quoted', () => {
    const c = set('duties.incubatedOrGrown', 'tianjin');
    expect(c.anyOf?.map((a) => [a.parameter, a.value])).toEqual([
      [tianjin.minIncubatedProjects.id, 3],
      [tianjin.minGrownStartups.id, 1],
    ]);
    expect(c.quote).toContain('不少于3个或初创企业成为成长企业');
    expect(c.shown.zh).toBe('成功孵化创业项目每年至少3个，或初创企业成为成长企业每年至少1家');
    expect(rows.map((r) => r.id)).not.toContain('duties.incubated');
    expect(rows.map((r) => r.id)).not.toContain('duties.grown');
  });

  it('only differences: differs among the policies a row applies to; not applicable is no difference', () => {
    const d = comparePolicies([...ALL], { only: 'differences' });
    const kept = d.themes.flatMap((t) => t.rows);
    expect(kept.length).toBeLessThan(rows.length);
    // A studio row the three studio policies agree on is dropped though Taiyuan's cell is "not applicable".
    const agree = rows.find((r) => r.id === 'lead.count');
    expect(agree?.differs).toBe(false);
    expect(agree?.cells.taiyuan?.state).toBe('not_applicable');
    for (const r of kept) {
      const applicable = Object.values(r.cells).filter((c) => c.state !== 'not_applicable');
      expect(applicable.length, r.id).toBeGreaterThan(1);
    }
    // Two set cells that differ only in the work the years count: a difference.
    expect(row('staff.years').differs).toBe(true);
    expect(set('staff.years', 'national').of).toBe('创业培训或创业指导工作');
    expect(set('staff.years', 'tianjin').of).toBe('创业相关工作');
    expect(row('lead.years').differs).toBe(true);
    expect(set('lead.years', 'pingdingshan').of).toBe('创业服务工作');
    expect(
      comparePolicies(['national', 'tianjin'])
        .themes.flatMap((t) => t.rows)
        .find((r) => r.id === 'lead.years')?.differs,
    ).toBe(false);
  });

  it('cells in the text’s own words: Tianjin’s 咨询室, the plan rows’ 报备, Pingdingshan’s 及时报告, Taiyuan’s renewal a reading', () => {
    expect(set('venue.zones', 'tianjin').shown.zh).toBe('3项：咨询室、创业活动室、宣传展示区');
    expect(set('venue.zones', 'national').shown.zh).toContain('个体咨询室');
    expect(set('plan', 'national').quote).toContain('并及时向当地主管部门报备');
    expect(set('plan', 'tianjin').shown.zh).toBe('年度工作计划；如实记录活动进展及工作成果，向所在区人社行政部门报备');
    expect(row('plan').differs).toBe(true);
    expect(set('procedure.changeFiling', 'pingdingshan')).toMatchObject({
      clause: '第十一条（五）',
      value: 'promptly',
    });
    const ty = set('evaluation.grades', 'taiyuan');
    expect(ty.provenance).toBe('interpretation');
    expect(ty.note).toContain('并予以续聘');
  });

  it('the result is frozen and column order follows the ids given', () => {
    const c = comparePolicies(['pingdingshan', 'national']);
    expect(c.policies.map((p) => p.id)).toEqual(['pingdingshan', 'national']);
    expect(Object.isFrozen(c.themes[0]?.rows[0]?.cells)).toBe(true);
  });

  it('a programmer mistake throws the typed error', () => {
    expect(() => comparePolicies(['beijing'])).toThrow(UnknownPolicyError);
    expect(() => comparePolicies([])).toThrow(InvalidArgumentError);
    expect(() => comparePolicies(['national', 'national'])).toThrow(InvalidArgumentError);
    expect(() => comparePolicies(['national'], { only: 'all' as 'differences' })).toThrow(InvalidArgumentError);
  });
});

describe('a policy made by definePolicy, beside the bundled ones', () => {
  // The fixture's 第二条 (3名以上创业导师) read as the guideline's lead.count: the same id, the same requirement.
  const lead = { ...fixtureMentors, id: 'lead.count', informative: true as const };
  const defined = definePolicy({ ...fixtureDefinition(), parameters: [fixtureMentors, lead] });
  const c = comparePolicies(['national', defined]);
  const row = (id: string) => c.themes.flatMap((t) => t.rows).find((r) => r.id === id);

  it('a parameter with a bundled row’s id fills the row, “at least” as the guideline says it', () => {
    expect(row('lead.count')?.cells['example-city']).toMatchObject({
      state: 'set',
      value: 3,
      shown: { zh: '至少3名' },
      clause: '第二条',
      quote: '3名以上',
      parameter: 'lead.count',
    });
    expect(row('lead.count')?.differs).toBe(true);
    // Without it, the row is not set: the id, not the label or the value, makes the match.
    const plain = comparePolicies(['national', fixturePolicy]).themes.flatMap((t) => t.rows);
    expect(plain.find((r) => r.id === 'lead.count')?.cells['example-city']?.state).toBe('not_set');
    expect(row('staff.count')?.cells['example-city']?.state).toBe('not_set');
  });
  it('its dates, with the clause that sets them; no repeal, not set', () => {
    expect(row('document.effective')?.cells['example-city']).toMatchObject({
      state: 'set',
      value: { from: '2026-01-01', to: '2027-12-31' },
      shown: { zh: '2026-01-01起施行，至2027-12-31' },
      clause: '第三条',
      quote: '本办法自2026年1月1日起施行，有效期至2027年12月31日。',
    });
    expect(row('document.repeals')?.cells['example-city']?.state).toBe('not_set');
    expect(row('document.binding')?.cells['example-city']).toMatchObject({ state: 'set', value: true });
  });
});
