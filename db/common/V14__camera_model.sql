-- SPDX-License-Identifier: Apache-2.0
-- A camera's model, as the contractor's list names it (issue 19: the import of cameras brings it in).
ALTER TABLE camera ADD COLUMN model VARCHAR(100);
