// comparePolicies: the rows of rows.ts for the policies asked, grouped by theme.

import { InvalidArgumentError, langOf, readOptions } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { Bilingual, Lang, Policy, PolicyId } from '../core/types.js';
import { notApplicable, notSet } from './cells.js';
import { readPolicies } from './ids.js';
import { ROWS, type RowScope, type RowSpec, THEMES } from './rows.js';
import type { Cell, Comparison, ComparisonRow, ThemeId } from './types.js';

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
  // The rows know the bundled policies; a defined policy's cells come from its parameters alone.
  const id = policy.id as PolicyId;
  const make = Object.hasOwn(row.cells, id) ? row.cells[id] : undefined;
  if (make) return make();
  return notSet((row.unset && Object.hasOwn(row.unset, id) ? row.unset[id] : undefined) ?? NOT_SET);
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
 * policy is an id or a policy object made by `definePolicy` (the rows read the bundled
 * texts' parameters; a defined policy fills the document rows, its other cells not set).
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
