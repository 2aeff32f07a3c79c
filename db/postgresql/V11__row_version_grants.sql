-- SPDX-License-Identifier: Apache-2.0
-- The officer and account tables are granted column by column (V8): their new versions (V10) are read by
-- everybody who reads the row and counted up by whoever may change it.
GRANT SELECT (row_version) ON officer TO schoolwatch_inspector, schoolwatch_admin;
GRANT SELECT (row_version) ON app_user TO schoolwatch_inspector, schoolwatch_head, schoolwatch_admin;
GRANT UPDATE (row_version) ON app_user TO schoolwatch_admin;
