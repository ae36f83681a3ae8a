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
