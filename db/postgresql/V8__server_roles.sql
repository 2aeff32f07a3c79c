-- Who may do what on the unit's server (issue 17): the server enforces SchoolWatch's rights itself, so that
-- somebody who connects with psql and an inspector's password can do no more than the program lets that
-- inspector do. One group role per SchoolWatch role (domain.Role); each account is a login role of the same
-- name, member of its group (made by the administrator from the program, V9). GRANTs give each group the
-- tables and columns its screens use; row-level security narrows the rows: an inspector changes only the work
-- their own officer took part in, a head bound to a district sees and changes that district's police work, an
-- administrator sees no police records at all. The owner (who runs the migrations) is above all of it.
-- Runs as the database's owner, who needs CREATEROLE for the group roles (cluster-wide, made once).

DO $$
DECLARE
    g TEXT;
BEGIN
    FOREACH g IN ARRAY ARRAY['schoolwatch_inspector', 'schoolwatch_head', 'schoolwatch_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
END
$$;

-- Nobody but the owner makes objects in the schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;

-- Who am I: the signed-in account, read by the login (session_user). SECURITY DEFINER, because an account may
-- not read app_user beyond its own row and the policies below must not depend on what the caller may read.
CREATE FUNCTION schoolwatch_current_account() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT id FROM app_user WHERE login = session_user AND enabled $$;

CREATE FUNCTION schoolwatch_my_officer() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT officer_id FROM app_user WHERE login = session_user AND enabled $$;

-- The district an account is bound to; NULL for the whole city (see schoolwatch_city_wide).
CREATE FUNCTION schoolwatch_my_district() RETURNS INT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT district_id FROM app_user WHERE login = session_user AND enabled $$;

CREATE FUNCTION schoolwatch_my_role() RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT user_role FROM app_user WHERE login = session_user AND enabled $$;

-- Whether the account is bound to no district (a city-wide head). False for a login without an enabled
-- account, so that a session left open after its account was disabled gets no rows at all.
CREATE FUNCTION schoolwatch_city_wide() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT FROM app_user WHERE login = session_user AND enabled AND district_id IS NULL) $$;

-- Whether the account's own officer took part in an event.
CREATE FUNCTION schoolwatch_took_part(p_event BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT FROM event_officer WHERE event_id = p_event AND officer_id = schoolwatch_my_officer()) $$;

-- Whether an event was written in this very transaction: an inspector's new event, or one whose row the
-- policies just let the inspector change; its officers and partners are then written after it.
CREATE FUNCTION schoolwatch_event_written_now(p_event BIGINT) RETURNS BOOLEAN
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT FROM outreach_event e WHERE e.id = p_event AND e.xmin = pg_current_xact_id()::xid) $$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON flyway_schema_history TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;

-- Places, equipment, officers and the reference lists: everybody reads them (the schools screen, the cameras,
-- the forms' lists). Heads change those of their district; the administrator the reference lists.
GRANT SELECT ON district, police_rank, school, camera, school_equipment, school_assignment, partner,
    visit_purpose, event_type, offence_kind, leisure_centre, leisure_club, leisure_attendance, app_setting
    TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;
-- Officers' phone numbers are on the head's officers screen only; the others see names, ranks and badges.
GRANT SELECT ON officer TO schoolwatch_head;
GRANT SELECT (id, rank_id, last_name, first_name, middle_name, badge_number, district_id, position, active, is_demo)
    ON officer TO schoolwatch_inspector, schoolwatch_admin;
GRANT INSERT, UPDATE, DELETE ON school, camera, school_equipment, school_assignment, officer, leisure_centre,
    leisure_club, leisure_attendance TO schoolwatch_head;
GRANT INSERT, UPDATE, DELETE ON visit_purpose, event_type, offence_kind, partner, app_setting TO schoolwatch_admin;
-- A new partner organisation may be added from an event's form.
GRANT INSERT ON partner TO schoolwatch_inspector, schoolwatch_head;

-- Police work: inspectors and heads read and record it; the administrator's group may run the program's
-- queries on it (the schools screen counts visits) but the policies give it no row.
GRANT SELECT ON school_visit, outreach_event, event_officer, event_partner, security_check, security_check_finding,
    offence TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;
GRANT INSERT, UPDATE, DELETE ON school_visit, outreach_event, event_officer, event_partner
    TO schoolwatch_inspector, schoolwatch_head;
GRANT INSERT, UPDATE, DELETE ON security_check, security_check_finding, offence TO schoolwatch_head;

-- Accounts: the administrator manages them; everybody reads their own row, never a password hash.
GRANT SELECT (id, login, full_name, user_role, officer_id, district_id, enabled, must_change_password, created_at,
              last_login_at) ON app_user TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;
GRANT UPDATE (last_login_at, must_change_password) ON app_user TO schoolwatch_inspector, schoolwatch_head;
GRANT INSERT ON app_user TO schoolwatch_admin;
-- The login stays: it is the account's login role's name.
GRANT UPDATE (full_name, user_role, officer_id, district_id, password_hash, enabled, must_change_password, last_login_at)
    ON app_user TO schoolwatch_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON account_setting TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;

-- The audit trail: everybody's program adds its entries (sign-ins, exports; the chain trigger signs them
-- with the login); only the administrator reads it. Nobody but the owner changes it (V7).
GRANT INSERT ON audit_entry TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;
GRANT SELECT ON audit_entry TO schoolwatch_admin;

