// The shapes of a comparison: a matrix of cells, one row per comparable requirement and
// one column per policy. Plain data, JSON-serialisable, deeply frozen.
import type { Bilingual, PolicyId, Provenance } from '../core/types.js';

/** A value the text sets, with the words it comes from. */
export interface SetCell {
  state: 'set';
  /** The value exactly as the policy's rules read it (a Parameter's `value`, a naming pattern, the steps). */
  value: unknown;
  /** The value in words, unit included. */
  shown: Bilingual;
  unit: Bilingual | null;
  provenance: Provenance;
  /** The clause the value comes from, in the text's own numbering. */
  clause: string;
  /** The source's own words, verbatim. */
  quote: string;
  /** The id of the Parameter the value is read from; null for a value read from a clause, a naming rule or a procedure. */
  parameter: string | null;
  note?: string;
  /** A minimum stated per some period, normalised to a year ("每季度至少1次" → at least 4 a year). */
  perYear?: { min: number; shown: Bilingual; how: string };
  /** For years of service: the work they are counted in, verbatim ('创业指导服务工作'); it is part of the requirement. */
  of?: string;
  /** Either/or: the requirement is met by any one of these (Tianjin 四（一）5 "…不少于3个或…不少于1家"). */
  anyOf?: SetCell[];
}

/** The policy rules this kind of body, but its text sets nothing for the row. */
export interface NotSetCell {
  state: 'not_set';
  reason: Bilingual;
}

/** The row is about a kind of body the policy does not rule (a studio row for Taiyuan's experts). */
export interface NotApplicableCell {
  state: 'not_applicable';
  reason: Bilingual;
}

export type Cell = SetCell | NotSetCell | NotApplicableCell;

export type ThemeId = 'document' | 'people' | 'venue' | 'operations' | 'procedure' | 'duties' | 'evaluation' | 'person';

export interface ComparisonRow {
  id: string;
  theme: ThemeId;
  label: Bilingual;
  cells: Readonly<Record<string, Cell>>;
  /**
   * Whether the policies the row applies to differ on it (state, value, unit, the kind of
   * work counted, the alternatives); a policy the row does not apply to is left out.
   */
  differs: boolean;
}

export interface ComparedPolicy {
  id: PolicyId;
  title: Bilingual;
  docNumber: string | null;
}

export interface Comparison {
  policies: ComparedPolicy[];
  themes: { id: ThemeId; label: Bilingual; rows: ComparisonRow[] }[];
  /** 'differences' when only the rows where the policies differ are kept. */
  only: 'all' | 'differences';
}
