// An agency's self-check against the catalogue: which functions it offers, per module and
// tier, and which basic functions it does not. The handbook "总结归纳了各地在创业服务工作中
// 的主要做法和经验" (说明 1.): it binds no one, and the report says so.
import { deepFreeze } from '../core/freeze.js';
import type { Bilingual, InputProblem } from '../core/types.js';
import { modules } from './catalogue.js';
import { kindOf, preview, problem } from './messages.js';
import type { ModuleId, ServiceFunction, Tier } from './types.js';

export interface TierCount {
  offered: number;
  total: number;
}

export interface FunctionCoverage {
  id: string;
  number: string;
  title: string;
  label: Bilingual;
  tier: Tier;
  offered: boolean;
}

export interface ModuleCoverage {
  id: ModuleId;
  title: Bilingual;
  offered: number;
  total: number;
  tiers: Record<Tier, TierCount>;
  functions: FunctionCoverage[];
}

export interface Coverage {
  /** The handbook binds no one: a self-check, not a verdict. */
  binding: false;
  notice: Bilingual;
  /** Distinct functions offered, of 33. */
  offered: number;
  total: number;
  tiers: Record<Tier, TierCount>;
  modules: ModuleCoverage[];
  /** The basic functions not offered, in the text's order. */
  missingBasic: { id: string; module: ModuleId; number: string; title: string; label: Bilingual }[];
  basicComplete: boolean;
  /** Entries that name no function (errors), entries of the wrong type (errors), repeats (warnings). */
  problems: InputProblem[];
}

/** Most entries read; a longer list is reported and cut there. */
export const MAX_OFFERED = 1000;

export const NOTICE: Bilingual = deepFreeze({
  zh: '《公共创业服务功能手册》总结归纳了各地在创业服务工作中的主要做法和经验，不具约束力。本报告供服务机构自查参考：未提供某项功能不构成违规。',
  en: 'The handbook (《公共创业服务功能手册》) sums up the practice of local services and binds no one. This report is a self-check for the agency: a function not offered is no breach.',
});

/** Every id, body title and table title, each naming one function. */
const BY_NAME: ReadonlyMap<string, ServiceFunction> = new Map(
  modules.flatMap((m) =>
    m.functions.flatMap((f) => [[f.id, f] as const, [f.title, f] as const, [f.tableTitle, f] as const]),
  ),
);

const count = (): Record<Tier, TierCount> => ({
  basic: { offered: 0, total: 0 },
  extended: { offered: 0, total: 0 },
  expanded: { offered: 0, total: 0 },
});

/**
 * The coverage of the catalogue by the functions an agency offers, each named by its id
 * ('financing/1.1') or its exact title ('创业担保贷款受理'; the 一览表's name too), surrounding
 * whitespace ignored. Never throws: entries it cannot read are reported in `problems`.
 *
 * @example
 * const c = coverage(['information/1.1', '创业服务信息']);
 * c.tiers.basic; // { offered: 2, total: 14 }
 */
export function coverage(offered: unknown): Coverage {
  const problems: InputProblem[] = [];
  const chosen = new Map<string, number>();
  let entries: readonly unknown[] = [];
  try {
    if (!Array.isArray(offered)) problems.push(problem([], 'not_a_list'));
    else if (offered.length > MAX_OFFERED) {
      problems.push(problem([], 'too_many', { limit: MAX_OFFERED }));
      entries = offered.slice(0, MAX_OFFERED);
    } else entries = offered;
    // Indexed, not forEach: a hole in a sparse array is an entry too.
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      if (typeof entry !== 'string') {
        problems.push(problem([index], 'not_a_string', { type: kindOf(entry) }));
        continue;
      }
      const f = BY_NAME.get(entry.trim());
      if (!f) {
        problems.push(problem([index], 'unknown_function', { entry: preview(entry.trim()) }));
        continue;
      }
      const first = chosen.get(f.id);
      if (first === undefined) chosen.set(f.id, index);
      else
        problems.push(
          problem([index], 'duplicate', { entry: preview(entry.trim()), first: first + 1, id: f.id }, 'warning'),
        );
    }
  } catch {
    // A hostile array (a throwing getter, a revoked proxy) is reported, not thrown.
    problems.push(problem([], 'not_a_list'));
  }

  const tiers = count();
  const perModule: ModuleCoverage[] = modules.map((m) => {
    const mt = count();
    const functions = m.functions.map((f) => {
      const on = chosen.has(f.id);
      for (const t of [mt[f.tier], tiers[f.tier]]) {
        t.total++;
        if (on) t.offered++;
      }
      return { id: f.id, number: f.number, title: f.title, label: f.label, tier: f.tier, offered: on };
    });
    return {
      id: m.id,
      title: m.title,
      offered: functions.filter((f) => f.offered).length,
      total: functions.length,
      tiers: mt,
      functions,
    };
  });
  const missingBasic = perModule.flatMap((m) =>
    m.functions
      .filter((f) => f.tier === 'basic' && !f.offered)
      .map((f) => ({ id: f.id, module: m.id, number: f.number, title: f.title, label: f.label })),
  );
  return {
    binding: false,
    notice: NOTICE,
    offered: chosen.size,
    total: perModule.reduce((n, m) => n + m.total, 0),
    tiers,
    modules: perModule,
    missingBasic,
    basicComplete: missingBasic.length === 0,
    problems,
  };
}
