-- SPDX-License-Identifier: Apache-2.0
-- Issue 22 on the unit's server: acts' findings, correction orders and their photos are police work, as the checks
-- themselves (V8): inspectors and heads read them, a head records them for the district's schools, the
-- administrator sees none. Their audit triggers also tell the other PCs what changed (V7).
GRANT SELECT ON inspection_finding, correction_order, inspection_photo TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;
GRANT INSERT, UPDATE, DELETE ON inspection_finding, correction_order, inspection_photo TO schoolwatch_head;

ALTER TABLE inspection_finding ENABLE ROW LEVEL SECURITY;
CREATE POLICY inspector_read ON inspection_finding FOR SELECT TO schoolwatch_inspector
    USING ((SELECT schoolwatch_current_account()) IS NOT NULL);
CREATE POLICY head_all ON inspection_finding FOR ALL TO schoolwatch_head
    USING ((SELECT schoolwatch_city_wide()) OR check_id IN (SELECT c.id FROM security_check c))
    WITH CHECK ((SELECT schoolwatch_city_wide()) OR check_id IN (SELECT c.id FROM security_check c));

ALTER TABLE correction_order ENABLE ROW LEVEL SECURITY;
CREATE POLICY inspector_read ON correction_order FOR SELECT TO schoolwatch_inspector
    USING ((SELECT schoolwatch_current_account()) IS NOT NULL);
CREATE POLICY head_all ON correction_order FOR ALL TO schoolwatch_head
    USING ((SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district())))
    WITH CHECK ((SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district())));

ALTER TABLE inspection_photo ENABLE ROW LEVEL SECURITY;
CREATE POLICY inspector_read ON inspection_photo FOR SELECT TO schoolwatch_inspector
    USING ((SELECT schoolwatch_current_account()) IS NOT NULL);
CREATE POLICY head_all ON inspection_photo FOR ALL TO schoolwatch_head
    USING ((SELECT schoolwatch_city_wide()) OR finding_id IN (SELECT f.id FROM inspection_finding f)
           OR order_id IN (SELECT o.id FROM correction_order o))
    WITH CHECK ((SELECT schoolwatch_city_wide()) OR finding_id IN (SELECT f.id FROM inspection_finding f)
                OR order_id IN (SELECT o.id FROM correction_order o));

-- A photo's picture stays out of the trail, as a password hash does (the PC's AuditTrigger hides the same columns).
CREATE OR REPLACE FUNCTION schoolwatch_audit_json(tbl OID, r JSONB, other JSONB) RETURNS TEXT
    LANGUAGE plpgsql STABLE
AS $$
DECLARE
    col RECORD;
    v JSONB;
    parts TEXT[] := '{}';
BEGIN
    FOR col IN SELECT a.attname, a.atttypid FROM pg_attribute a
               WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum LOOP
        v := r -> col.attname::TEXT;
        IF other IS NOT NULL AND (other -> col.attname::TEXT) IS NOT DISTINCT FROM v THEN
            CONTINUE;
        END IF;
        parts := parts || (schoolwatch_json_quote(col.attname::TEXT) || ':' || CASE
            WHEN col.attname IN ('password_hash', 'picture', 'thumbnail') THEN '"***"'
            WHEN v IS NULL OR jsonb_typeof(v) = 'null' THEN 'null'
            WHEN jsonb_typeof(v) IN ('number', 'boolean') THEN v::TEXT
            ELSE schoolwatch_json_quote(schoolwatch_java_text(v, col.atttypid)) END);
    END LOOP;
    RETURN '{' || array_to_string(parts, ',') || '}';
END
$$;

SELECT schoolwatch_audit_all_tables();
