ALTER TABLE "day_statuses" ADD COLUMN "duty_start" time;--> statement-breakpoint
ALTER TABLE "day_statuses" ADD COLUMN "out_of_station" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- R33: an online punch (web, pwa) no longer stores a kind. Until now the punch writer derived one from the
-- calendar day (the first punch of the local day IN, the others OUT), which the engine then took as declared
-- and which broke shifts across midnight. Those derived kinds are cleared so the engine pairs the punches
-- against each officer's schedule. Declared kinds stay: an admin's correction ('correction'), and 'device' and
-- 'import' rows (no writer derives theirs). Audit rows keep what was written then (the log is append-only).
UPDATE punches SET kind = NULL WHERE source IN ('web', 'pwa') AND kind IS NOT NULL;
