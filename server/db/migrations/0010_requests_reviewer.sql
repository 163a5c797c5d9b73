ALTER TABLE "day_statuses" ADD COLUMN "reviewer_id" uuid;--> statement-breakpoint
ALTER TABLE "day_statuses" ADD COLUMN "stage" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "home_locations" ADD COLUMN "reviewer_id" uuid;--> statement-breakpoint
ALTER TABLE "home_locations" ADD COLUMN "stage" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "justifications" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "movements" ADD COLUMN "reviewer_id" uuid;--> statement-breakpoint
ALTER TABLE "movements" ADD COLUMN "stage" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "day_statuses_reviewer_idx" ON "day_statuses" USING btree ("org_id","reviewer_id") WHERE state = 'MENUNGGU';--> statement-breakpoint
CREATE INDEX "home_locations_reviewer_idx" ON "home_locations" USING btree ("org_id","reviewer_id") WHERE state = 'MENUNGGU';--> statement-breakpoint
CREATE INDEX "justifications_reviewer_idx" ON "justifications" USING btree ("org_id","reviewer_id") WHERE state = 'MENUNGGU';--> statement-breakpoint
CREATE INDEX "movements_reviewer_idx" ON "movements" USING btree ("org_id","reviewer_id") WHERE state = 'MENUNGGU';--> statement-breakpoint
-- justifications.reviewer_id used to hold who decided; it now holds who reviews the waiting request.
UPDATE "justifications" SET "decided_by" = "reviewer_id", "reviewer_id" = NULL;--> statement-breakpoint
-- Who reviews each waiting request now (the rule of server/features/requests/reviewers-repo.ts):
-- stage 1 the officer's active supervisor; stage 2 that supervisor's active supervisor, or the first when there is none.
UPDATE "day_statuses" r SET "reviewer_id" = s.id FROM "users" u JOIN "users" s ON s.org_id = u.org_id AND s.id = u.supervisor_id AND s.status = 'ACTIVE'
  WHERE r.state = 'MENUNGGU' AND u.org_id = r.org_id AND u.id = r.user_id;--> statement-breakpoint
UPDATE "movements" r SET "reviewer_id" = s.id FROM "users" u JOIN "users" s ON s.org_id = u.org_id AND s.id = u.supervisor_id AND s.status = 'ACTIVE'
  WHERE r.state = 'MENUNGGU' AND u.org_id = r.org_id AND u.id = r.user_id;--> statement-breakpoint
UPDATE "home_locations" r SET "reviewer_id" = s.id FROM "users" u JOIN "users" s ON s.org_id = u.org_id AND s.id = u.supervisor_id AND s.status = 'ACTIVE'
  WHERE r.state = 'MENUNGGU' AND u.org_id = r.org_id AND u.id = r.user_id;--> statement-breakpoint
UPDATE "justifications" r SET "reviewer_id" = CASE WHEN r.stage = 2 AND p.id IS NOT NULL THEN p.id ELSE s.id END
  FROM "users" u JOIN "users" s ON s.org_id = u.org_id AND s.id = u.supervisor_id AND s.status = 'ACTIVE'
    LEFT JOIN "users" p ON p.org_id = s.org_id AND p.id = s.supervisor_id AND p.status = 'ACTIVE'
  WHERE r.state = 'MENUNGGU' AND u.org_id = r.org_id AND u.id = r.user_id;
