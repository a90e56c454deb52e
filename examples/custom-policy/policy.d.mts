// The types of policy.mjs, for TypeScript callers (the module is JavaScript so that the
// command loads it as it is).
import type { Policy } from 'chuangye-rules';

/** The source texts of the two versions, by year. */
export declare const SOURCES: Readonly<Record<2025 | 2027, URL>>;
/** The 2025 measures (示人社规〔2025〕1号). */
export declare const measures2025: Policy;
/** The 2027 revision (示人社规〔2027〕1号), which repeals the 2025 measures. */
export declare const measures2027: Policy;
/** Both versions: a check takes the one in force on its as-of date. */
export declare const policy: Policy;
export default policy;
