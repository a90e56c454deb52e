import { describe, expect, it } from 'vitest';
import { compareServices } from '../../src/compare/index.js';
import { linksOf, modules } from '../../src/handbook/index.js';

describe('compareServices: the texts’ service functions under the handbook’s seven modules', () => {
  const s = compareServices(['national', 'tianjin', 'pingdingshan', 'taiyuan']);

  it('seven rows in the handbook’s order, one cell per policy', () => {
    expect(s.rows.map((r) => r.module)).toEqual(modules.map((m) => m.id));
    expect(s.rows).toHaveLength(7);
    for (const r of s.rows) expect(Object.keys(r.cells)).toEqual(['national', 'tianjin', 'pingdingshan', 'taiyuan']);
  });

  it('every linked clause appears under each module it belongs to, and the unmatched ones are listed', () => {
    for (const p of s.policies)
      for (const l of linksOf(p)) {
        if (l.functions.length === 0) expect(s.unmatched[p]?.map((u) => u.clause)).toContain(l.clause);
        for (const m of l.modules)
          expect(s.rows.find((r) => r.module === m)?.cells[p]?.map((c) => c.clause)).toContain(l.clause);
      }
    expect(s.unmatched.national?.map((u) => u.clause)).toContain('二（八）');
  });

  it('a cell lists only the functions of its own module', () => {
    for (const r of s.rows)
      for (const links of Object.values(r.cells))
        for (const l of links) for (const f of l.functions) expect(f.startsWith(`${r.module}/`)).toBe(true);
  });
});
