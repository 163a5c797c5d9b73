CREATE TABLE "justifications" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"issue_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"category" text NOT NULL,
	"text" text NOT NULL,
	"state" text NOT NULL,
	"reviewer_id" uuid,
	"decided_at" timestamp with time zone,
	"remark" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "justifications_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "justifications" ADD CONSTRAINT "justifications_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "justifications" ADD CONSTRAINT "justifications_org_id_issue_id_attendance_issues_org_id_id_fk" FOREIGN KEY ("org_id","issue_id") REFERENCES "public"."attendance_issues"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "justifications_issue_uq" ON "justifications" USING btree ("org_id","issue_id");--> statement-breakpoint
ALTER TABLE justifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON justifications USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
