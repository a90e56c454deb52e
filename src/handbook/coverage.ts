// An agency's self-check against the catalogue: which functions it offers (whole, or some
// of their sub-items), per module and tier; every function it does not offer, by tier,
// with what it involves in the text's words; and the service modes, where it lists them.
// The handbook "总结归纳了各地在创业服务工作中的主要做法和经验" (说明 1.): it binds no
// one, and the report says so.
import { InvalidArgumentError, readOptions } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { ProblemList } from '../core/problems.js';
import type { Bilingual, InputProblem } from '../core/types.js';
import { modules } from './catalogue.js';
import { kindOf, preview, problem } from './messages.js';
import type { ModuleId, ServiceFunction, ServiceMode, Tier } from './types.js';

export interface TierCount {
  /** Functions offered whole. */
  offered: number;
  /** Functions some of whose sub-items are offered, not all. */
  partial: number;
  total: number;
}

export interface SubItemCoverage {
  /** 'information/1.2.1'. */
  id: string;
  number: string;
  title: string | null;
  offered: boolean;
}

export interface FunctionCoverage {
  id: string;
  number: string;
  title: string;
  label: Bilingual;
  tier: Tier;
  /** Offered whole: named itself, or every sub-item named. */
  offered: boolean;
  extent: 'full' | 'partial' | 'none';
  subItems: SubItemCoverage[];
  /** What the function involves, verbatim: the first sentence of its text, or its sub-items' headings. */
  involves: string;
}

export interface ModeCoverage {
  /** 'information/mode/1'. */
  id: string;
  number: string;
  title: string;
  label: Bilingual;
  offered: boolean;
}

export interface ModuleCoverage {
  id: ModuleId;
  title: Bilingual;
  offered: number;
  partial: number;
  total: number;
  tiers: Record<Tier, TierCount>;
  functions: FunctionCoverage[];
  modes: ModeCoverage[];
}

/** A function not offered whole: none of it, or some of its sub-items. */
export interface MissingFunction {
  id: string;
  module: ModuleId;
  number: string;
  title: string;
  label: Bilingual;
  tier: Tier;
  extent: 'none' | 'partial';
  /** The sub-items not offered, where some are. */
  missingSubItems: string[];
  involves: string;
}

export interface Coverage {
  /** The handbook binds no one: a self-check, not a verdict. */
  binding: false;
  notice: Bilingual;
  /** Distinct functions offered whole, of 33. */
  offered: number;
  partial: number;
  total: number;
  tiers: Record<Tier, TierCount>;
  modules: ModuleCoverage[];
  /** Every function not offered whole, by tier, in the text's order. */
  missing: Record<Tier, MissingFunction[]>;
  /** `missing.basic`. */
  missingBasic: MissingFunction[];
  basicComplete: boolean;
  /** The service modes (二、服务方式): assessed only when the agency lists its modes. */
  modes: { assessed: boolean; offered: number; total: number };
  /** Entries that name nothing (errors), of the wrong type (errors), repeats (warnings); at most 20 of a kind. */
  problems: InputProblem[];
}

export interface CoverageOptions {
  /** The service modes offered, each by id ('information/mode/1'), module and title ('information/窗口服务') or title ('窗口服务': in every module that lists it). */
  modes?: readonly unknown[];
}

/** Most entries read; a longer list is reported and cut there. */
export const MAX_OFFERED = 1000;

export const NOTICE: Bilingual = deepFreeze({
  zh: '《公共创业服务功能手册》总结归纳了各地在创业服务工作中的主要做法和经验，不具约束力。本报告供服务机构自查参考：未提供某项功能不构成违规。',
  en: 'The handbook (《公共创业服务功能手册》) sums up the practice of local services and binds no one. This report is a self-check for the agency: a function not offered is no breach.',
});

/** What a function involves, verbatim: its first sentence, or its sub-items' headings where they have them. */
function involvesOf(f: ServiceFunction): string {
  const titled = f.subItems.flatMap((s) => (s.title === null ? [] : [s.title]));
  if (titled.length > 0) return titled.join('、');
  const text = f.subItems[0]?.text ?? f.text;
  const end = text.indexOf('。');
  return end < 0 ? text : text.slice(0, end + 1);
}

