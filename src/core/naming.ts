// Studio naming rules ("地区+领办人姓名+创业指导师工作室") as data: a generator and a
// validator built from the same list of parts.
import type { Bilingual } from './types.js';

export type NamePart = { literal: string } | { field: string; label: Bilingual };

export interface NamingRule {
  /** The rule in the text's own words: '地区+领办人姓名+创业指导师工作室'. */
  pattern: string;
  parts: readonly NamePart[];
  clause: string;
  /** The guideline allows extra elements "在此命名方式基础上增加相关要素". */
  extraElementsAllowed: boolean;
}

export type NameCheck =
  | { valid: true; expected?: string }
  | { valid: false; expected?: string; reason: 'structure' | 'mismatch' | 'missing_values'; missingFields?: string[] };

/** The name the rule gives for these values; `null` while a field is missing or blank. */
export function generateName(rule: NamingRule, values: Readonly<Record<string, string | undefined>>): string | null {
  let name = '';
  for (const part of rule.parts) {
    if ('literal' in part) name += part.literal;
    else {
      const v = values[part.field]?.trim();
      if (!v) return null;
      name += v;
    }
  }
  return name;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const structures = new WeakMap<NamingRule, RegExp>();
/** The shape every name under the rule has, compiled once per rule. */
function structureOf(rule: NamingRule): RegExp {
  let re = structures.get(rule);
  if (!re) {
    const gap = rule.extraElementsAllowed ? '.*?' : '';
    const parts = rule.parts.map((p) => ('literal' in p ? escapeRegExp(p.literal) : '.+?')).join(gap);
    re = new RegExp(`^${gap}${parts}${rule.extraElementsAllowed ? '.*' : ''}$`, 'u');
    structures.set(rule, re);
  }
  return re;
}

/**
 * Checks a name against the rule: exactly (or, where extra elements are allowed, with the
 * parts in order) when the field values are given; by its structure alone otherwise.
 */
export function validateName(
  rule: NamingRule,
  name: string,
  values: Readonly<Record<string, string | undefined>> = {},
): NameCheck {
  const generated = generateName(rule, values);
  if (generated !== null && name === generated) return { valid: true, expected: generated };
  if (!structureOf(rule).test(name))
    return { valid: false, reason: 'structure', ...(generated ? { expected: generated } : {}) };
  const missingFields = rule.parts.flatMap((p) => ('field' in p && !values[p.field]?.trim() ? [p.field] : []));
  if (missingFields.length > 0) return { valid: false, reason: 'missing_values', missingFields };
  const expected = generated as string;
  if (name === expected) return { valid: true, expected };
  if (rule.extraElementsAllowed) {
    const inOrder = new RegExp(
      `^.*?${rule.parts.map((p) => escapeRegExp('literal' in p ? p.literal : (values[p.field] ?? '').trim())).join('.*?')}.*$`,
      'u',
    );
    if (inOrder.test(name)) return { valid: true, expected };
  }
  return { valid: false, reason: 'mismatch', expected };
}
