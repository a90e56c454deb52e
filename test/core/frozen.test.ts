import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as root from '../../src/index.js';
import * as national from '../../src/policies/national/index.js';
import * as tianjin from '../../src/policies/tianjin/index.js';

/** Paths of every object reachable from `value` that is not frozen (zod schemas excepted). */
function unfrozen(value: unknown, path: string, seen = new Set<object>(), out: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (Object.hasOwn(value, '_zod')) return out;
  // A module namespace (a re-exported subpath) cannot be assigned to; its members are walked.
  const namespace = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'Module';
  if (!namespace && !Object.isFrozen(value)) out.push(path);
  for (const key of Reflect.ownKeys(value))
    unfrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen, out);
  return out;
}

const modules = { root, calendar, national, tianjin };

describe('exported data is frozen all the way down', () => {
  for (const [name, mod] of Object.entries(modules)) {
    it(`chuangye-rules${name === 'root' ? '' : `/${name}`}`, () => {
      const found: string[] = [];
      for (const [key, value] of Object.entries(mod)) unfrozen(value, key, new Set(), found);
      expect(found.join('\n')).toBe('');
    });
  }

  it('an assignment to shared data changes no later check', () => {
    const param = root.getPolicy('tianjin').parameters[0] as { value: unknown };
    expect(() => {
      param.value = 0;
    }).toThrow(TypeError);
  });

  it('mutating one report leaves the next identical: its own parts are fresh, the parts reports share are frozen', () => {
    const input = { name: '北京市海淀区张明创业指导师工作室', staff: [] };
    const first = root.check('national', 'studio', input, { asOf: '2026-11-22' });
    const pristine = JSON.stringify(first);
    let own = 0;
    let shared = 0;
    const walk = (v: unknown): void => {
      if (v === null || typeof v !== 'object') return;
      for (const key of Object.keys(v)) walk((v as Record<string, unknown>)[key]);
      if (Object.isFrozen(v)) {
        shared++;
        // A shared part (the document, a clause list, a constant message) refuses any change.
        expect(() => {
          if (Array.isArray(v)) v.push('x');
          else (v as Record<string, unknown>).zh = 'x';
        }).toThrow(TypeError);
      } else {
        own++;
        if (Array.isArray(v)) v.push('x');
        else for (const key of Object.keys(v)) (v as Record<string, unknown>)[key] = 'x';
      }
    };
    walk(first);
    expect(own).toBeGreaterThan(10);
    expect(shared).toBeGreaterThan(10);
    expect(Object.isFrozen(first.document)).toBe(true);
    expect(Object.isFrozen(first.results[0]?.clauses)).toBe(true);
    const second = root.check('national', 'studio', input, { asOf: '2026-11-22' });
    expect(JSON.stringify(second)).toBe(pristine);
  });
});