type Target = { kind: 'function'; f: ServiceFunction } | { kind: 'sub'; f: ServiceFunction; number: string };

/** Every id and title naming one function or sub-item; a title naming two is left out (ambiguous). */
const BY_NAME: ReadonlyMap<string, Target> = (() => {
  const map = new Map<string, Target>();
  const ambiguous = new Set<string>();
  const add = (key: string, t: Target) => {
    const had = map.get(key);
    if (had && !(had.kind === t.kind && had.f === t.f)) ambiguous.add(key);
    else map.set(key, t);
  };
  for (const m of modules)
    for (const f of m.functions) {
      for (const key of [f.id, f.title, f.tableTitle]) add(key, { kind: 'function', f });
      for (const s of f.subItems) {
        const t: Target = { kind: 'sub', f, number: s.number };
        add(`${m.id}/${s.number}`, t);
        if (s.title !== null) add(s.title, t);
      }
    }
  for (const key of ambiguous) map.delete(key);
  return map;
})();

/** Modes by id and module/title; a bare title names the mode in every module listing it. */
const MODES_BY_NAME: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const add = (key: string, id: string) => map.set(key, [...(map.get(key) ?? []), id]);
  for (const m of modules)
    for (const d of m.modes) {
      const id = `${m.id}/mode/${d.number}`;
      add(id, id);
      add(`${m.id}/${d.title}`, id);
      add(d.title, id);
    }
  return map;
})();

const count = (): Record<Tier, TierCount> => ({
  basic: { offered: 0, partial: 0, total: 0 },
  extended: { offered: 0, partial: 0, total: 0 },
  expanded: { offered: 0, partial: 0, total: 0 },
});

/** Reads a list of names into the keys it names; never throws (a hostile list is one problem). */
function readList(
  list: unknown,
  prefix: (string | number)[],
  resolve: (name: string) => readonly string[] | undefined,
  problems: ProblemList,
): Set<string> {
  const chosen = new Map<string, number>();
  try {
    let entries: readonly unknown[] = [];
    if (!Array.isArray(list)) problems.add(problem(prefix, 'not_a_list'));
    else if (list.length > MAX_OFFERED) {
      problems.add(problem(prefix, 'too_many', { limit: MAX_OFFERED }));
      entries = list.slice(0, MAX_OFFERED);
    } else entries = list;
    // Indexed, not forEach: a hole in a sparse array is an entry too.
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      if (typeof entry !== 'string') {
        problems.add(problem([...prefix, index], 'not_a_string', { type: kindOf(entry) }));
        continue;
      }
      const name = entry.trim();
      const keys = resolve(name);
      if (!keys) {
        problems.add(
          problem([...prefix, index], prefix.length === 0 ? 'unknown_function' : 'unknown_mode', {
            entry: preview(name),
          }),
        );
        continue;
      }
      const key = keys.join(',');
      const first = chosen.get(key);
      if (first === undefined) chosen.set(key, index);
      else
        problems.add(
          problem([...prefix, index], 'duplicate', { entry: preview(name), first: first + 1, id: key }, 'warning'),
        );
    }
  } catch {
    // A hostile array (a throwing getter, a revoked proxy) is reported, not thrown.
    problems.add(problem(prefix, 'not_a_list'));
  }
  return new Set([...chosen.keys()].flatMap((k) => k.split(',')));
}

const targetKey = (t: Target) => (t.kind === 'function' ? t.f.id : `${t.f.module}/${t.number}`);

/**
 * The coverage of the catalogue by the functions an agency offers, each named by its id
 * ('financing/1.1'), its exact title ('创业担保贷款受理'; the 一览表's name too), or a
 * sub-item's id or heading ('information/1.2.1', '机构（场所）信息') for part of a
 * function; surrounding whitespace ignored. With `options.modes`, the service modes are
 * assessed too. Never throws on the list: entries it cannot read are reported in `problems`.
 * @throws InvalidArgumentError for options that are not an object.
 *
 * @example
 * const c = coverage(['information/1.1', '机构（场所）信息']);
 * c.tiers.basic; // { offered: 1, partial: 1, total: 14 }
 */
