CREATE TABLE "roster_entries" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"schedule_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_entries_org_id_user_id_date_pk" PRIMARY KEY("org_id","user_id","date")
);
--> statement-breakpoint
CREATE TABLE "schedule_assignments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"schedule_id" uuid,
	"pattern_id" uuid,
	"unit_id" uuid,
	"user_id" uuid,
	"from" date NOT NULL,
	"to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_assignments_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "schedule_assignments_what_ck" CHECK (("schedule_assignments"."schedule_id" IS NULL) <> ("schedule_assignments"."pattern_id" IS NULL)),
	CONSTRAINT "schedule_assignments_level_ck" CHECK ("schedule_assignments"."unit_id" IS NULL OR "schedule_assignments"."user_id" IS NULL),
	CONSTRAINT "schedule_assignments_range_ck" CHECK ("schedule_assignments"."to" IS NULL OR "schedule_assignments"."to" >= "schedule_assignments"."from")
);
--> statement-breakpoint
CREATE TABLE "work_pattern_days" (
	"org_id" uuid NOT NULL,
	"pattern_id" uuid NOT NULL,
	"day_index" integer NOT NULL,
	"schedule_id" uuid,
	CONSTRAINT "work_pattern_days_org_id_pattern_id_day_index_pk" PRIMARY KEY("org_id","pattern_id","day_index")
);
--> statement-breakpoint
CREATE TABLE "work_patterns" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"anchor" date NOT NULL,
	"cycle_days" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_patterns_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "work_patterns_cycle_ck" CHECK ("work_patterns"."cycle_days" BETWEEN 1 AND 366)
);
--> statement-breakpoint
CREATE TABLE "work_schedules" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"start_time" text,
	"end_time" text,
	"rests" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"grace_minutes" integer DEFAULT 0 NOT NULL,
	"margin_before_minutes" integer,
	"margin_after_minutes" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_schedules_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "work_schedules_type_ck" CHECK ("work_schedules"."type" IN ('WBF', 'FIXED', 'SHIFT') AND ("work_schedules"."type" = 'WBF' OR ("work_schedules"."start_time" IS NOT NULL AND "work_schedules"."end_time" IS NOT NULL)))
);
--> statement-breakpoint
ALTER TABLE "day_records" ADD COLUMN "schedule_name" text;--> statement-breakpoint
ALTER TABLE "day_records" ADD COLUMN "schedule_type" text;--> statement-breakpoint
ALTER TABLE "day_records" ADD COLUMN "planned_start" text;--> statement-breakpoint
ALTER TABLE "day_records" ADD COLUMN "planned_end" text;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_org_id_schedule_id_work_schedules_org_id_id_fk" FOREIGN KEY ("org_id","schedule_id") REFERENCES "public"."work_schedules"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_assignments" ADD CONSTRAINT "schedule_assignments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_assignments" ADD CONSTRAINT "schedule_assignments_org_id_schedule_id_work_schedules_org_id_id_fk" FOREIGN KEY ("org_id","schedule_id") REFERENCES "public"."work_schedules"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_assignments" ADD CONSTRAINT "schedule_assignments_org_id_pattern_id_work_patterns_org_id_id_fk" FOREIGN KEY ("org_id","pattern_id") REFERENCES "public"."work_patterns"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_assignments" ADD CONSTRAINT "schedule_assignments_org_id_unit_id_org_units_org_id_id_fk" FOREIGN KEY ("org_id","unit_id") REFERENCES "public"."org_units"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_assignments" ADD CONSTRAINT "schedule_assignments_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_pattern_days" ADD CONSTRAINT "work_pattern_days_org_id_pattern_id_work_patterns_org_id_id_fk" FOREIGN KEY ("org_id","pattern_id") REFERENCES "public"."work_patterns"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_pattern_days" ADD CONSTRAINT "work_pattern_days_org_id_schedule_id_work_schedules_org_id_id_fk" FOREIGN KEY ("org_id","schedule_id") REFERENCES "public"."work_schedules"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_patterns" ADD CONSTRAINT "work_patterns_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_schedules" ADD CONSTRAINT "work_schedules_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_entries_schedule_idx" ON "roster_entries" USING btree ("org_id","schedule_id");--> statement-breakpoint
CREATE INDEX "schedule_assignments_target_idx" ON "schedule_assignments" USING btree ("org_id","user_id","unit_id","from");--> statement-breakpoint
CREATE INDEX "work_pattern_days_schedule_idx" ON "work_pattern_days" USING btree ("org_id","schedule_id");--> statement-breakpoint
-- No two assignments of one level and target (the organisation default, one unit, one officer) overlap in time.
-- An exclusion constraint would need btree_gist; this trigger is the same wall: it serialises writers of one
-- target with a transaction-scoped advisory lock and refuses an overlap with SQLSTATE 23P01 (exclusion_violation).
CREATE FUNCTION schedule_assignments_no_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('schedule_assignments'), hashtext(NEW.org_id::text || '/' || coalesce(NEW.unit_id::text, '') || '/' || coalesce(NEW.user_id::text, '')));
  IF EXISTS (
    SELECT 1 FROM schedule_assignments a
    WHERE a.org_id = NEW.org_id AND a.id <> NEW.id
      AND a.unit_id IS NOT DISTINCT FROM NEW.unit_id AND a.user_id IS NOT DISTINCT FROM NEW.user_id
      AND daterange(a."from", a."to", '[]') && daterange(NEW."from", NEW."to", '[]')
  ) THEN
    RAISE EXCEPTION 'schedule assignments overlap' USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'schedule_assignments_no_overlap';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER schedule_assignments_no_overlap BEFORE INSERT OR UPDATE ON schedule_assignments
  FOR EACH ROW EXECUTE FUNCTION schedule_assignments_no_overlap();
--> statement-breakpoint
ALTER TABLE work_schedules ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON work_schedules USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE work_patterns ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON work_patterns USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE work_pattern_days ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON work_pattern_days USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE schedule_assignments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON schedule_assignments USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE roster_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON roster_entries USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
