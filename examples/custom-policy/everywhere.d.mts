// The types of everywhere.mjs.
import type { compare } from 'chuangye-rules';

/** The studio profile of this example. */
export declare const PROFILE: URL;
/** The profile checked under the guideline and the invented measures (the version in force on `asOf`). */
export declare function checkWithGuideline(asOf: string): compare.EverywhereResult;
