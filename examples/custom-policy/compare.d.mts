// The types of compare.mjs.
/** One row: a parameter id, its label, the three columns' cells, and whether they differ. */
export interface ComparisonRow {
  id: string;
  label: string;
  cells: string[];
  differs: boolean;
}
/** Every threshold of the guideline and both versions of the invented measures, as rows and a Markdown table. */
export declare function compareWithGuideline(lang?: 'zh' | 'en'): { rows: ComparisonRow[]; table: string };
