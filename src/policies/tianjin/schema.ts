// Tianjin's studio application: the national shapes plus what Tianjin adds (floor area,
// use right, equipment, location, operating entity, specialty, application materials),
// and the year's record its evaluation reads.
import * as z from 'zod/mini';
import { decimalAmount, isoDate, nameText, titleText } from '../../core/fields.js';
import { carrierShape, studioShape, venueShape } from '../national/schema.js';

export const materialsShape = {
  /** 三（二）1: 《天津市创业指导师工作室申请表》. */
  applicationForm: z.optional(z.boolean()),
  /** 三（二）2: the application report and which of its five contents it covers. */
  applicationReport: z.optional(
    z.strictObject({
      teamIntroduction: z.optional(z.boolean()),
      servicePerformance: z.optional(z.boolean()),
      advantages: z.optional(z.boolean()),
      systemsAndPlans: z.optional(z.boolean()),
      conditionsAndFunding: z.optional(z.boolean()),
    }),
  ),
  /** 三（二）3: identity, education, résumé and awards of the lead person and members. */
  memberDocuments: z.optional(z.boolean()),
  /** 三（二）3: the carrier's business licence (or legal-person registration certificate). */
  businessLicence: z.optional(z.boolean()),
  /** 三（二）3: proof of use, lease or ownership of the premises. */
  premisesProof: z.optional(z.boolean()),
};

export const studioSchema = z.strictObject({
  ...studioShape,
  /** 专业领域, the last element of the studio's name. */
  specialty: z.optional(nameText),
  carrier: z.optional(
    z.strictObject({
      ...carrierShape,
      /** 二（一）4: "具有开展工作的实体，从事创业相关的业务活动". */
      operatingEntity: z.optional(z.boolean()),
    }),
  ),
  venue: z.optional(
    z.strictObject({
      ...venueShape,
      areaSqm: z.optional(decimalAmount),
      /** First day of the right to use the premises (lease start): read under venue.useRightReading 'term'. */
      useRightFrom: z.optional(isoDate),
      /** Last day the right to use the premises runs (lease end, or far future when owned). */
      useRightUntil: z.optional(isoDate),
      /** Or the declared remaining years of the use right. */
      useRightYears: z.optional(z.number().check(z.nonnegative())),
      /** "设施设备健全". */
      equipmentComplete: z.optional(z.boolean()),
      /** Declared: "场地地理位置交通便利". */
      convenientLocation: z.optional(z.boolean()),
    }),
  ),
  /** 二（四）1: "如实记录活动进展及工作成果，并向所在区人社行政部门报备". */
  reportsToDistrict: z.optional(z.boolean()),
  materials: z.optional(z.strictObject(materialsShape)),
});
export type TianjinStudioApplication = z.infer<typeof studioSchema>;

export const ACTIVITY_KINDS = [
  'policy_consultation',
  'training',
  'exchange_guidance',
  'four_into',
  'financing_matchmaking',
  'other',
] as const;
export const FOUR_INTO_PLACES = ['park', 'enterprise', 'campus', 'community'] as const;

const dated = { date: isoDate, title: z.optional(titleText) };

/** A studio's year: the dated records the evaluation counts, and the evaluators' findings. */
export const yearRecordSchema = z.strictObject({
  /** The studio's name, for the report. */
  studio: z.optional(nameText),
  /** The date the studio was recognised (认定); the evaluation needs a full year since. */
  recognizedOn: z.optional(isoDate),
  activities: z.optional(
    z
      .array(
        z.strictObject({
          ...dated,
          kind: z.enum(ACTIVITY_KINDS),
          /** For 'four_into': where it went (进园区、进企业、进校园、进社区). */
          place: z.optional(z.enum(FOUR_INTO_PLACES)),
        }),
      )
      .check(z.maxLength(10_000)),
  ),
  servedStartups: z.optional(
    z
      .array(
        z.strictObject({
          name: z.optional(nameText),
          /** 统一社会信用代码, where known: the same code is the same enterprise. */
          creditCode: z.optional(nameText),
          foundedOn: z.optional(isoDate),
          firstServedOn: z.optional(isoDate),
        }),
      )
      .check(z.maxLength(10_000)),
  ),
  incubatedProjects: z.optional(
    z.array(z.strictObject({ ...dated, name: z.optional(nameText) })).check(z.maxLength(10_000)),
  ),
  grownStartups: z.optional(
    z
      .array(
        z.strictObject({
          ...dated,
          name: z.optional(nameText),
          creditCode: z.optional(nameText),
          financingYuan: z.optional(decimalAmount),
          /** Growth the evaluators accept on other evidence ("如…" gives financing as one example). */
          recognizedAsGrowth: z.optional(z.boolean()),
        }),
      )
      .check(z.maxLength(10_000)),
  ),
  /** 四（一）1: "无违法违纪行为" — false when the evaluators found none. */
  violations: z.optional(z.boolean()),
  /** The evaluators' findings for assessed items: a fraction in [0, 1] per item id. */
  assessments: z.optional(z.record(z.string().check(z.maxLength(100)), z.number().check(z.nonnegative(), z.lte(1)))),
});
export type TianjinYearRecord = z.infer<typeof yearRecordSchema>;

export { decimalAmount };
