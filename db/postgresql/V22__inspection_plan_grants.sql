-- SPDX-License-Identifier: Apache-2.0
-- Issue 22 on the unit's server: the plan's assignments are police work, as the checks (V8): inspectors and heads
-- read them (an inspector's own list first), a head assigns the district's schools, the administrator sees none.
GRANT SELECT ON check_assignment TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;
GRANT INSERT, UPDATE, DELETE ON check_assignment TO schoolwatch_head;

ALTER TABLE check_assignment ENABLE ROW LEVEL SECURITY;
CREATE POLICY inspector_read ON check_assignment FOR SELECT TO schoolwatch_inspector
    USING ((SELECT schoolwatch_current_account()) IS NOT NULL);
CREATE POLICY head_all ON check_assignment FOR ALL TO schoolwatch_head
    USING ((SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district())))
    WITH CHECK ((SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district())));


-- The check interval of each school type is the plan's rhythm, set by a city-wide head (the service refuses a head
-- bound to a district): a head writes those settings too, besides an import's remembered mappings (V15).
CREATE POLICY head_check_intervals ON app_setting FOR ALL TO schoolwatch_head
    USING (setting_key LIKE 'security.check.interval.%') WITH CHECK (setting_key LIKE 'security.check.interval.%');

SELECT schoolwatch_audit_all_tables();
