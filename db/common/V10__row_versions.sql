-- SPDX-License-Identifier: Apache-2.0
-- Every record an officer edits carries a version (issue 18). A save names the version its form opened; the
-- update matches only while the stored row still has it and then counts it up, so a save over someone else's
-- change writes nothing and the program shows both sides instead of silently overwriting one.
ALTER TABLE school ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE camera ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE school_equipment ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE officer ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE school_visit ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE outreach_event ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE leisure_centre ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE leisure_attendance ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE security_check ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE offence ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE partner ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE visit_purpose ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE event_type ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE offence_kind ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE app_user ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
