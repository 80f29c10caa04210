import { bracketFieldErrors } from '../dosimetry/field-checks.ts';
import { deliveryEventsSchema, replayDelivery } from '@openiort/dosimetry';
import { z } from 'zod';
import { InputError, readJson, reportingInputErrors, singleOperand } from './cli-input.ts';
import type { Command } from './commands.ts';
import { planFromCliJson } from './plan-command.ts';

export const DELIVERY_USAGE =
  'Usage: npx openiort delivery FILE|- [--limits LIMITS.json] [--smoothness μ]\n' +
  'FILE: { "planRequest": <the same JSON as openiort plan>, "events": [ { "atS": 0, "type": "start" },\n' +
  '        { "atS", "type": "interrupt", "termination": "operator" | "machine", "category"?, "reason"? },\n' +
  '        { "atS", "type": "source-change", "airKermaStrengthU" }, { "atS", "type": "resume" },\n' +
  '        { "atS", "type": "complete" | "abandon", "reason"? } ] }; "-" reads stdin.\n';

const deliveryFileSchema = z.strictObject({
  planRequest: z.unknown(),
  events: deliveryEventsSchema,
});

/**
 * Replays a delivery over the plan its request makes: per-dwell planned, delivered and remaining
 * times, the delivered dose at the prescription reference and its deviation. Stores nothing.
 * Exit 0 with the summary; 2 for bad input, a refused plan, or an impossible event (named).
 */
export const deliveryCommand: Command = async (args, io, operands) => {
  const file = singleOperand(operands);
  if (file === undefined) {
    io.stderr.write(DELIVERY_USAGE);
    return 2;
  }
  return reportingInputErrors(io, 'Nothing was replayed.', async () => {
    const parsed = deliveryFileSchema.safeParse(await readJson(file, io));
    if (!parsed.success)
      throw new InputError(bracketFieldErrors(parsed.error).map((e) => `${e.path}: ${e.message}`));
    const { planned } = await planFromCliJson(parsed.data.planRequest, args, io, 'planRequest.');
    const plan = planned.output;
    if (plan.status !== 'ok')
      throw new InputError([
        `planRequest: the plan is refused and cannot be delivered: ${plan.refusal.message}`,
      ]);
    const replayed = replayDelivery(
      {
        dwells: plan.dwells,
        airKermaStrengthU: plan.airKermaStrengthU,
        referenceContributionsGy: plan.referenceContributionsGy ?? [],
        prescribedDoseGy: planned.input.prescription.doseGy,
      },
      parsed.data.events,
    );
    if (!replayed.ok)
      throw new InputError([
        `events[${String(replayed.refusal.index)}]: ${replayed.refusal.message}`,
      ]);
    io.stdout.write(`${JSON.stringify(replayed.summary, null, 2)}\n`);
    return 0;
  });
};
