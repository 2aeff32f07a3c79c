-- SPDX-License-Identifier: Apache-2.0
-- Issue 21: is each school protected as the law requires, and what were its cameras on a past date.
--
-- What a requirement check needs of a school and its cameras, the history that lets every figure be read "as of"
-- a past date (faults and repairs; each change of a camera's details and of a school's equipment, valid from its
-- day), and the requirements themselves as data: sets valid from a date, whose items say what is required, of
-- which schools, and by which rule the program judges it (service.compliance.ComplianceRules).

-- The building: the rules "a camera at every entrance" and "on every floor" count against these. Unknown (NULL)
-- makes those items "unknown", not "not met".
ALTER TABLE school ADD COLUMN entrances INT;
ALTER TABLE school ADD COLUMN floors INT;
ALTER TABLE school ADD CONSTRAINT school_entrances_ck CHECK (entrances IS NULL OR entrances BETWEEN 1 AND 50);
ALTER TABLE school ADD CONSTRAINT school_floors_ck CHECK (floors IS NULL OR floors BETWEEN 1 AND 30);

ALTER TABLE school_equipment ADD COLUMN turnstiles BOOLEAN DEFAULT FALSE NOT NULL;

-- A camera's details. The zone says where it stands for the requirements (entrance No. N, floor No. N, a
-- corridor, the courtyard and perimeter); view_area keeps what it looks at. "connection" replaces the yes/no
-- connected_to_cou: a camera reaches the police ЦОУ, «Сергек», the district duty unit or nobody.
DROP INDEX camera_presence_ix;
ALTER TABLE camera ADD COLUMN zone VARCHAR(12) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE camera ADD COLUMN zone_number INT;
ALTER TABLE camera ADD COLUMN technology VARCHAR(8);
ALTER TABLE camera ADD COLUMN archive_days INT;
ALTER TABLE camera ADD COLUMN connection VARCHAR(12) DEFAULT 'NONE' NOT NULL;
ALTER TABLE camera ADD COLUMN last_checked_on DATE;
UPDATE camera SET connection = 'COU' WHERE connected_to_cou;
UPDATE camera SET zone = CASE view_area
    WHEN 'ENTRANCE' THEN 'ENTRANCE' WHEN 'CORRIDOR' THEN 'CORRIDOR' WHEN 'YARD' THEN 'PERIMETER'
    WHEN 'PERIMETER' THEN 'PERIMETER' ELSE 'OTHER' END;
ALTER TABLE camera DROP COLUMN connected_to_cou;
ALTER TABLE camera ADD CONSTRAINT camera_zone_ck CHECK (zone IN ('ENTRANCE', 'FLOOR', 'CORRIDOR', 'PERIMETER', 'OTHER'));
ALTER TABLE camera ADD CONSTRAINT camera_zone_number_ck CHECK (zone_number IS NULL OR zone_number BETWEEN 1 AND 50);
ALTER TABLE camera ADD CONSTRAINT camera_technology_ck CHECK (technology IS NULL OR technology IN ('ANALOG', 'DIGITAL'));
ALTER TABLE camera ADD CONSTRAINT camera_archive_days_ck CHECK (archive_days IS NULL OR archive_days BETWEEN 0 AND 3650);
ALTER TABLE camera ADD CONSTRAINT camera_connection_ck CHECK (connection IN ('COU', 'SERGEK', 'DUTY_UNIT', 'NONE'));
CREATE INDEX camera_presence_ix ON camera (school_id, installed_on, removed_on, status, placement, connection);

-- Each camera's details from a day on: the row with the latest valid_from on or before a date is what the
-- camera was that day. Written with every change of the details (persistence.CameraHistory); the details a
-- camera had before this version count from the start.
CREATE TABLE camera_detail_history (
    camera_id    BIGINT      NOT NULL,
    valid_from   DATE        NOT NULL,
    zone         VARCHAR(12) NOT NULL,
    zone_number  INT,
    technology   VARCHAR(8),
    archive_days INT,
    connection   VARCHAR(12) NOT NULL,
    CONSTRAINT camera_detail_history_pk PRIMARY KEY (camera_id, valid_from),
    CONSTRAINT camera_detail_history_camera_fk FOREIGN KEY (camera_id) REFERENCES camera (id) ON DELETE CASCADE
);
INSERT INTO camera_detail_history (camera_id, valid_from, zone, zone_number, technology, archive_days, connection)
    SELECT id, DATE '2000-01-01', zone, zone_number, technology, archive_days, connection FROM camera;

