// The invented measures beside the national guideline: every threshold of each, by
// parameter id (the example reuses the guideline's ids where the meaning is the same), with
// the words it comes from. Public API only.
//
// From the command, the library's own comparison (one row per requirement; the invented
// measures' cells read from their parameters where the id is the guideline's, their dates
// and repeal from the definition; a versioned policy in its latest version):
//   npx chuangye compare national --policy-module examples/custom-policy/policy.mjs --format md
// This script shows every parameter of both versions, the ones no row reads among them:
//   npm run build && node examples/custom-policy/compare.mjs [--en]
import { argv } from 'node:process';
import { pathToFileURL } from 'node:url';
import { getPolicy } from 'chuangye-rules';
import { measures2025, measures2027 } from './policy.mjs';

/** A parameter's value as a reader sees it: '3 名', '80 平方米', or its options' labels. */
function shown(p, lang) {
  if (p === undefined) return '—';
  const value = Array.isArray(p.value)
    ? p.value.map((o) => o.label?.[lang] ?? o.id).join(lang === 'zh' ? '、' : ', ')
    : String(p.value);
  const unit = p.unit?.[lang] ?? '';
  return `${value}${unit && lang === 'en' ? ' ' : ''}${unit} (${p.clause}: “${p.quote}”)`;
}

/**
 * The rows of the comparison: each parameter id of either text, the guideline's value, the
 * 2025 measures' and the 2027 revision's, and whether they differ. Shared ids come first.
 */
export function compareWithGuideline(lang = 'zh') {
  const columns = [getPolicy('national'), measures2025, measures2027];
  const ids = [...new Set(columns.flatMap((p) => p.parameters.map((q) => q.id)))];
  const shared = (id) => columns.every((p) => p.parameters.some((q) => q.id === id));
  const rows = [...ids.filter(shared), ...ids.filter((id) => !shared(id))].map((id) => {
    const cells = columns.map((p) => p.parameters.find((q) => q.id === id));
    const label = cells.find(Boolean)?.label[lang] ?? id;
    const values = cells.map((c) => (c === undefined ? undefined : JSON.stringify(c.value)));
    return { id, label, cells: cells.map((c) => shown(c, lang)), differs: new Set(values).size > 1 };
  });
  const head = [
    lang === 'zh' ? '参数' : 'Parameter',
    lang === 'zh' ? '国家技术指引' : 'National guideline',
    measures2025.docNumber,
    measures2027.docNumber,
  ];
  const table = [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.differs ? '**' : ''}${r.label}${r.differs ? '**' : ''} | ${r.cells.join(' | ')} |`),
  ];
  return { rows, table: table.join('\n') };
}

if (argv[1] && import.meta.url === pathToFileURL(argv[1]).href) {
  const lang = argv.includes('--en') ? 'en' : 'zh';
  console.log(
    lang === 'zh'
      ? '示例市认定办法（示例，虚构）与国家技术指引的参数对照（加粗：不同）\n'
      : 'The invented Example City measures beside the national guideline (bold: differs)\n',
  );
  console.log(compareWithGuideline(lang).table);
}
