-- SPDX-License-Identifier: Apache-2.0
-- Issue 19: a camera's model as the contractor's list gives it (imported; optional).
ALTER TABLE camera ADD COLUMN model VARCHAR(100);
