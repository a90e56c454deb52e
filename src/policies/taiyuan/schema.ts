// An expert (or a candidate) as the Taiyuan measures see one: backgrounds for the
// categories of 第五条, the basic conditions of 第六条, the terms of appointment, dated
// records of the events 第十二条 names, and a dismissal with its steps. Every field is
// optional: a missing fact makes its rules `unknown`. There is deliberately no field for
// region, status (身份) or age: 第五条 says selection is not limited by them.
import * as z from 'zod/mini';
import { deepFreeze } from '../../core/freeze.js';
import { isoDate } from '../national/schema.js';
import { ACADEMIC_RANKS, TITLE_LEVELS } from './parameters.js';

const text = z.string().check(z.maxLength(500));
const years = z.number().check(z.nonnegative());
const count = z.int().check(z.nonnegative());

export const CATEGORY_IDS = deepFreeze([
  'entrepreneur',
  'manager_or_professional',
  'academic',
  'finance',
  'public_sector',
  'trainer',
  'carrier_manager',
  'contributor',
  'other',
] as const);
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** 第八条（一）–（六）: the kinds of service, for matching a request to an expert. */
export const SERVICE_TYPES = deepFreeze([
  'consulting',
  'guidance',
  'activities',
  'project_review',
  'technical_support',
  'other_activities',
] as const);
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** One background the expert claims; only the fields of its category are read. */
export const backgroundSchema = z.strictObject({
  category: z.enum(CATEGORY_IDS),
  /** For 'other': what it is, and whether the bureau accepted it (the list of 第五条 is open). */
  description: z.optional(text),
  accepted: z.optional(z.boolean()),
  /** （一） attested: a successful entrepreneur of some renown in the field. */
  renowned: z.optional(z.boolean()),
  /** （一） the 创业星火大赛 route. */
  sparkContest: z.optional(
    z.strictObject({
      contest: z.optional(z.enum(['shanxi', 'taiyuan', 'other'])),
      organisedByHrss: z.optional(z.boolean()),
      reachedFinal: z.optional(z.boolean()),
      prizeWinner: z.optional(z.boolean()),
    }),
  ),
  /** （二） */
  role: z.optional(z.enum(['professional_manager', 'professional'])),
  employer: z.optional(z.enum(['enterprise', 'private_non_enterprise', 'other'])),
  profession: z.optional(z.enum(['law', 'accounting', 'audit', 'human_resources', 'property_rights', 'other'])),
  professionAccepted: z.optional(z.boolean()),
  title: z.optional(z.enum(TITLE_LEVELS)),
  /** （三） */
  institution: z.optional(z.enum(['university', 'research_institute', 'other'])),
  researchArea: z.optional(z.enum(['business_management', 'entrepreneurship_education', 'other'])),
  rank: z.optional(z.enum(ACADEMIC_RANKS)),
  /** （四） */
  financialInstitution: z.optional(z.enum(['bank', 'venture_capital', 'other_financial', 'non_financial'])),
  /** （四） works in investment and financing there (从事投融资运作). */
  investmentWork: z.optional(z.boolean()),
  /** （五） */
  publicBody: z.optional(z.enum(['administrative_organ', 'public_institution', 'other'])),
  /** （五） familiar with the relevant laws and the entrepreneurship and employment policies (熟悉相关法律法规和创业就业政策). */
  policyFamiliar: z.optional(z.boolean()),
  /** （六） recognised by a human-resources and social-security department. */
  recognisedTrainer: z.optional(z.boolean()),
  /** （七） */
  organisation: z.optional(z.enum(['startup_carrier', 'labour_brand_operator', 'other'])),
  position: z.optional(z.enum(['management', 'core_department_head', 'other'])),
  /** （八） attested. */
  outstandingContribution: z.optional(z.boolean()),
  /** （四）–（七）: the start of the qualifying work (preferred), or the years declared. */
  since: z.optional(isoDate),
  years: z.optional(years),
});
export type Background = z.infer<typeof backgroundSchema>;

/** A term of appointment (聘书): its first day, and the end date the letter states, if it states one. */
export const termSchema = z
  .strictObject({
    appointed: isoDate,
    ends: z.optional(isoDate),
  })
  .check(
    z.refine((t) => t.ends === undefined || t.ends >= t.appointed, {
      path: ['ends'],
      message: 'the stated end date is before the appointment date',
    }),
  );

