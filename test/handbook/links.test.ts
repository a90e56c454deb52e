import { describe, expect, it } from 'vitest';
import { linksOf, modules, POLICY_LINKS } from '../../src/handbook/index.js';
import { policies } from '../../src/policies/index.js';
import { seed, squash } from '../helpers/seeds.js';

const SEEDS: Record<string, string> = {
  national: seed('national-studio-guideline.txt'),
  tianjin: seed('tianjin-studio-pilot-notice.txt'),
  pingdingshan: seed('pingdingshan-master-studio-measures.txt'),
  taiyuan: seed('taiyuan-expert-team-measures.txt'),
};
const FUNCTIONS = new Set(modules.flatMap((m) => m.functions.map((f) => f.id)));

describe('links from the studio policies to the handbook', () => {
  it('each quotes its policy verbatim, names functions that exist, and is an interpretation with a reason', () => {
    for (const l of POLICY_LINKS) {
      expect(squash(SEEDS[l.policy] as string)).toContain(squash(l.quote));
      for (const f of l.functions) expect(FUNCTIONS.has(f)).toBe(true);
      expect(new Set(l.functions).size).toBe(l.functions.length);
      expect(l.modules).toEqual(modules.map((m) => m.id).filter((m) => l.functions.some((f) => f.startsWith(`${m}/`))));
      expect(l.provenance).toBe('interpretation');
      expect(l.reason.length).toBeGreaterThan(10);
    }
  });

  it('the guideline’s 二（一）–（九） and Tianjin’s 一（二）1–10 are each linked once, to clauses the policies have', () => {
    const national = policies.national?.clauses.map((c) => c.id) ?? [];
    const guidelineFunctions = national.filter((id) => /^二（[一二三四五六七八九]）$/u.test(id));
    expect(guidelineFunctions).toHaveLength(9);
    expect(linksOf('national').map((l) => l.clause)).toEqual(guidelineFunctions);
    const tianjin = policies.tianjin?.clauses.map((c) => c.id) ?? [];
    const tianjinFunctions = tianjin.filter((id) => /^一（二）\d+$/u.test(id));
    expect(tianjinFunctions).toHaveLength(10);
    expect(linksOf('tianjin').map((l) => l.clause)).toEqual(tianjinFunctions);
  });

  it('Pingdingshan 第四条1–4 and Taiyuan 第八条（一）–（六）, checked against their clauses once those policies are registered', () => {
    expect(linksOf('pingdingshan').map((l) => l.clause)).toEqual(['第四条1', '第四条2', '第四条3', '第四条4']);
    expect(linksOf('taiyuan')).toHaveLength(6);
    for (const id of ['pingdingshan', 'taiyuan'] as const) {
      const policy = (policies as Record<string, { clauses: { id: string }[] } | undefined>)[id];
      if (!policy) continue;
      const ids = new Set(policy.clauses.map((c) => c.id));
      for (const l of linksOf(id)) expect(ids.has(l.clause), `${id} ${l.clause}`).toBe(true);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(POLICY_LINKS)).toBe(true);
    expect(Object.isFrozen(POLICY_LINKS[0]?.functions)).toBe(true);
  });
});
