// Studio naming rules ("地区+领办人姓名+创业指导师工作室") as data: a generator and a
// validator built from the same list of parts.
import { InvalidArgumentError, readArgument } from '../calendar/errors.js';
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

/** A field's value, trimmed; own properties only, so a field named 'constructor' reads nothing inherited. */
function fieldValue(values: Readonly<Record<string, string | undefined>>, field: string): string | undefined {
  const v = Object.hasOwn(values, field) ? values[field] : undefined;
  return typeof v === 'string' ? v.trim() : undefined;
}

type Values = Readonly<Record<string, string | undefined>>;

/**
 * The caller's rule and values read once into plain data: the functions are exported
 * with the rules, so a rule that is not one, or values that are not an object, are the
 * typed error naming them, and a getter or Proxy is read once.
 */
function readRule(rule: unknown): NamingRule {
  // A rule frozen all the way down (every bundled one) cannot change: it is read once.
  const known = typeof rule === 'object' && rule !== null ? readRules.get(rule) : undefined;
  if (known) return known;
  const copy = readRuleOnce(rule);
  if (readArgument(() => frozenRule(rule), 'rule')) readRules.set(rule as object, copy);
  return copy;
}
const readRules = new WeakMap<object, NamingRule>();

function frozenRule(rule: unknown): boolean {
  const r = rule as NamingRule;
  if (!Object.isFrozen(r) || !Object.isFrozen(r.parts)) return false;
  for (const part of r.parts)
    if (!Object.isFrozen(part) || ('label' in part && !Object.isFrozen(part.label))) return false;
  return true;
}

function readRuleOnce(rule: unknown): NamingRule {
  return readArgument(() => {
    const r = rule as Partial<NamingRule> | null;
    const parts = r !== null && typeof r === 'object' && Array.isArray(r.parts) ? r.parts.slice(0, 100) : null;
    if (parts === null) throw new InvalidArgumentError('rule', 'a NamingRule', rule);
    const copy = parts.map((part, i): NamePart => {
      const p = part as { literal?: unknown; field?: unknown; label?: Bilingual } | null;
      if (p !== null && typeof p === 'object' && typeof p.literal === 'string') return { literal: p.literal };
      if (p !== null && typeof p === 'object' && typeof p.field === 'string')
        return { field: p.field, label: { zh: String(p.label?.zh ?? p.field), en: String(p.label?.en ?? p.field) } };
      throw new InvalidArgumentError(`rule.parts[${i}]`, 'a { literal } or { field } part', part);
    });
    return {
      pattern: String(r?.pattern ?? ''),
      parts: copy,
      clause: String(r?.clause ?? ''),
      extraElementsAllowed: r?.extraElementsAllowed === true,
    };
  }, 'rule');
}

function readValues(rule: NamingRule, values: unknown): Values {
  if (values === undefined) return {};
  if (values === null || typeof values !== 'object') throw new InvalidArgumentError('values', 'an object', values);
  const out: Record<string, string | undefined> = {};
  // Stryker disable next-line StringLiteral: set before any read that can throw
  let field = '';
  // One guard around the reads rather than one closure per field: this runs in every check.
  try {
    for (const part of rule.parts)
      if ('field' in part) {
        field = part.field;
        out[field] = fieldValue(values as Values, field);
      }
  } catch (e) {
    // A read that throws (a Proxy, a getter) is the typed error naming its field, as readArgument makes it.
    return readArgument(() => {
      throw e;
    }, `values.${field}`);
  }
  return out;
}

/**
 * The name the rule gives for these values; `null` while a field is missing or blank.
 * @throws InvalidArgumentError for a rule that is not a NamingRule, or values that are not an object.
 */
export function generateName(rule: NamingRule, values: Values): string | null {
  const r = readRule(rule);
  return generatedName(r, readValues(r, values));
}

function generatedName(rule: NamingRule, values: Values): string | null {
  let name = '';
  for (const part of rule.parts) {
    if ('literal' in part) name += part.literal;
    else {
      const v = fieldValue(values, part.field);
      if (!v) return null;
      name += v;
    }
  }
  return name;
}