-- Row-level security -----------------------------------------------------------------------------------
-- The account's own facts are read once per query, not once per row: each helper call stands in a scalar
-- subquery, which PostgreSQL evaluates once as an InitPlan, and a district is tested with a subquery over its
-- schools or centres (hashed once) rather than a function per row. A head's month of 82,000 visits took 334 ms
-- with a function per row and takes a few milliseconds so (docs/benchmarks.md). The subqueries read school,
-- leisure_centre and outreach_event under the caller's own policies: the first two everybody reads whole, and
-- outreach_event's policy already narrows a head to the district's events, which is what its officers and
-- partners and a check's findings (through security_check) must follow.

-- Tables everybody reads whole, whose changes a head makes in the district.
CREATE FUNCTION schoolwatch_district_rows(tbl TEXT, cond TEXT) RETURNS VOID
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY read_all ON %I FOR SELECT USING (true)', tbl);
    EXECUTE format('CREATE POLICY head_insert ON %I FOR INSERT TO schoolwatch_head WITH CHECK (%s)', tbl, cond);
    EXECUTE format('CREATE POLICY head_update ON %I FOR UPDATE TO schoolwatch_head USING (%s) WITH CHECK (%s)', tbl, cond, cond);
    EXECUTE format('CREATE POLICY head_delete ON %I FOR DELETE TO schoolwatch_head USING (%s)', tbl, cond);
END
$$;

SELECT schoolwatch_district_rows('school', '(SELECT schoolwatch_city_wide()) OR district_id = (SELECT schoolwatch_my_district())');
SELECT schoolwatch_district_rows('camera', '(SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district()))');
SELECT schoolwatch_district_rows('school_equipment', '(SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district()))');
SELECT schoolwatch_district_rows('school_assignment', '(SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district()))');
SELECT schoolwatch_district_rows('officer', '(SELECT schoolwatch_city_wide()) OR district_id = (SELECT schoolwatch_my_district())');
SELECT schoolwatch_district_rows('leisure_centre', '(SELECT schoolwatch_city_wide()) OR district_id = (SELECT schoolwatch_my_district())');
SELECT schoolwatch_district_rows('leisure_club', '(SELECT schoolwatch_city_wide()) OR leisure_centre_id IN (SELECT c.id FROM leisure_centre c WHERE c.district_id = (SELECT schoolwatch_my_district()))');
SELECT schoolwatch_district_rows('leisure_attendance', '(SELECT schoolwatch_city_wide()) OR leisure_centre_id IN (SELECT c.id FROM leisure_centre c WHERE c.district_id = (SELECT schoolwatch_my_district()))');

