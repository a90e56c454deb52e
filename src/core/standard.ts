// The shape of a scoring standard, apart from the grading (core/grading.ts) so that a
// definition's standard is checked without decimal.js in the bundle.
import * as z from 'zod/mini';

const decimal = z.union([z.number().check(z.nonnegative()), z.string().check(z.regex(/^\d{1,12}(\.\d{1,8})?$/u))]);
const bilingual = z.strictObject({ zh: z.string(), en: z.string() });

/** A scoring standard; the shape a caller passes to replace the default. */
export const standardSchema = z.strictObject({
  id: z.string(),
  label: bilingual,
  note: z.optional(z.string()),
  areas: z
    .array(
      z.strictObject({
        id: z.string(),
        label: bilingual,
        clause: z.string(),
        items: z
          .array(
            z.strictObject({
              id: z.string(),
              label: bilingual,
              points: decimal,
              /** 'assessed': the evaluators' fraction in [0, 1]; otherwise the count key and its target. */
              measure: z.union([
                z.strictObject({ kind: z.literal('assessed') }),
                z.strictObject({ kind: z.literal('count'), count: z.string(), target: z.int().check(z.positive()) }),
              ]),
            }),
          )
          .check(z.maxLength(100)),
      }),
    )
    .check(z.maxLength(20)),
  /**
   * The gates this standard applies (rule ids of the policy's hard minimums and vetoes):
   * a failing one makes the year 不合格 whatever the score. Omitted: the default's gates;
   * `[]`: none.
   */
  gates: z.optional(z.array(z.string()).check(z.maxLength(50))),
  /** A standard that grades only pass or fail omits `excellent` and `good`. */
  cutoffs: z.strictObject({ excellent: z.optional(decimal), good: z.optional(decimal), pass: decimal }),
});
export type EvaluationStandard = z.infer<typeof standardSchema>;