/** `name === generatedName(rule, values)`, part by part in place. */
function isGenerated(rule: NamingRule, name: string, values: Values): boolean {
  let pos = 0;
  for (const part of rule.parts) {
    let text: string | undefined;
    if ('literal' in part) text = part.literal;
    else {
      text = fieldValue(values, part.field);
      // A field without a value gives no name.
      if (!text) return false;
    }
    if (!name.startsWith(text, pos)) return false;
    pos += text.length;
  }
  return pos === name.length;
}

/**
 * Whether `name` has the rule's shape: its literals in order, each field at least one
 * character. Literals are placed at their earliest possible position with `indexOf` (a
 * field or an allowed extra element matches anything, so an earlier literal never leaves
 * less room for the parts after it): linear in the name's length, whatever the name holds.
 */
function hasStructure(rule: NamingRule, name: string): boolean {
  const extras = rule.extraElementsAllowed;
  // In an exact rule, literals with no field between them are one literal.
  const parts: (string | null)[] = [];
  for (const part of rule.parts) {
    const last = parts.length - 1;
    if (!('literal' in part)) parts.push(null);
    else if (!extras && last >= 0 && parts[last] !== null) parts[last] += part.literal;
    else parts.push(part.literal);
  }
  let pos = 0;
  let fieldsBefore = 0;
  for (let i = 0; i < parts.length; i++) {
    const literal = parts[i];
    if (literal === null || literal === undefined) {
      fieldsBefore++;
      continue;
    }
    const earliest = pos + fieldsBefore;
    let at: number;
    if (i === 0 && !extras) {
      // The first part of an exact rule starts the name ...
      at = 0;
      if (!name.startsWith(literal)) return false;
    } else if (i === parts.length - 1 && !extras) {
      // ... and the last ends it.
      at = name.length - literal.length;
      if (at < earliest || !name.endsWith(literal)) return false;
    } else {
      at = name.indexOf(literal, earliest);
      if (at < 0) return false;
    }
    pos = at + literal.length;
    fieldsBefore = 0;
  }
  return fieldsBefore === 0 && !extras ? name.length === pos : name.length >= pos + fieldsBefore;
}

/** Whether `pieces` occur in `name` in this order, not overlapping. Linear, like hasStructure. */
function containsInOrder(name: string, pieces: readonly string[]): boolean {
  let pos = 0;
  for (const piece of pieces) {
    const at = name.indexOf(piece, pos);
    if (at < 0) return false;
    pos = at + piece.length;
  }
  return true;
}

/**
 * Checks a name against the rule: exactly (or, where extra elements are allowed, with the
 * parts in order) when the field values are given; by its structure alone otherwise.
 * Surrounding whitespace of the name is not part of it, as for the field values.
 * @throws InvalidArgumentError for a name that is not a string, a rule that is not a
 * NamingRule, or values that are not an object.
 */
export function validateName(rule: NamingRule, rawName: string, values: Values = {}): NameCheck {
  if (typeof rawName !== 'string') throw new InvalidArgumentError('name', 'a string', rawName);
  const r = readRule(rule);
  return checkName(r, rawName.trim(), readValues(r, values));
}

function checkName(rule: NamingRule, name: string, values: Values): NameCheck {
  // The common answer, the name the rule gives, found without building that name.
  if (isGenerated(rule, name, values)) return { valid: true, expected: name };
  const generated = generatedName(rule, values);
  if (!hasStructure(rule, name))
    return { valid: false, reason: 'structure', ...(generated ? { expected: generated } : {}) };
  const missingFields = rule.parts.flatMap((p) => ('field' in p && !fieldValue(values, p.field) ? [p.field] : []));
  if (missingFields.length > 0) return { valid: false, reason: 'missing_values', missingFields };
  const expected = generated as string;
  if (rule.extraElementsAllowed) {
    const pieces = rule.parts.map((p) => ('literal' in p ? p.literal : (fieldValue(values, p.field) as string)));
    if (containsInOrder(name, pieces)) return { valid: true, expected };
  }
  return { valid: false, reason: 'mismatch', expected };
}
