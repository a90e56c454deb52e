import { describe, expect, it } from 'vitest';
import { comparePolicies } from '../../src/compare/index.js';
import type { SetCell } from '../../src/compare/types.js';
import { check, getPolicy, InvalidArgumentError, UnknownPolicyError } from '../../src/index.js';
import * as pds from '../../src/policies/pingdingshan/parameters.js';
import * as tianjin from '../../src/policies/tianjin/parameters.js';
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
      'duties.incubated',
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
