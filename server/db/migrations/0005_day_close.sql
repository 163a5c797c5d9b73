CREATE TABLE "attendance_issues" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"code" text NOT NULL,
	"minutes" integer,
	"rule" text NOT NULL,
	"state" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_issues_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "day_closes" (
	"org_id" uuid NOT NULL,
	"date" date NOT NULL,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"officers" integer NOT NULL,
	CONSTRAINT "day_closes_org_id_date_pk" PRIMARY KEY("org_id","date")
);
--> statement-breakpoint
CREATE TABLE "day_records" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"day_type" text NOT NULL,
	"status" text NOT NULL,
	"holiday" text,
	"effective_start" text,
	"required_end" text,
	"check_in" timestamp with time zone,
	"check_out" timestamp with time zone,
	"worked_minutes" integer NOT NULL,
	"late_minutes" integer NOT NULL,
	"early_minutes" integer NOT NULL,
	"worked_on_rest_day" boolean NOT NULL,
	"issues" jsonb NOT NULL,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "day_records_org_id_user_id_date_pk" PRIMARY KEY("org_id","user_id","date")
);
--> statement-breakpoint
ALTER TABLE "attendance_issues" ADD CONSTRAINT "attendance_issues_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_issues" ADD CONSTRAINT "attendance_issues_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_closes" ADD CONSTRAINT "day_closes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_records" ADD CONSTRAINT "day_records_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_records" ADD CONSTRAINT "day_records_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_issues_day_code_uq" ON "attendance_issues" USING btree ("org_id","user_id","date","code");--> statement-breakpoint
CREATE INDEX "attendance_issues_org_date_idx" ON "attendance_issues" USING btree ("org_id","date");--> statement-breakpoint
ALTER TABLE day_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON day_records USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE day_closes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON day_closes USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE attendance_issues ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON attendance_issues USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