-- A school's equipment from a day on, the same way (persistence.EquipmentHistory).
CREATE TABLE school_equipment_history (
    school_id              BIGINT       NOT NULL,
    valid_from             DATE         NOT NULL,
    panic_button           BOOLEAN      NOT NULL,
    panic_button_connected BOOLEAN      NOT NULL,
    access_control         BOOLEAN      NOT NULL,
    turnstiles             BOOLEAN      NOT NULL,
    metal_detector         BOOLEAN      NOT NULL,
    pa_system              BOOLEAN      NOT NULL,
    guard_company          VARCHAR(200),
    guard_contract_end     DATE,
    CONSTRAINT school_equipment_history_pk PRIMARY KEY (school_id, valid_from),
    CONSTRAINT school_equipment_history_school_fk FOREIGN KEY (school_id) REFERENCES school (id)
);
INSERT INTO school_equipment_history (school_id, valid_from, panic_button, panic_button_connected, access_control,
                                      turnstiles, metal_detector, pa_system, guard_company, guard_contract_end)
    SELECT school_id, DATE '2000-01-01', panic_button, panic_button_connected, access_control, turnstiles,
           metal_detector, pa_system, guard_company, guard_contract_end FROM school_equipment;

-- Faults and repairs. A camera with a fault found on or before a day and not repaired by then was not in order
-- that day; camera.status stays the state of today (FAULTY while a fault is open), kept by the service.
CREATE TABLE camera_fault (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    camera_id      BIGINT        NOT NULL,
    found_on       DATE          NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    note           VARCHAR(1000),
    repaired_on    DATE,
    repair_outcome VARCHAR(12),
    repair_note    VARCHAR(1000),
    row_version    INT DEFAULT 0 NOT NULL,
    CONSTRAINT camera_fault_kind_ck CHECK (kind IN
        ('NOT_WORKING', 'NO_POWER', 'PARTIAL_COVERAGE', 'WRONG_PLACE', 'SHORT_ARCHIVE', 'POOR_PICTURE', 'OTHER')),
    CONSTRAINT camera_fault_outcome_ck CHECK (repair_outcome IS NULL OR repair_outcome IN ('REPAIRED', 'REPLACED', 'DISMANTLED')),
    CONSTRAINT camera_fault_repair_ck CHECK ((repaired_on IS NULL) = (repair_outcome IS NULL)),
    CONSTRAINT camera_fault_dates_ck CHECK (repaired_on IS NULL OR repaired_on >= found_on),
    CONSTRAINT camera_fault_camera_fk FOREIGN KEY (camera_id) REFERENCES camera (id) ON DELETE CASCADE
);
CREATE INDEX camera_fault_camera_ix ON camera_fault (camera_id, found_on, repaired_on);
CREATE INDEX camera_fault_open_ix ON camera_fault (repaired_on, found_on);
-- The cameras faulty before this version: their fault is known from the day the program learnt of it.
INSERT INTO camera_fault (camera_id, found_on, kind, note)
    SELECT id, CURRENT_DATE, 'NOT_WORKING', NULL FROM camera WHERE status = 'FAULTY';

-- The requirements. A set is valid from its day until the next set's; the set of a date judges that date.
CREATE TABLE requirement_set (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name         VARCHAR(300)  NOT NULL,
    legal_source VARCHAR(1000) NOT NULL,
    valid_from   DATE          NOT NULL,
    row_version  INT DEFAULT 0 NOT NULL,
    CONSTRAINT requirement_set_valid_from_uq UNIQUE (valid_from),
    CONSTRAINT requirement_set_name_ck CHECK (CHAR_LENGTH(TRIM(name)) > 0)
);

