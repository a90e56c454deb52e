// Field shapes every policy's input shares: dates, amounts and free text with caps that
// no real application reaches, so a hostile value is refused before any rule reads it.
import * as z from 'zod/mini';
import { isIsoDate } from '../calendar/date.js';

/** The longest free-text values read: a name or region, and a title or description. */
export const TEXT_LIMITS = Object.freeze({
  /** A studio's, person's or organisation's name, a region, a specialty. */
  name: 100,
  /** The title of an activity, a project or a document. */
  title: 300,
} as const);

/** A name, region or specialty (at most TEXT_LIMITS.name characters). */
export const nameText = z.string().check(z.maxLength(TEXT_LIMITS.name));
/** A title (at most TEXT_LIMITS.title characters). */
export const titleText = z.string().check(z.maxLength(TEXT_LIMITS.title));

/**
 * `YYYY-MM-DD`, a real date (2026-02-30 is refused). The library's own parser rather
 * than zod's date regex: the same answer, a third of a check's parsing time less;
 * JSON Schema still says `format: date`.
 */
export const isoDate = z
  .string()
  .check(z.refine(isIsoDate, { params: { code: 'invalid_date' } }))
  .register(z.globalRegistry, { format: 'date' });

/** A non-negative decimal, as a number or an exact string ("99.99", "1000000"). */
export const decimalAmount = z.union([
  z.number().check(z.nonnegative()),
  z.string().check(z.regex(/^\d{1,15}(\.\d{1,8})?$/u)),
]);
