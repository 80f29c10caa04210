import { z } from 'zod';

/** Why a delivery was interrupted (operating-room.md §1.3: interruption bookkeeping). */
export const INTERRUPTION_CATEGORIES = [
  'patient-or-surgical',
  'device-fault',
  'source-failure',
  'power',
  'safety',
] as const;

const atS = z
  .number({ error: 'must be seconds since the start (a number, 0 or more)' })
  .min(0, 'must be seconds since the start (a number, 0 or more)');
const reason = z.string().trim().min(1).max(1000).optional();

/**
 * One thing that happened during a delivery, at `atS` wall-clock seconds from the start. Strict:
 * an unknown field or event type is refused by its path.
 */
export const deliveryEventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('start'), atS }),
    z.strictObject({
      type: z.literal('interrupt'),
      atS,
      termination: z.enum(['operator', 'machine'], { error: 'must be operator or machine' }),
      category: z.enum(INTERRUPTION_CATEGORIES).optional(),
      reason,
    }),
    z.strictObject({
      type: z.literal('source-change'),
      atS,
      airKermaStrengthU: z
        .number({ error: 'must be the new source’s measured air-kerma strength, U' })
        .positive('must be above 0 U')
        .max(1e6, 'must be at most 1000000 U'),
    }),
    z.strictObject({ type: z.literal('resume'), atS }),
    z.strictObject({ type: z.literal('complete'), atS }),
    z.strictObject({ type: z.literal('abandon'), atS, reason }),
  ],
  { error: 'must have a type: start, interrupt, source-change, resume, complete or abandon' },
);

export type DeliveryEvent = z.infer<typeof deliveryEventSchema>;

export const deliveryEventsSchema = z.array(deliveryEventSchema).max(10_000);