export function coverage(offered: unknown, options?: CoverageOptions): Coverage {
  const opts = readOptions<CoverageOptions>(options, ['modes']);
  const problems = new ProblemList();
  const chosen = readList(
    offered,
    [],
    (name) => {
      const t = BY_NAME.get(name);
      return t ? [targetKey(t)] : undefined;
    },
    problems,
  );
  const assessed = opts.modes !== undefined;
  const modesChosen = assessed
    ? readList(opts.modes, ['modes'], (name) => MODES_BY_NAME.get(name), problems)
    : new Set<string>();

  const tiers = count();
  const missing: Record<Tier, MissingFunction[]> = { basic: [], extended: [], expanded: [] };
  const perModule: ModuleCoverage[] = modules.map((m) => {
    const mt = count();
    const functions = m.functions.map((f): FunctionCoverage => {
      const subItems = f.subItems.map((s) => {
        const id = `${m.id}/${s.number}`;
        return { id, number: s.number, title: s.title, offered: chosen.has(f.id) || chosen.has(id) };
      });
      const whole = chosen.has(f.id) || (subItems.length > 0 && subItems.every((s) => s.offered));
      const extent = whole ? 'full' : subItems.some((s) => s.offered) ? 'partial' : 'none';
      for (const t of [mt[f.tier], tiers[f.tier]]) {
        t.total++;
        if (extent === 'full') t.offered++;
        if (extent === 'partial') t.partial++;
      }
      const involves = involvesOf(f);
      if (extent !== 'full')
        missing[f.tier].push({
          id: f.id,
          module: m.id,
          number: f.number,
          title: f.title,
          label: f.label,
          tier: f.tier,
          extent,
          missingSubItems: extent === 'partial' ? subItems.filter((s) => !s.offered).map((s) => s.id) : [],
          involves,
        });
      return {
        id: f.id,
        number: f.number,
        title: f.title,
        label: f.label,
        tier: f.tier,
        offered: whole,
        extent,
        subItems,
        involves,
      };
    });
    const modes = m.modes.map((d: ServiceMode) => {
      const id = `${m.id}/mode/${d.number}`;
      return { id, number: d.number, title: d.title, label: d.label, offered: modesChosen.has(id) };
    });
    return {
      id: m.id,
      title: m.title,
      offered: functions.filter((f) => f.extent === 'full').length,
      partial: functions.filter((f) => f.extent === 'partial').length,
      total: functions.length,
      tiers: mt,
      functions,
      modes,
    };
  });
  const allModes = perModule.flatMap((m) => m.modes);
  return deepFreeze({
    binding: false,
    notice: NOTICE,
    offered: tiers.basic.offered + tiers.extended.offered + tiers.expanded.offered,
    partial: tiers.basic.partial + tiers.extended.partial + tiers.expanded.partial,
    total: perModule.reduce((n, m) => n + m.total, 0),
    tiers,
    modules: perModule,
    missing,
    missingBasic: missing.basic,
    basicComplete: missing.basic.length === 0,
    modes: { assessed, offered: allModes.filter((d) => d.offered).length, total: allModes.length },
    problems: problems.list(),
  });
}

/** Whether a value is a coverage this module made (for the renderer's argument check). */
export function assertCoverage(c: unknown): asserts c is Coverage {
  let ok = false;
  try {
    const x = c as Coverage;
    ok =
      typeof c === 'object' &&
      c !== null &&
      x.binding === false &&
      Array.isArray(x.modules) &&
      Array.isArray(x.problems) &&
      typeof x.tiers === 'object' &&
      x.tiers !== null &&
      typeof x.missing === 'object' &&
      x.missing !== null &&
      typeof x.modes === 'object' &&
      x.modes !== null;
  } catch {
    ok = false;
  }
  if (!ok) throw new InvalidArgumentError('coverage', 'a coverage report (the result of coverage())', c);
}
