// comparePolicies: the rows of rows.ts for the policies asked, grouped by theme.

import { InvalidArgumentError, langOf, readOptions } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { Bilingual, Lang, Policy, PolicyId } from '../core/types.js';
import { BUNDLED_IDS } from '../define/validate.js';
import { AT_LEAST, notApplicable, notSet, paramCell } from './cells.js';
import { readPolicies } from './ids.js';
import { ROWS, type RowScope, type RowSpec, THEMES } from './rows.js';
import type { Cell, Comparison, ComparisonRow, SetCell, ThemeId } from './types.js';

export interface CompareOptions {
  /** 'differences': only the rows where the policies compared differ. */
  only?: 'differences';
  /** Accepted for symmetry with the renderers: every cell carries both languages. */
  lang?: Lang;
}

const NOT_SET: Bilingual = { zh: '本文件未规定', en: 'Not set by this text' };

const SCOPE_REASON: Record<Exclude<RowScope, 'document'>, Bilingual> = {
  studio: { zh: '本文件规范个人（专家），不规范工作室', en: 'This text rules individual experts, not studios' },
  person: {
    zh: '本文件只规范工作室；领办人见工作室人员各行',
    en: 'This text rules studios only; its lead person is compared in the studio rows',
  },
};

function applies(scope: RowScope, policy: Policy): boolean {
  if (scope === 'document') return true;
  if (scope === 'studio') return policy.subjects.includes('studio');
  return policy.subjects.includes('mentor') || policy.subjects.includes('expert');
}

function cellOf(row: RowSpec, policy: Policy): Cell {
  if (row.scope !== 'document' && !applies(row.scope, policy)) return notApplicable(SCOPE_REASON[row.scope]);
  const id = policy.id as PolicyId;
  if (!(BUNDLED_IDS as readonly string[]).includes(id)) return definedCellOf(row, policy) ?? notSet(NOT_SET);
  const make = Object.hasOwn(row.cells, id) ? row.cells[id] : undefined;
  if (make) return make();
  return notSet((row.unset && Object.hasOwn(row.unset, id) ? row.unset[id] : undefined) ?? NOT_SET);
}

/** The bundled cells of a row that read a Parameter, by its id (computed once per row). */
const bundledParams = new Map<string, Map<string, SetCell>>();
function paramsOfRow(row: RowSpec): Map<string, SetCell> {
  let found = bundledParams.get(row.id);
  if (found) return found;
  found = new Map();
  for (const make of Object.values(row.cells)) {
    const cell = make?.();
    if (cell?.state !== 'set') continue;
    for (const c of cell.anyOf ?? [cell])
      if (c.parameter !== null && !found.has(c.parameter)) found.set(c.parameter, c);
  }
  bundledParams.set(row.id, found);
  return found;
}

/**
 * A defined policy's cell: the document rows from its own declaration (dates, binding,
 * repeals); any other row from its Parameter with the id a bundled text's cell in that row
 * reads — the same id is the author's word that it is the same requirement (the example
 * reuses 'lead.count'). "At least" is said where the bundled cell says it. None: not set.
 */
function definedCellOf(row: RowSpec, policy: Policy): Cell | undefined {
  if (row.defined) {
    // An author's procedure or naming rule of an unexpected shape leaves the cell not set, never a throw.
    try {
      return row.defined(policy);
    } catch {
      return undefined;
    }
  }
  for (const [id, bundled] of paramsOfRow(row)) {
    const param = policy.parameters.find((p) => p.id === id);
    if (!param) continue;
    const v = param.value;
    const numeric = typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?$/u.test(v));
    const atLeast = numeric && bundled.shown.zh.startsWith(AT_LEAST.zh);
    return paramCell(param, atLeast ? { prefix: AT_LEAST } : {});
  }
  return undefined;
}

/** Classifiers that count persons: 1名 and 1位 are the same requirement. */
const PERSONS = new Set(['名', '位', '人']);
const unitKey = (u: Bilingual) => (PERSONS.has(u.zh) ? 'persons' : u.zh || u.en);

/** What makes two cells the same: the state, the value, the unit and the kind of work counted (not the citation). */
function sameKey(cell: Cell): string {
  if (cell.state !== 'set') return cell.state;
  const unit = cell.unit ? unitKey(cell.unit) : null;
  return JSON.stringify([cell.value, unit, cell.perYear?.min ?? null, cell.of ?? null]);
}

/** Whether the cells differ among the policies the row applies to ("not applicable" is no difference). */
export function cellsDiffer(cells: readonly Cell[]): boolean {
  return new Set(cells.filter((c) => c.state !== 'not_applicable').map(sameKey)).size > 1;
}

/**
 * The requirements of the policies side by side: one row per comparable requirement,
 * grouped by theme, one cell per policy — the value with its unit, provenance, clause
 * and words, or 'not set by this text', or 'not applicable to this kind of body'. A
 * policy is an id or a policy object made by `definePolicy`: its dates, binding and
 * repeals fill the document rows, its declared naming rule (`naming`) the naming row, its
 * procedure `recognition` (or `selection`) the recognition row, and a Parameter of the same
 * id as a bundled text's in a row fills that row (a versioned policy reads its latest
 * version); its other cells are not set.
 * @throws UnknownPolicyError for an id the library does not know; InvalidArgumentError for an empty or repeated list.
 * @example
 * comparePolicies(['national', 'tianjin'], { only: 'differences' }).themes[0].rows[0].cells.tianjin;
 */
export function comparePolicies(ids: readonly (string | Policy)[], options?: CompareOptions): Comparison {
  const opts = readOptions<CompareOptions>(options, ['only', 'lang']);
  langOf(opts.lang);
  if (opts.only !== undefined && opts.only !== 'differences')
    throw new InvalidArgumentError('options.only', "'differences'", opts.only);
  const list = readPolicies(ids, 'ids');
  const only = opts.only === 'differences' ? 'differences' : 'all';
  const byTheme = new Map<ThemeId, ComparisonRow[]>();
  for (const row of ROWS) {
    const cells: Record<string, Cell> = {};
    for (const p of list) cells[p.id] = cellOf(row, p);
    const differs = cellsDiffer(Object.values(cells));
    if (only === 'differences' && !differs) continue;
    const rows = byTheme.get(row.theme) ?? [];
    rows.push({ id: row.id, theme: row.theme, label: row.label, cells, differs });
    byTheme.set(row.theme, rows);
  }
  const themes = (Object.keys(THEMES) as ThemeId[]).flatMap((id) => {
    const rows = byTheme.get(id);
    return rows ? [{ id, label: THEMES[id], rows }] : [];
  });
  return deepFreeze({
    policies: list.map((p) => ({ id: p.id as PolicyId, title: p.title, docNumber: p.docNumber })),
    themes,
    only,
  });
}