-- Police work: inspectors read all of it and change what their officer took part in; heads read and change
-- their district's; the administrator has no policy here, so sees no row.
CREATE FUNCTION schoolwatch_police_rows(tbl TEXT, district_cond TEXT, own_cond TEXT, own_insert TEXT) RETURNS VOID
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY inspector_read ON %I FOR SELECT TO schoolwatch_inspector'
                   ' USING ((SELECT schoolwatch_current_account()) IS NOT NULL)', tbl);
    EXECUTE format('CREATE POLICY head_all ON %I FOR ALL TO schoolwatch_head USING (%s) WITH CHECK (%s)',
                   tbl, district_cond, district_cond);
    IF own_cond IS NOT NULL THEN
        EXECUTE format('CREATE POLICY inspector_insert ON %I FOR INSERT TO schoolwatch_inspector WITH CHECK (%s)',
                       tbl, own_insert);
        EXECUTE format('CREATE POLICY inspector_update ON %I FOR UPDATE TO schoolwatch_inspector USING (%s) WITH CHECK (%s)',
                       tbl, own_cond, own_insert);
        EXECUTE format('CREATE POLICY inspector_delete ON %I FOR DELETE TO schoolwatch_inspector USING (%s)', tbl, own_cond);
    END IF;
END
$$;

SELECT schoolwatch_police_rows('school_visit',
    '(SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district()))',
    'officer_id = (SELECT schoolwatch_my_officer())', 'officer_id = (SELECT schoolwatch_my_officer())');
SELECT schoolwatch_police_rows('outreach_event',
    '(SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district())) OR leisure_centre_id IN (SELECT c.id FROM leisure_centre c WHERE c.district_id = (SELECT schoolwatch_my_district()))',
    'schoolwatch_took_part(id)', 'true');
SELECT schoolwatch_police_rows('event_officer', '(SELECT schoolwatch_city_wide()) OR event_id IN (SELECT e.id FROM outreach_event e)',
    'schoolwatch_took_part(event_id) OR schoolwatch_event_written_now(event_id)', 'schoolwatch_event_written_now(event_id)');
SELECT schoolwatch_police_rows('event_partner', '(SELECT schoolwatch_city_wide()) OR event_id IN (SELECT e.id FROM outreach_event e)',
    'schoolwatch_took_part(event_id) OR schoolwatch_event_written_now(event_id)', 'schoolwatch_event_written_now(event_id)');
SELECT schoolwatch_police_rows('security_check', '(SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district()))', NULL, NULL);
SELECT schoolwatch_police_rows('security_check_finding',
    '(SELECT schoolwatch_city_wide()) OR check_id IN (SELECT c.id FROM security_check c)', NULL, NULL);
SELECT schoolwatch_police_rows('offence', '(SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district()))', NULL, NULL);

DROP FUNCTION schoolwatch_district_rows(TEXT, TEXT);
DROP FUNCTION schoolwatch_police_rows(TEXT, TEXT, TEXT, TEXT);

-- Accounts: one's own row; the administrator all of them.
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_row ON app_user FOR SELECT USING (login = session_user);
CREATE POLICY own_update ON app_user FOR UPDATE TO schoolwatch_inspector, schoolwatch_head
    USING (login = session_user) WITH CHECK (login = session_user);
CREATE POLICY admin_all ON app_user FOR ALL TO schoolwatch_admin USING (true) WITH CHECK (true);

-- What each account keeps for itself.
ALTER TABLE account_setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON account_setting FOR ALL USING (user_id = (SELECT schoolwatch_current_account()))
    WITH CHECK (user_id = (SELECT schoolwatch_current_account()));

-- An inspector's event must keep the inspector's own officer among its officers: checked at the commit, once
-- the event and its officers have all been written (VisitService and EventService refuse it first; this holds
-- for psql too).
CREATE FUNCTION schoolwatch_check_own_event() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    ev BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'outreach_event' THEN
        ev := NEW.id;
    ELSE
        ev := OLD.event_id;
    END IF;
    IF pg_has_role(session_user, 'schoolwatch_inspector', 'MEMBER') AND NOT schoolwatch_is_owner()
       AND EXISTS (SELECT FROM outreach_event e WHERE e.id = ev)
       AND NOT EXISTS (SELECT FROM event_officer o WHERE o.event_id = ev AND o.officer_id = schoolwatch_my_officer()) THEN
        RAISE EXCEPTION 'An inspector records only events their own officer took part in'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER outreach_event_own AFTER INSERT OR UPDATE ON outreach_event DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION schoolwatch_check_own_event();
CREATE CONSTRAINT TRIGGER event_officer_own AFTER DELETE ON event_officer DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION schoolwatch_check_own_event();
