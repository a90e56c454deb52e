// A form generated from the guideline's labelled JSON Schema, checked as the applicant
// types. Every word comes from one subpath: the schema's titles and enum labels (in both
// languages) and the report with words for every field it names; zod (the package's one
// dependency) turns its schema into JSON Schema. The whole application is
// built from the form on every change; a field left empty is a missing fact (unknown),
// never a "no".
import { check, labelStudioJsonSchema, studioSchema } from 'chuangye-rules/national';
import { toJSONSchema } from 'zod/mini';

const raw = toJSONSchema(studioSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
const SCHEMA = { zh: labelStudioJsonSchema(raw, 'zh'), en: labelStudioJsonSchema(raw, 'en') };

// The page's own words; the form's and the report's come from the package.
const UI = {
  zh: {
    yes: '是',
    no: '否',
    choose: '请选择',
    add: (what) => `+ 添加${what}`,
    entry: (what, n) => `${what} ${n}`,
    verdict: {
      eligible: '符合条件',
      ineligible: '不符合条件',
      incomplete: '材料不全，待补充',
      invalid: '填写有误',
    },
    asOf: '检查日期',
    status: { pass: '通过', fail: '不符合', unknown: '待补充', not_applicable: '不适用', advice: '建议' },
    problems: '填写问题',
    input: '申报信息',
    switchTo: 'English',
    heading: '创业指导师工作室申报自查',
  },
  en: {
    yes: 'Yes',
    no: 'No',
    choose: 'Choose',
    add: (what) => `+ Add ${what}`,
    entry: (what, n) => `${what} ${n}`,
    verdict: {
      eligible: 'Eligible',
      ineligible: 'Ineligible',
      incomplete: 'Incomplete: data to supply',
      invalid: 'Invalid input',
    },
    asOf: 'As of',
    status: { pass: 'pass', fail: 'fail', unknown: 'to supply', not_applicable: 'n/a', advice: 'advice' },
    problems: 'Problems in the form',
    input: 'Application',
    switchTo: '中文',
    heading: 'Studio application self-check',
  },
};

let lang = 'zh';
/** Nodes whose words follow the language switch, with their words in each language. */
const texts = [];
function say(node, words) {
  texts.push([node, words]);
  node.textContent = words[lang];
  return node;
}
const el = (tag, props = {}) => Object.assign(document.createElement(tag), props);
/** The same words in both languages from a function of the language. */
const both = (f) => ({ zh: f('zh'), en: f('en') });

/** The schema's help text without its trailing "(path)" note, when it says more than the title. */
function helpOf(node, pattern) {
  const text = typeof node.description === 'string' ? node.description : '';
  const note = ` (${pattern})`;
  const help = text.endsWith(note) ? text.slice(0, -note.length) : text;
  return help !== '' && help !== node.title ? help : '';
}

/** A labelled control: title above, help text (if any) below, in both languages. */
function labelled(parent, nodes, pattern, control, path) {
  const label = el('label');
  label.append(
    say(
      el('span', { className: 'title' }),
      both((l) => nodes[l].title ?? ''),
    ),
  );
  label.append(control);
  const help = both((l) => helpOf(nodes[l], pattern));
  if (help.zh !== '' || help.en !== '') label.append(say(el('small'), help));
  control.name = path;
  parent.append(label);
  return control;
}

/** A select of `[value, words]` options with an empty first choice (not answered). */
function select(options) {
  const s = el('select');
  s.append(
    say(
      el('option', { value: '' }),
      both((l) => `— ${UI[l].choose} —`),
    ),
  );
  for (const [value, words] of options) s.append(say(el('option', { value }), words));
  return s;
}

const typeOf = (node) => (node.anyOf ? node.anyOf.find((n) => n.type !== 'null')?.type : node.type);

/**
 * Builds the inputs for a schema node (its two labelled versions, `nodes.zh` and
 * `nodes.en`, of the same shape) under `parent`; each control is named by its path in the
 * application ('leads[0].name'). Returns a function reading the value back (undefined when
 * empty).
 */
function build(nodes, parent, path, pattern) {
  const node = nodes.zh;
  const type = typeOf(node);
  if (Array.isArray(node.oneOf)) {
    const control = select(node.oneOf.map((o, i) => [o.const, both((l) => nodes[l].oneOf[i].title)]));
    labelled(parent, nodes, pattern, control, path);
    return () => control.value || undefined;
  }
  if (type === 'boolean') {
    const control = select([
      ['true', both((l) => UI[l].yes)],
      ['false', both((l) => UI[l].no)],
    ]);
    labelled(parent, nodes, pattern, control, path);
    return () => (control.value === '' ? undefined : control.value === 'true');
  }
  if (type === 'number' || type === 'integer') {
    const input = labelled(parent, nodes, pattern, el('input', { type: 'number', min: '0' }), path);
    return () => (input.value === '' ? undefined : Number(input.value));
  }
  if (type === 'string') {
    const input = el('input', { type: node.format === 'date' ? 'date' : 'text' });
    labelled(parent, nodes, pattern, input, path);
    return () => input.value.trim() || undefined;
  }
  if (type === 'object') {
    // A titled object is a fieldset; the root and a list entry (framed by their own) are not.
    const set = el(node.title ? 'fieldset' : 'div');
    if (node.title)
      set.append(
        say(
          el('legend'),
          both((l) => nodes[l].title),
        ),
      );
    parent.append(set);
    const readers = Object.keys(node.properties ?? {}).map((k) => [
      k,
      build(
        both((l) => nodes[l].properties[k]),
        set,
        path ? `${path}.${k}` : k,
        pattern ? `${pattern}.${k}` : k,
      ),
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
  if (type === 'array' && Array.isArray(node.items?.oneOf)) {
    const set = el('fieldset');
    set.append(
      say(
        el('legend'),
        both((l) => nodes[l].title ?? ''),
      ),
    );
    const boxes = node.items.oneOf.map((o, i) => {
      const box = el('input', { type: 'checkbox', value: o.const, name: path });
      const label = el('label', { className: 'check' });
      label.append(
        box,
        say(
          el('span'),
          both((l) => nodes[l].items.oneOf[i].title),
        ),
      );
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
    const set = el('fieldset');
    const what = both((l) => nodes[l].items?.title ?? nodes[l].title ?? '');
    set.append(
      say(
        el('legend'),
        both((l) => nodes[l].title ?? ''),
      ),
    );
    const items = [];
    const add = say(
      el('button', { type: 'button' }),
      both((l) => UI[l].add(what[l])),
    );
    add.addEventListener('click', () => {
      const n = items.length;
      const box = el('fieldset', { className: 'item' });
      box.append(
        say(
          el('legend'),
          both((l) => UI[l].entry(what[l], n + 1)),
        ),
      );
      set.insertBefore(box, add);
      // The entry's own object has no legend of its own: the entry's legend names it.
      const entry = both((l) => ({ ...nodes[l].items, title: undefined }));
      items.push(build(entry, box, `${path}[${n}]`, `${pattern}[]`));
      update();
    });
    set.append(add);
    parent.append(set);
    // As for ticked boxes: no entry added yet is not answered, not "none".
    return () => (items.length > 0 ? items.map((read) => read() ?? {}) : undefined);
  }
  return () => undefined;
}

const form = document.getElementById('form');
const read = build(SCHEMA, form, '', '');

/** A path's words from the report ('领办人 张明（第1名） · 从事创业指导服务起始日期'). */
const wordsOf = (report, path) => (Object.hasOwn(report.fields ?? {}, path) ? report.fields[path][lang] : null);

/** Every enum code of the schema with its words in each language, longest code first. */
function codesOf(nodes, out = []) {
  const { zh, en } = nodes;
  if (zh === null || typeof zh !== 'object') return out;
  if (Array.isArray(zh.oneOf))
    for (const [i, o] of zh.oneOf.entries()) out.push([o.const, { zh: o.title, en: en.oneOf[i].title }]);
  for (const k of Object.keys(zh.properties ?? {})) codesOf({ zh: zh.properties[k], en: en.properties[k] }, out);
  if (zh.items) codesOf({ zh: zh.items, en: en.items }, out);
  return out.sort((a, b) => b[0].length - a[0].length);
}
const CODES = codesOf(SCHEMA);

/**
 * A message with each path it names replaced by the report's words for it, and any enum
 * code a rule's message quotes ('other不在文本所列类型中') by its label: exact text, no
 * pattern. In English only codes with an underscore are replaced: 'other' reads as a word
 * there, and is one inside others ('another').
 */
function labelledMessage(report, message, paths) {
  let out = message;
  for (const p of paths) {
    const words = wordsOf(report, p);
    if (words !== null && p !== '') out = out.split(p).join(words);
  }
  for (const [code, words] of CODES) if (lang === 'zh' || code.includes('_')) out = out.split(code).join(words[lang]);
  return out;
}

function list(id, entries) {
  document
    .getElementById(id)
    .replaceChildren(...entries.map(([cls, text]) => el('li', { className: cls, textContent: text })));
}

function update() {
  const report = check('studio', read() ?? {});
  const ui = UI[lang];
  document.getElementById('document').textContent = report.document?.title[lang] ?? '';
  document.getElementById('guidance').textContent = report.guidance?.[lang] ?? '';
  const verdict = document.getElementById('verdict');
  verdict.textContent = ui.verdict[report.verdict] ?? '';
  verdict.className = report.verdict;
  document.getElementById('as-of').textContent = `${ui.asOf}: ${report.asOf}`;
  list(
    'results',
    report.results.map((r) => {
      const advice = r.severity === 'advice' && r.status !== 'pass' && r.status !== 'not_applicable';
      const status = advice ? ui.status.advice : ui.status[r.status];
      const paths = Array.isArray(r.missing) ? r.missing : [];
      const cite = r.clauses.join(lang === 'zh' ? '、' : ', ');
      return [advice ? 'advice' : r.status, `${status} [${cite}] ${labelledMessage(report, r.message[lang], paths)}`];
    }),
  );
  const problemsTitle = document.getElementById('problems-title');
  problemsTitle.textContent = ui.problems;
  problemsTitle.hidden = report.problems.length === 0;
  list(
    'problems',
    report.problems.map((p) => {
      const words = wordsOf(report, p.path.join('.'));
      return [p.severity === 'error' ? 'fail' : 'unknown', words ? `${words}：${p.message[lang]}` : p.message[lang]];
    }),
  );
}

/** The language switch: the form's words and the report follow it; the answers stay. */
const toggle = document.getElementById('lang');
function setLang(next) {
  lang = next;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  form.setAttribute('aria-label', UI[lang].input);
  toggle.textContent = UI[lang].switchTo;
  document.getElementById('heading').textContent = UI[lang].heading;
  for (const [node, words] of texts) node.textContent = words[lang];
  update();
}
toggle.addEventListener('click', () => setLang(lang === 'zh' ? 'en' : 'zh'));

form.addEventListener('input', update);
form.addEventListener('change', update);
setLang('zh');
