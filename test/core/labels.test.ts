// Field labels (core/labels.ts) on a small table, exactly: the words for a path, the person
// a list entry names, the subject's name, and the JSON Schema a form generator reads.
import { describe, expect, it } from 'vitest';
import {
  type FieldLabels,
  labelJsonSchema,
  labelOfPath,
  labelsOfPaths,
  pathPattern,
  subjectNameOf,
} from '../../src/core/labels.js';

const table: FieldLabels = {
  subjectName: 'name',
  applicant: 'carrier.name',
  personName: { 'staff[]': 'name' },
  fields: {
    name: { zh: '名称', en: 'name' },
    carrier: { zh: '载体', en: 'host' },
    'carrier.name': { zh: '载体名称', en: 'host name' },
    'staff[]': { zh: '工作人员', en: 'staff member' },
    'staff[].since': { zh: '起始日期', en: 'since', description: { zh: '从业起始日期', en: 'in the work since' } },
    kind: { zh: '类型', en: 'kind', values: { a: { zh: '甲类', en: 'kind A' } } },
    tags: { zh: '标签', en: 'tags', values: { x: { zh: '标签X', en: 'tag X' } } },
  },
};

describe('pathPattern', () => {
  it('an index of up to 9 digits is any entry; 10 digits, or an empty part, are keys', () => {
    expect(pathPattern('staff.123456789.since')).toBe('staff[].since');
    expect(pathPattern('staff.1234567890')).toBe('staff.1234567890');
    expect(pathPattern('a..b')).toBe('a..b');
    expect(pathPattern(['staff', 0])).toBe('staff[]');
    expect(pathPattern('0.a')).toBe('[].a');
    expect(pathPattern('a.1b.b1')).toBe('a.1b.b1');
  });
});

describe('labelOfPath', () => {
  const staff = { staff: [{ name: '  陈晨  ' }, { name: ' ' }, { name: '张'.repeat(50) }] };
  it('names the person of a list entry, trimmed, cut at 40 characters; without a name, by place', () => {
    expect(labelOfPath(table, 'staff.0.since', staff)).toEqual({
      zh: '工作人员 陈晨（第1名） · 起始日期',
      en: 'staff member 陈晨 (no. 1) · since',
    });
    expect(labelOfPath(table, 'staff.1.since', staff)?.zh).toBe('工作人员（第2名） · 起始日期');
    expect(labelOfPath(table, 'staff.2.since', staff)?.zh).toBe(`工作人员 ${'张'.repeat(40)}（第3名） · 起始日期`);
    expect(labelOfPath(table, 'staff.0.since')?.en).toBe('staff member (no. 1) · since');
    // A part of 10 digits is a key, not an index: no label for it.
    expect(labelOfPath(table, 'staff.1234567890.since')).toBeUndefined();
    expect(labelOfPath(table, 'staff.123456789.since')?.zh).toBe('工作人员（第123456790名） · 起始日期');
  });
  it('an entry the table does not label takes its list’s words, counted as an item (项), not a person (名)', () => {
    expect(labelOfPath(table, 'kind.0', {})).toEqual({ zh: '类型（第1项）', en: 'kind (no. 1)' });
    expect(labelOfPath(table, 'tags.1.x', {})).toEqual({ zh: '标签（第2项） · x', en: 'tags (no. 2) · x' });
  });
  it('an unknown key keeps its own name under a labelled parent; a path with no label at all has none', () => {
    expect(labelOfPath(table, 'carrier.extra')).toEqual({ zh: '载体 · extra', en: 'host · extra' });
    expect(labelOfPath(table, 'other.extra')).toBeUndefined();
  });
  it('reads names from own data properties only: never a getter, never through a Proxy that throws', () => {
    const getter = { staff: [Object.defineProperty({}, 'name', { get: () => '李四', enumerable: true })] };
    expect(labelOfPath(table, 'staff.0.since', getter)?.zh).toBe('工作人员（第1名） · 起始日期');
    const trap = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('no');
        },
      },
    );
    expect(labelOfPath(table, 'staff.0.since', { staff: [trap] })?.zh).toBe('工作人员（第1名） · 起始日期');
    expect(labelOfPath(table, 'staff.0.since', { staff: [{ name: 7 }] })?.zh).toBe('工作人员（第1名） · 起始日期');
  });
});

describe('labelsOfPaths', () => {
  it('one label per labelled path, keyed as given, including a key such as __proto__', () => {
    const out = labelsOfPaths(table, ['name', 'name', 'nope', 'carrier.__proto__']);
    expect(Object.keys(out)).toEqual(['name', 'carrier.__proto__']);
    expect(out.name).toEqual({ zh: '名称', en: 'name' });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(labelsOfPaths(undefined, ['name'])).toEqual({});
  });
});

describe('subjectNameOf', () => {
  it('the name at the table’s path, trimmed and cut at 200; nothing for a blank or a non-string', () => {
    expect(subjectNameOf(table, { name: ' 工作室 ' })).toBe('工作室');
    expect(subjectNameOf(table, { name: 'x'.repeat(201) })).toBe('x'.repeat(200));
    expect(subjectNameOf(table, { name: '  ' })).toBeUndefined();
    expect(subjectNameOf(table, { name: 1 })).toBeUndefined();
    expect(subjectNameOf(table, { carrier: { name: '园区' } }, 'applicant')).toBe('园区');
    expect(subjectNameOf({ fields: {} }, { name: 'x' })).toBeUndefined();
    expect(subjectNameOf(undefined, { name: 'x' })).toBeUndefined();
  });
});

describe('labelJsonSchema', () => {
  const schema = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      kind: { enum: ['a', 'b'] },
      tags: { type: 'array', items: { enum: ['x', 'y'] } },
      staff: {
        type: 'array',
        items: { type: 'object', properties: { since: { anyOf: [{ type: 'string' }, { type: 'null' }] } } },
      },
      other: { type: 'string' },
    },
    required: ['name'],
  };
  it('titles and describes each labelled field in one language, the path kept as a note', () => {
    const zh = labelJsonSchema(schema, table, 'zh') as { properties: Record<string, Record<string, unknown>> } & Record<
      string,
      unknown
    >;
    expect(zh.title).toBeUndefined();
    expect(zh.required).toEqual(['name']);
    expect(zh.properties.name).toEqual({ type: 'string', title: '名称', description: '名称 (name)' });
    expect(zh.properties.other).toEqual({ type: 'string' });
    const staff = zh.properties.staff as { items: { title?: unknown; properties: Record<string, unknown> } };
    const since = staff.items.properties.since;
    // Each alternative of an anyOf is the same field: it carries the same words.
    const words = { title: '起始日期', description: '从业起始日期 (staff[].since)' };
    expect(since).toEqual({
      anyOf: [
        { type: 'string', ...words },
        { type: 'null', ...words },
      ],
      ...words,
    });
    expect(staff.items.title).toBe('工作人员');
  });
  it('writes an enum as oneOf of const and title; a list’s entries take the list’s value labels', () => {
    const en = labelJsonSchema(schema, table, 'en') as { properties: Record<string, Record<string, unknown>> };
    expect(en.properties.kind).toEqual({
      title: 'kind',
      description: 'kind (kind)',
      oneOf: [
        { const: 'a', title: 'kind A' },
        { const: 'b', title: 'b' },
      ],
    });
    expect(en.properties.tags?.items).toEqual({
      oneOf: [
        { const: 'x', title: 'tag X' },
        { const: 'y', title: 'y' },
      ],
    });
  });
});