-- One requirement: its text and source; the schools it applies to (more pupils than pupils_over, or every
-- school when NULL; also every school of a regional centre when in_regional_centre; only the listed school types,
-- comma-separated, or all when NULL); the rule that judges it and the rule's figure (days of recordings kept).
-- code names a shipped item, whose text the program shows in the user's language while it is unchanged.
CREATE TABLE requirement_item (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    set_id             BIGINT        NOT NULL,
    position           INT           NOT NULL,
    code               VARCHAR(40),
    title              VARCHAR(500)  NOT NULL,
    legal_source       VARCHAR(500)  NOT NULL,
    rule               VARCHAR(30)   NOT NULL,
    threshold          INT,
    pupils_over        INT,
    in_regional_centre BOOLEAN DEFAULT FALSE NOT NULL,
    school_types       VARCHAR(200),
    row_version        INT DEFAULT 0 NOT NULL,
    CONSTRAINT requirement_item_set_fk FOREIGN KEY (set_id) REFERENCES requirement_set (id) ON DELETE CASCADE,
    CONSTRAINT requirement_item_position_uq UNIQUE (set_id, position),
    CONSTRAINT requirement_item_title_ck CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT requirement_item_rule_ck CHECK (rule IN ('VIDEO_SURVEILLANCE', 'CAMERA_AT_EVERY_ENTRANCE',
        'CAMERA_ON_EVERY_FLOOR', 'CAMERA_COVERS_GROUNDS', 'ARCHIVE_DAYS', 'CAMERAS_IN_ORDER', 'CAMERAS_TO_COU',
        'PANIC_BUTTON', 'LICENSED_GUARD', 'TURNSTILES', 'WARNING_SYSTEM', 'ACCESS_CONTROL')),
    CONSTRAINT requirement_item_threshold_ck CHECK (threshold IS NULL OR threshold BETWEEN 0 AND 3650),
    CONSTRAINT requirement_item_pupils_ck CHECK (pupils_over IS NULL OR pupils_over >= 0)
);

INSERT INTO requirement_set (name, legal_source, valid_from) VALUES
    ('Антитеррористическая защита школ',
     'Постановление Правительства РК № 305 от 6 мая 2021 г.; приказ МП РК № 117 от 30 марта 2022 г.; '
         || 'совместный приказ МОН и МВД РК 2019 г. о стандартах оснащения видеонаблюдением (рег. V1900018239)',
     DATE '2021-05-06');

INSERT INTO requirement_item (set_id, position, code, title, legal_source, rule, threshold, pupils_over, in_regional_centre)
SELECT s.id, i.position, i.code, i.title, i.legal_source, i.rule, i.threshold, i.pupils_over, i.in_regional_centre
FROM requirement_set s CROSS JOIN (VALUES
    (1, 'VIDEO', 'Система видеонаблюдения', 'ППРК № 305 от 06.05.2021', 'VIDEO_SURVEILLANCE', CAST(NULL AS INT), CAST(NULL AS INT), FALSE),
    (2, 'WARNING', 'Система оповещения', 'ППРК № 305 от 06.05.2021', 'WARNING_SYSTEM', NULL, NULL, FALSE),
    (3, 'ACCESS', 'Пропускной режим (контроль доступа)', 'Приказ МП РК № 117 от 30.03.2022', 'ACCESS_CONTROL', NULL, NULL, FALSE),
    (4, 'ENTRANCES', 'Камера у каждого входа и выхода', 'Стандарт оснащения видеонаблюдением 2019 г. (V1900018239)', 'CAMERA_AT_EVERY_ENTRANCE', NULL, NULL, FALSE),
    (5, 'FLOORS', 'Камера на каждом этаже', 'Стандарт оснащения видеонаблюдением 2019 г. (V1900018239)', 'CAMERA_ON_EVERY_FLOOR', NULL, NULL, FALSE),
    (6, 'GROUNDS', 'Камеры охватывают двор и периметр', 'Стандарт оснащения видеонаблюдением 2019 г. (V1900018239)', 'CAMERA_COVERS_GROUNDS', NULL, NULL, FALSE),
    (7, 'ARCHIVE', 'Записи хранятся не менее 30 суток', 'ППРК № 305 от 06.05.2021', 'ARCHIVE_DAYS', 30, NULL, FALSE),
    (8, 'IN_ORDER', 'Все камеры исправны', 'Приказ МВД РК № 540 от 29.07.2020 (проверочный лист)', 'CAMERAS_IN_ORDER', NULL, NULL, FALSE),
    (9, 'COU', 'Камеры подключены к ЦОУ полиции', 'Приказ МП РК № 117 от 30.03.2022', 'CAMERAS_TO_COU', NULL, 300, FALSE),
    (10, 'PANIC', 'Тревожная кнопка с выводом на охрану и ЦОУ', 'Приказ МП РК № 117 от 30.03.2022', 'PANIC_BUTTON', NULL, 300, FALSE),
    (11, 'GUARD', 'Охрана лицензированной охранной организацией', 'ППРК № 305 от 06.05.2021', 'LICENSED_GUARD', NULL, 700, TRUE),
    (12, 'TURNSTILES', 'Турникеты на входе', 'ППРК № 305 от 06.05.2021', 'TURNSTILES', NULL, 700, TRUE)
) AS i (position, code, title, legal_source, rule, threshold, pupils_over, in_regional_centre);
