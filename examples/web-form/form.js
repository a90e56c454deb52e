// A form generated from the guideline's JSON Schema, checked as the user types. The whole
// application is built from the form on every change; a field left empty is a missing
// fact (unknown), never a "no".
import { check, studioSchema } from 'chuangye-rules/national';
import { toJSONSchema } from 'zod/mini';

const schema = toJSONSchema(studioSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
const form = document.getElementById('form');

/** A field's label: the schema's title where it has one, else its key. */
const titleOf = (node, key) => node.title ?? key;

/**
 * Builds the inputs for `node` under `parent`, each control named by its path in the
 * application ('leads[0].name'); returns a function reading the value back (undefined
 * when empty).
 */
function build(node, key, parent, path = key) {
  const type = node.anyOf ? node.anyOf.find((n) => n.type !== 'null')?.type : node.type;
  if (node.enum) {
    const select = labelled(parent, key, path, node, document.createElement('select'));
    select.append(new Option('—', ''), ...node.enum.map((v) => new Option(v, v)));
    return () => select.value || undefined;
  }
  if (type === 'boolean') {
    const select = labelled(parent, key, path, node, document.createElement('select'));
    select.append(new Option('—', ''), new Option('是 / yes', 'true'), new Option('否 / no', 'false'));
    return () => (select.value === '' ? undefined : select.value === 'true');
  }
  if (type === 'number' || type === 'integer') {
    const input = labelled(parent, key, path, node, Object.assign(document.createElement('input'), { type: 'number' }));
    return () => (input.value === '' ? undefined : Number(input.value));
  }
  if (type === 'string') {
    const date = node.format === 'date';
    const input = labelled(
      parent,
      key,
      path,
      node,
      Object.assign(document.createElement('input'), { type: date ? 'date' : 'text' }),
    );
    return () => input.value.trim() || undefined;
  }
  if (type === 'object') {
    const set = document.createElement('fieldset');
    set.append(Object.assign(document.createElement('legend'), { textContent: titleOf(node, key) }));
    parent.append(set);
    const readers = Object.entries(node.properties ?? {}).map(([k, n]) => [
      k,
      build(n, k, set, path ? `${path}.${k}` : k),
    ]);
    return () => {
      const out = {};
      for (const [k, read] of readers) {
        const v = read();
        if (v !== undefined) out[k] = v;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    };
  }
  if (type === 'array' && node.items?.enum) {
    const set = document.createElement('fieldset');
    set.append(Object.assign(document.createElement('legend'), { textContent: titleOf(node, key) }));
    const boxes = node.items.enum.map((v) => {
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: v });
      const label = document.createElement('label');
      label.append(box, ` ${v}`);
      set.append(label);
      return box;
    });
    parent.append(set);
    // A form cannot tell "none of these" from "not answered yet": nothing ticked is sent as
    // not answered (unknown), so a fresh form is incomplete, not ineligible.
    return () => {
      const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
      return ticked.length > 0 ? ticked : undefined;
    };
  }
  if (type === 'array') {
    const set = document.createElement('fieldset');
    set.append(Object.assign(document.createElement('legend'), { textContent: titleOf(node, key) }));
    const items = [];
    const add = Object.assign(document.createElement('button'), { type: 'button', textContent: '+ 添加 / add' });
    add.addEventListener('click', () => {
      const box = Object.assign(document.createElement('div'), { className: 'item' });
      set.insertBefore(box, add);
      items.push(build(node.items ?? {}, `${key}[${items.length}]`, box, `${path}[${items.length}]`));
      update();
    });
    set.append(add);
    parent.append(set);
    // As for ticked boxes: no entry added yet is not answered, not "none".
    return () => (items.length > 0 ? items.map((read) => read() ?? {}) : undefined);
  }
  return () => undefined;
}

function labelled(parent, key, path, node, control) {
  const label = document.createElement('label');
  label.append(`${titleOf(node, key)} `, control);
  control.name = path;
  parent.append(label);
  return control;
}

const read = build(schema, 'application', form, '');

function list(id, entries) {
  const ul = document.getElementById(id);
  ul.replaceChildren(
    ...entries.map(([cls, text]) => Object.assign(document.createElement('li'), { className: cls, textContent: text })),
  );
}

function update() {
  const report = check('studio', read() ?? {});
  document.getElementById('verdict').textContent = `${report.verdict} · ${report.asOf}`;
  list(
    'results',
    report.results.map((r) => [r.status, `[${r.clauses.join('、')}] ${r.message.zh}`]),
  );
  list(
    'problems',
    report.problems.map((p) => ['fail', `${p.path.join('.')}: ${p.message.zh}`]),
  );
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();
