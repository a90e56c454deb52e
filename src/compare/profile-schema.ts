// The common studio profile: the facts the studio texts share, said once. Each policy's
// input is built from it (profile.ts); what only one policy asks goes under `extra`.
import * as z from 'zod/mini';
import { decimalAmount, isoDate, nameText } from '../core/fields.js';
import {
  CARRIER_KINDS,
  leadShape,
  MANAGEMENT_SYSTEMS,
  RESOURCE_LIBRARIES,
  VENUE_ZONES,
} from '../policies/national/schema.js';
import { mentorShape } from '../policies/pingdingshan/schema.js';

/** The guideline's carrier kinds, and Pingdingshan's two host kinds it does not list. */
export const HOST_KINDS = [
  ...CARRIER_KINDS.filter((k) => k !== 'other'),
  'entrepreneurship_service',
  'hr_service',
  'other',
] as const;

/** A mentor or lead person: Pingdingshan's mentor facts and the guideline's lead facts. */
const personShape = {
  ...mentorShape,
  role: leadShape.role,
  roleAccepted: leadShape.roleAccepted,
  socialInfluence: leadShape.socialInfluence,
  localContribution: leadShape.localContribution,
};

export const studioProfileSchema = z.strictObject({
  /** 地区: the guideline's name prefix. */
  region: z.optional(nameText),
  /** 专业领域: Tianjin's name suffix. */
  specialty: z.optional(nameText),
  lead: z.optional(z.strictObject(personShape)),
  /** Mentors besides the lead (Pingdingshan). */
  mentors: z.optional(z.array(z.strictObject(personShape)).check(z.maxLength(100))),
  staff: z.optional(
    z
      .array(
        z.strictObject({
          name: z.optional(nameText),
          idNumber: z.optional(z.string().check(z.maxLength(40))),
          experienceSince: z.optional(isoDate),
          experienceYears: z.optional(z.number().check(z.nonnegative())),
        }),
      )
      .check(z.maxLength(1000)),
  ),
  host: z.optional(
    z.strictObject({
      name: z.optional(nameText),
      kind: z.optional(z.enum(HOST_KINDS)),
      kindAccepted: z.optional(z.boolean()),
      operatingEntity: z.optional(z.boolean()),
      /** Pingdingshan 第六条（二）: a body within the city, and whether it is a county-level master studio. */
      withinCity: z.optional(z.boolean()),
      countyLevelStudio: z.optional(z.boolean()),
    }),
  ),
  venue: z.optional(
    z.strictObject({
      fixed: z.optional(z.boolean()),
      zones: z.optional(z.array(z.enum(VENUE_ZONES)).check(z.maxLength(50))),
      activityRoomCapacity: z.optional(z.int().check(z.nonnegative())),
      consultingAreaSeparated: z.optional(z.boolean()),
      areaSqm: z.optional(decimalAmount),
      useRightUntil: z.optional(isoDate),
      useRightYears: z.optional(z.number().check(z.nonnegative())),
      equipmentComplete: z.optional(z.boolean()),
      convenientLocation: z.optional(z.boolean()),
    }),
  ),
  resources: z.optional(z.array(z.enum(RESOURCE_LIBRARIES)).check(z.maxLength(50))),
  systems: z.optional(z.array(z.enum(MANAGEMENT_SYSTEMS)).check(z.maxLength(50))),
  annualWorkPlan: z.optional(z.boolean()),
  /**
   * What one policy alone asks, in its own input shape (materials, duties, work plan), under
   * its id (`extra.tianjin`, or a defined policy's own): checked by its schema. A key no
   * policy checked reads is reported (checkEverywhere).
   */
  extra: z.optional(z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/u)), z.record(z.string(), z.unknown()))),
});
export type StudioProfile = z.infer<typeof studioProfileSchema>;
