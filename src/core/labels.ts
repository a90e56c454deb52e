// Field labels: one table per subject naming each input field in words, so the form (JSON
// Schema titles and descriptions), the schema's enum labels and the report's "supply …"
// lines say the same thing. Keys are dotted paths with `[]` for any list element
// ('staff[].experienceSince'); a list's own key names one element ('staff[]': 工作人员).
import type { Bilingual, Lang } from './types.js';

export interface FieldLabel extends Bilingual {
  /** A sentence for a form's help text. */
  description?: Bilingual;
  /** Labels of an enum's values, by value. */
  values?: Readonly<Record<string, Bilingual>>;
}

export interface FieldLabels {
  /** The path of the subject's own name in the input ('name'): the report's header names it. */
  subjectName?: string;
  /** The path of the applicant body's name ('carrier.name'): the header names it too. */
  applicant?: string;
  /** For a list of people: the field that names one ('staff[]' → 'name'). */
  personName?: Readonly<Record<string, string>>;
  fields: Readonly<Record<string, FieldLabel>>;
}

/** A part of a dotted path that is a list index: up to 9 digits (longer is a key). */
const isIndex = (part: string) => part.length > 0 && part.length < 10 && /^\d+$/u.test(part);

/** 'staff.2.name' or ['staff', 2, 'name'] → 'staff[].name'. */
export function pathPattern(path: string | readonly (string | number)[]): string {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  let out = '';
  for (const p of parts) {
    if (isIndex(p)) out += '[]';
    else out += out === '' ? p : `.${p}`;
  }
  return out;
}

function readPlain(value: unknown, key: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  try {
    const d = Object.getOwnPropertyDescriptor(value, key);
    return d && 'value' in d ? d.value : undefined;
  } catch {
    // A Proxy that throws: the report goes without the name.
    return undefined;
  }
}

/**
 * The words for an input path: '工作人员 陈晨（第2名）· 从业起始日期' for
 * 'staff.1.experienceSince' when the input names the person; undefined where the table
 * has no label for the field. Reads the input through own data properties only.
 */
export function labelOfPath(table: FieldLabels, path: string, input?: unknown): Bilingual | undefined {
  const parts = path.split('.');
  const zh: string[] = [];
  const en: string[] = [];
  let pattern = '';
  let value: unknown = input;
  let found = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    const index = isIndex(p) ? Number(p) : undefined;
    value = readPlain(value, index ?? p);
    if (index !== undefined) {
      pattern += '[]';
      const label = table.fields[pattern];
      const nameField = table.personName?.[pattern];
      const name = nameField === undefined ? undefined : readPlain(value, nameField);
      const who = typeof name === 'string' && name.trim() !== '' ? `${name.trim().slice(0, 40)}` : '';
      // The entry replaces its list's words: its own label, else the list's ('类型（第1项）').
      const list = { zh: zh.pop() ?? '', en: en.pop() ?? 'item' };
      const base = label ?? list;
      // 名 counts people (a list whose entries are named), 项 anything else.
      const unit = nameField === undefined ? '项' : '名';
      zh.push(`${base.zh}${who ? ` ${who}` : ''}（第${index + 1}${unit}）`);
      en.push(`${base.en}${who ? ` ${who}` : ''} (no. ${index + 1})`);
      continue;
    }
    pattern += pattern === '' ? p : `.${p}`;
    const label = table.fields[pattern];
    if (label) found = true;
    zh.push(label?.zh ?? p);
    en.push(label?.en ?? p);
  }
  // A key the table does not know (an unknown key) keeps its own name under its labelled parent.
  if (!found) return undefined;
  return { zh: zh.join(' · '), en: en.join(' · ') };
}

/** A label for each path the table knows, keyed by the path as given. */
export function labelsOfPaths(
  table: FieldLabels | undefined,
  paths: Iterable<string>,
  input?: unknown,
): Record<string, Bilingual> {
  const out: Record<string, Bilingual> = {};
  if (!table) return out;
  for (const path of paths) {
    if (Object.hasOwn(out, path)) continue;
    const label = labelOfPath(table, path, input);
    if (label) Object.defineProperty(out, path, { value: label, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// A path's parts, split once: a name is read on every check. The paths are the policies' own.
const pathParts = new Map<string, readonly string[]>();
function partsOf(path: string): readonly string[] {
  let parts = pathParts.get(path);
  if (parts === undefined) {
    parts = path.split('.');
    pathParts.set(path, parts);
  }
  return parts;
}

/** The subject's name from the input (the studio's, the expert's), or undefined. */
export function subjectNameOf(
  table: FieldLabels | undefined,
  input: unknown,
  which: 'subjectName' | 'applicant' = 'subjectName',
): string | undefined {
  const path = table?.[which];
  if (!path) return undefined;
  let value = input;
  for (const p of partsOf(path)) value = readPlain(value, p);
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : undefined;
}

type JsonSchema = { [key: string]: unknown };

/**
 * A JSON Schema (as zod's toJSONSchema gives it) with a `title` and `description` on every
 * field the table labels and every enum written as `oneOf` of `const` + `title`, in one
 * language: what a form generator (react-jsonschema-form, JSON Forms) shows.
 */
export function labelJsonSchema(schema: JsonSchema, table: FieldLabels, lang: Lang): JsonSchema {
  const walk = (node: unknown, pattern: string): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((n) => walk(n, pattern));
    const src = node as JsonSchema;
    const out: JsonSchema = {};
    for (const key of Object.keys(src)) {
      const v = src[key];
      if (key === 'properties' && v !== null && typeof v === 'object') {
        const props: JsonSchema = {};
        for (const name of Object.keys(v)) {
          const child = pattern === '' ? name : `${pattern}.${name}`;
          props[name] = walk((v as JsonSchema)[name], child);
        }
        out[key] = props;
      } else if (key === 'items') out[key] = walk(v, `${pattern}[]`);
      else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') out[key] = walk(v, pattern);
      else out[key] = v;
    }
    const label = table.fields[pattern];
    if (label && pattern !== '') {
      out.title = label[lang];
      // The path stays as a small note, so a developer can match the form to the JSON.
      out.description = `${label.description?.[lang] ?? label[lang]} (${pattern})`;
    }
    if (Array.isArray(out.enum)) {
      const owner = pattern.endsWith('[]') ? pattern.slice(0, -2) : pattern;
      const values = label?.values ?? table.fields[owner]?.values;
      const list = out.enum as unknown[];
      delete out.enum;
      out.oneOf = list.map((value) => ({
        const: value,
        title: values?.[String(value)]?.[lang] ?? String(value),
      }));
    }
    return out;
  };
  return walk(schema, '') as JsonSchema;
}
