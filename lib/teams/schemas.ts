import { z } from "zod";

export const updateTeamSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  registered: z.literal(true).optional(),
});

export const updateFeatureSchema = updateTeamSchema.extend({
  teamId: z.uuid().nullable().optional(),
});

export const keyRowSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  registered: z.boolean(),
  teamId: z.string().nullable(),
  costNano30d: z.string(),
  requests30d: z.number(),
});

export type UpdateTeam = z.infer<typeof updateTeamSchema>;
export type UpdateFeature = z.infer<typeof updateFeatureSchema>;
export type KeyRow = z.infer<typeof keyRowSchema>;

/** A member who leads a team (or could: members with the lead role). */
export const leadSchema = z.object({ userId: z.string(), name: z.string().nullable(), email: z.string() });
export const teamLeadsSchema = z.object({
  /** team id → its leads */
  byTeam: z.record(z.string(), z.array(leadSchema)),
  /** members with the lead role, who can be assigned */
  candidates: z.array(leadSchema),
});
export type TeamLeads = z.infer<typeof teamLeadsSchema>;
export const assignLeadSchema = z.strictObject({ userId: z.uuid({ error: "must be a member's user id" }) });