export const RECORD_KINDS = deepFreeze([
  'resignation_request',
  'dissatisfied_feedback',
  'duty_refusal',
  'personal_gain',
  'secret_leak',
  'unlawful_conduct',
  'criminal_penalty',
] as const);
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A dated event of 第十二条（一）–（六）, as the bureau recorded it. */
export const recordSchema = z.strictObject({
  /** Records of one kind and date are counted once per id (else per recipient and note). */
  id: z.optional(text),
  date: isoDate,
  kind: z.enum(RECORD_KINDS),
  /** The service recipient who gave the feedback (distinct by date and recipient when there is no id). */
  from: z.optional(text),
  /** dissatisfied_feedback: true when the feedback concerns the expert's attitude (第十二条（二）服务态度恶劣). */
  aboutAttitude: z.optional(z.boolean()),
  /** duty_refusal: true when there was no good reason (无正当理由). */
  withoutGoodReason: z.optional(z.boolean()),
  /** secret_leak: whether it caused adverse consequences (造成不良后果). */
  adverseConsequences: z.optional(z.boolean()),
  note: z.optional(text),
});
export type DismissalRecord = z.infer<typeof recordSchema>;

export const GROUND_IDS = deepFreeze(['一', '二', '三', '四', '五', '六'] as const);
export type GroundId = (typeof GROUND_IDS)[number];

/** A dismissal and the steps before it (第十二条 and its second paragraph). */
export const dismissalSchema = z.strictObject({
  /** The grounds the decision cites: 第十二条（一）…（六）. */
  grounds: z.optional(z.array(z.enum(GROUND_IDS)).check(z.maxLength(6))),
  notice: z.optional(
    z.strictObject({
      date: z.optional(isoDate),
      facts: z.optional(z.boolean()),
      reasons: z.optional(z.boolean()),
      basis: z.optional(z.boolean()),
    }),
  ),
  hearing: z.optional(
    z.strictObject({
      date: z.optional(isoDate),
      /** heard: statement and defence heard; waived: told, and declined to be heard. */
      outcome: z.optional(z.enum(['heard', 'waived'])),
    }),
  ),
  confirmation: z.optional(
    z.strictObject({
      date: z.optional(isoDate),
      by: z.optional(z.enum(['city_hrss_bureau', 'other'])),
    }),
  ),
  decided: z.optional(isoDate),
});
export type Dismissal = z.infer<typeof dismissalSchema>;

export const expertShape = {
  id: z.optional(text),
  name: z.optional(text),
  /** Fields of expertise, for matching (第十条（三）); compared trimmed. */
  fields: z.optional(z.array(text).check(z.maxLength(50))),
  serviceTypes: z.optional(z.array(z.enum(SERVICE_TYPES)).check(z.maxLength(20))),
  backgrounds: z.optional(z.array(backgroundSchema).check(z.maxLength(50))),
  /** 第六条（二）: start of work or service experience (preferred), or the years declared. */
  experienceSince: z.optional(isoDate),
  experienceYears: z.optional(years),
  /** 第六条（二）: has founded, run or managed an enterprise. */
  managedEnterprise: z.optional(z.boolean()),
  /** 第六条（四）: entrepreneurs coached to a successful start. */
  coachedStartups: z.optional(count),
  /** What only the candidate and the bureau can attest (第六条（一）（二）（三）（四）（五）). */
  declarations: z.optional(
    z.strictObject({
      standing: z.optional(z.boolean()),
      policyKnowledge: z.optional(z.boolean()),
      commitment: z.optional(z.boolean()),
      communication: z.optional(z.boolean()),
      integrity: z.optional(z.boolean()),
    }),
  ),
  terms: z.optional(z.array(termSchema).check(z.maxLength(100))),
  records: z.optional(z.array(recordSchema).check(z.maxLength(10_000))),
  dismissal: z.optional(dismissalSchema),
};

/** An expert or candidate under the Taiyuan measures. */
export const expertSchema = z.strictObject(expertShape);
export type Expert = z.infer<typeof expertSchema>;
