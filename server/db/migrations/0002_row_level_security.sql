-- A second wall behind the repositories' WHERE org_id: requests of an organisation's
-- users run as the role spotme_app with `spotme.org_id` set for their transaction, and
-- PostgreSQL itself hides and refuses other organisations' rows. Start-up, login,
-- session lookup and platform administration run as the owner and are not limited.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'spotme_app') THEN CREATE ROLE spotme_app NOLOGIN; END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT pg_has_role(current_user, 'spotme_app', 'MEMBER') THEN EXECUTE format('GRANT spotme_app TO %I', current_user); END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO spotme_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO spotme_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO spotme_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO spotme_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO spotme_app;
--> statement-breakpoint
CREATE FUNCTION spotme_current_org() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('spotme.org_id', true), '')::uuid $$;
--> statement-breakpoint
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON organisations USING (id = spotme_current_org()) WITH CHECK (id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE org_units ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON org_units USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON users USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON sessions USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON audit_log USING (org_id = spotme_current_org()) WITH CHECK (org_id = spotme_current_org());
