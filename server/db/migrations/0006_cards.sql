CREATE TABLE "attendance_cards" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"month" text NOT NULL,
	"from_card" text NOT NULL,
	"card" text NOT NULL,
	"offence_days" integer NOT NULL,
	"offence_dates" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_cards_org_id_user_id_month_pk" PRIMARY KEY("org_id","user_id","month")
);
--> statement-breakpoint
CREATE TABLE "card_runs" (
	"org_id" uuid NOT NULL,
	"month" text NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	"officers" integer NOT NULL,
	CONSTRAINT "card_runs_org_id_month_pk" PRIMARY KEY("org_id","month")
);
--> statement-breakpoint
ALTER TABLE "attendance_cards" ADD CONSTRAINT "attendance_cards_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_cards" ADD CONSTRAINT "attendance_cards_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_runs" ADD CONSTRAINT "card_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE attendance_cards ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON attendance_cards USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE card_runs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON card_runs USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
