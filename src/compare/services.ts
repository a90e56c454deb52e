// The service functions each studio text lists, side by side, under the handbook's seven
// modules. The links are the handbook's (POLICY_LINKS, each a reading with its reason).
import { deepFreeze } from '../core/freeze.js';
import type { Bilingual } from '../core/types.js';
import { linksOf, modules, type PolicyLink } from '../handbook/index.js';
import { readIds } from './ids.js';

export interface ServicesRow {
  module: string;
  title: Bilingual;
  /** Per policy: the clauses whose service functions belong to this module. */
  cells: Readonly<Record<string, readonly Pick<PolicyLink, 'clause' | 'quote' | 'functions'>[]>>;
}

export interface ServicesComparison {
  policies: string[];
  rows: ServicesRow[];
  /** Per policy: the clauses no handbook function delivers (the text's own work). */
  unmatched: Readonly<Record<string, readonly Pick<PolicyLink, 'clause' | 'quote' | 'reason'>[]>>;
}

/**
 * The service functions of the policies' texts mapped to the handbook's modules.
 * @throws UnknownPolicyError for an id the library does not know; InvalidArgumentError for
 * anything but a non-empty array of distinct ids (a hole, a huge array, a string) — before any work.
 * @example compareServices(['national', 'tianjin']).rows[0].cells.tianjin; // the clauses in 创业信息服务
 */
export function compareServices(ids: readonly string[]): ServicesComparison {
  const policies = readIds(ids, 'ids');
  const rows = modules.map((m) => {
    const cells: Record<string, Pick<PolicyLink, 'clause' | 'quote' | 'functions'>[]> = {};
    for (const p of policies)
      cells[p] = linksOf(p)
        .filter((l) => l.modules.includes(m.id))
        .map((l) => ({
          clause: l.clause,
          quote: l.quote,
          functions: l.functions.filter((f) => f.startsWith(`${m.id}/`)),
        }));
    return { module: m.id, title: m.title, cells };
  });
  const unmatched: Record<string, Pick<PolicyLink, 'clause' | 'quote' | 'reason'>[]> = {};
  for (const p of policies)
    unmatched[p] = linksOf(p)
      .filter((l) => l.functions.length === 0)
      .map((l) => ({ clause: l.clause, quote: l.quote, reason: l.reason }));
  return deepFreeze({ policies: [...policies], rows, unmatched });
}
