-- SPDX-License-Identifier: Apache-2.0
-- Issue 21 on the unit's server: who reads and changes the requirements, the cameras' history and their faults
-- (V17). Everybody reads them (the compliance of every school is everybody's figure); a head keeps the faults and
-- the history of the district's cameras and equipment, as the cameras themselves (V8); the administrator keeps
-- the requirement sets, as the other reference lists. The new tables get their audit triggers, which also tell
-- the other PCs what changed (V7).
GRANT SELECT ON requirement_set, requirement_item, camera_detail_history, school_equipment_history, camera_fault
    TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;
GRANT INSERT, UPDATE, DELETE ON camera_detail_history, school_equipment_history, camera_fault TO schoolwatch_head;
GRANT INSERT, UPDATE, DELETE ON requirement_set, requirement_item TO schoolwatch_admin;
-- An administrator's import of cameras writes their details' history too (V15).
GRANT INSERT, UPDATE ON camera_detail_history TO schoolwatch_admin;

ALTER TABLE camera_detail_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON camera_detail_history FOR SELECT USING (true);
CREATE POLICY head_all ON camera_detail_history FOR ALL TO schoolwatch_head
    USING ((SELECT schoolwatch_city_wide()) OR camera_id IN (SELECT c.id FROM camera c JOIN school s ON s.id = c.school_id
                                                             WHERE s.district_id = (SELECT schoolwatch_my_district())))
    WITH CHECK ((SELECT schoolwatch_city_wide()) OR camera_id IN (SELECT c.id FROM camera c JOIN school s ON s.id = c.school_id
                                                                  WHERE s.district_id = (SELECT schoolwatch_my_district())));
CREATE POLICY admin_insert ON camera_detail_history FOR INSERT TO schoolwatch_admin WITH CHECK (true);
CREATE POLICY admin_update ON camera_detail_history FOR UPDATE TO schoolwatch_admin USING (true) WITH CHECK (true);

ALTER TABLE camera_fault ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON camera_fault FOR SELECT USING (true);
CREATE POLICY head_all ON camera_fault FOR ALL TO schoolwatch_head
    USING ((SELECT schoolwatch_city_wide()) OR camera_id IN (SELECT c.id FROM camera c JOIN school s ON s.id = c.school_id
                                                             WHERE s.district_id = (SELECT schoolwatch_my_district())))
    WITH CHECK ((SELECT schoolwatch_city_wide()) OR camera_id IN (SELECT c.id FROM camera c JOIN school s ON s.id = c.school_id
                                                                  WHERE s.district_id = (SELECT schoolwatch_my_district())));

ALTER TABLE school_equipment_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON school_equipment_history FOR SELECT USING (true);
CREATE POLICY head_all ON school_equipment_history FOR ALL TO schoolwatch_head
    USING ((SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district())))
    WITH CHECK ((SELECT schoolwatch_city_wide()) OR school_id IN (SELECT s.id FROM school s WHERE s.district_id = (SELECT schoolwatch_my_district())));

SELECT schoolwatch_audit_all_tables();
