import { describe, expect, it } from 'vitest';
import { compareServices } from '../../src/compare/index.js';
import { linksOf, modules } from '../../src/handbook/index.js';
import { InvalidArgumentError, UnknownPolicyError } from '../../src/index.js';

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

describe('compareServices: ids checked before any work', () => {
  it('a hole, a huge or empty array, a string, repeats, a revoked proxy: the typed error, at once', () => {
    const { proxy, revoke } = Proxy.revocable(['national'], {});
    revoke();
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    for (const bad of [[, 'national'], new Array(1e6), [], 'national', ['national', 'national'], proxy, null]) {
      const start = Date.now();
      expect(() => compareServices(bad as never)).toThrow(InvalidArgumentError);
      expect(Date.now() - start).toBeLessThan(100);
    }
    expect(() => compareServices(['beijing'])).toThrow(UnknownPolicyError);
  });

  it('no column is undefined; the result is frozen and fresh ids are copied', () => {
    const ids = ['national', 'taiyuan'];
    const s = compareServices(ids);
    ids.push('tianjin');
    expect(s.policies).toEqual(['national', 'taiyuan']);
    for (const r of s.rows) expect(Object.keys(r.cells)).toEqual(['national', 'taiyuan']);
    expect(Object.isFrozen(s.rows[0]?.cells)).toBe(true);
  });
});
