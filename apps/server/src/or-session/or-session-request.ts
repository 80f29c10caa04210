import type {
  OrSessionAbandonRequest,
  OrSessionCreateRequest,
  OrSessionEventRequest,
} from '@openiort/contract';
import { INTERRUPTION_CATEGORIES } from '@openiort/dosimetry';
import { z } from 'zod';
import { validate } from '../http/validate.ts';

const expectedSeq = z
  .number({ error: 'must be the seq of the last event you saw (0 before the first)' })
  .int('must be a whole number')
  .min(0, 'must be 0 or more');

const reasonText = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .max(1000, 'must be at most 1000 characters');

/**
 * An event as a console sends it. There is no time field: the server stamps every event with its
 * own clock, and `atS` sent by a client is refused as an unknown key. Abandon has its own route
 * (a decision of the radiation oncologist) and is refused here by type.
 */
const eventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('start'), expectedSeq }),
    z.strictObject({
      type: z.literal('interrupt'),
      expectedSeq,
      category: z.enum(INTERRUPTION_CATEGORIES, {
        error: `must be one of ${INTERRUPTION_CATEGORIES.join(', ')}`,
      }),
      termination: z.enum(['operator', 'machine'], { error: 'must be operator or machine' }),
      reason: reasonText.optional(),
    }),
    z.strictObject({
      type: z.literal('source-change'),
      expectedSeq,
      airKermaStrengthU: z
        .number({ error: 'must be the new source’s measured air-kerma strength, U' })
        .positive('must be above 0 U')
        .max(1e6, 'must be at most 1000000 U'),
    }),
    z.strictObject({ type: z.literal('resume'), expectedSeq }),
    z.strictObject({ type: z.literal('complete'), expectedSeq }),
  ],
  {
    error:
      'must have a type: start, interrupt, source-change, resume or complete (abandon is POST …/abandon)',
  },
);

export function parseEventRequest(body: unknown): OrSessionEventRequest {
  return validate(eventSchema, body, 'delivery event');
}

const abandonSchema = z.strictObject({ expectedSeq, reason: reasonText });

export function parseAbandonRequest(body: unknown): OrSessionAbandonRequest {
  return validate(abandonSchema, body, 'abandon decision');
}

const createSchema = z.strictObject({
  caseId: z
    .string({ error: 'must be the id of the IORT case, or null' })
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .nullable()
    .optional(),
});

export function parseCreateRequest(body: unknown): OrSessionCreateRequest {
  return validate(createSchema, body, 'OR session');
}
