-- SPDX-License-Identifier: Apache-2.0
-- The import of a unit's lists (issue 19) is run by a head of unit or by the administrator. A head's rights on
-- schools, cameras and officers (V8) already cover it, within the district. The administrator, who changes no
-- school by hand, may bring the whole city's lists in: the group gets the rows' writes and the officers' phone
-- numbers, which an import compares so that the same file twice changes nothing.
GRANT INSERT, UPDATE ON school, camera, officer TO schoolwatch_admin;
GRANT SELECT (phone) ON officer TO schoolwatch_admin;
CREATE POLICY admin_insert ON school FOR INSERT TO schoolwatch_admin WITH CHECK (true);
CREATE POLICY admin_update ON school FOR UPDATE TO schoolwatch_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_insert ON camera FOR INSERT TO schoolwatch_admin WITH CHECK (true);
CREATE POLICY admin_update ON camera FOR UPDATE TO schoolwatch_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_insert ON officer FOR INSERT TO schoolwatch_admin WITH CHECK (true);
CREATE POLICY admin_update ON officer FOR UPDATE TO schoolwatch_admin USING (true) WITH CHECK (true);

-- An import remembers which column is which field for the next file of the same shape, in the program's
-- settings: a head writes those keys and no other setting.
GRANT INSERT, UPDATE ON app_setting TO schoolwatch_head;
ALTER TABLE app_setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON app_setting FOR SELECT USING (true);
CREATE POLICY admin_all ON app_setting FOR ALL TO schoolwatch_admin USING (true) WITH CHECK (true);
CREATE POLICY head_import_mapping ON app_setting FOR ALL TO schoolwatch_head
    USING (setting_key LIKE 'import.mapping.%') WITH CHECK (setting_key LIKE 'import.mapping.%');
