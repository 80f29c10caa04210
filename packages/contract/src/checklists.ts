import { z } from 'zod';
import type { PersonRef } from './candidacy.ts';

/**
 * The four checklists of an IORT day: the WHO Surgical Safety Checklist's sign-in, time-out and
 * sign-out (interop.md §5.2), and the IORT time-out after excision and before beam-on
 * (operating-room.md §1.3, interop.md §5.3). Each is versioned program data an administrator
 * edits.
 */
export const CHECKLIST_KEYS = [
  'who-sign-in',
  'who-time-out',
  'who-sign-out',
  'iort-time-out',
] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

/**
 * Whether an item may be passed over: 'with-reason' (never without one: the issue's rule) or
 * 'never' (it must be answered yes, e.g. the patient's identity or the emergency stop).
 */
export const PASS_OVER_RULES = ['with-reason', 'never'] as const;
export type PassOverRule = (typeof PASS_OVER_RULES)[number];

/** Stable item ids: kept across versions, so an answer always names the item it answered. */
const ITEM_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;

const text = (what: string, max: number) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, `must be ${what}`)
    .max(max, `must be at most ${String(max)} characters`);

export const checklistItemSchema = z.strictObject({
  id: z
    .string({ error: 'must be an item id' })
    .regex(
      ITEM_ID,
      'must be 1–60 lower-case letters, digits or hyphens, starting with a letter or digit',
    ),
  text: text('the question or statement to confirm', 500),
  passOver: z.enum(PASS_OVER_RULES, { error: 'must be with-reason or never' }),
  /** Where the item comes from (guideline, regulation, local procedure). */
  source: z.string().trim().max(300, 'must be at most 300 characters').optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistTemplateSchema = z
  .strictObject({
    key: z.enum(CHECKLIST_KEYS, { error: `must be one of ${CHECKLIST_KEYS.join(', ')}` }),
    title: text('the checklist title', 120),
    /** When it is done, e.g. "before induction of anaesthesia". */
    when: text('when the checklist is done', 200),
    items: z
      .array(checklistItemSchema, { error: 'must be a list of items' })
      .min(1, 'must have at least one item')
      .max(60, 'must have at most 60 items'),
  })
  .superRefine((template, context) => {
    const seen = new Set<string>();
    template.items.forEach((item, index) => {
      if (seen.has(item.id))
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `repeats the id ${item.id}: ids must be unique`,
        });
      seen.add(item.id);
    });
  });
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;

/** One version of one checklist. "default-1" is the shipped template, in force until edited. */
export interface ChecklistVersion {
  id: string;
  key: ChecklistKey;
  /** "v1", "v2"… once saved; "default-1" for the shipped template. */
  version: string;
  status: 'default' | 'in-force' | 'superseded';
  template: ChecklistTemplate;
  reason: string;
  savedBy: PersonRef | null;
  savedAt: string | null;
}

/** GET /api/checklists: the version of each checklist in force, in CHECKLIST_KEYS order. */
export interface ChecklistsInForce {
  items: ChecklistVersion[];
}

/** GET /api/checklists/versions: every version of every checklist, newest first, defaults last. */
export interface ChecklistVersionList {
  items: ChecklistVersion[];
}

/** POST /api/checklists/versions (administrator). */
export const checklistVersionRequestSchema = z.strictObject({
  template: checklistTemplateSchema,
  /** The version the editor started from ("default-1", "v3"…); another one in force is a conflict. */
  basedOn: z
    .string({ error: 'must name the version you edited' })
    .regex(/^(default-1|v[1-9][0-9]{0,5})$/, 'must be default-1 or v1, v2…'),
  reason: text('why the checklist changes', 1000),
});
export type ChecklistVersionRequest = z.infer<typeof checklistVersionRequestSchema>;
