-- Indexes that hold every column the monthly summary and the dashboard read (issue 5), so those queries read
-- index pages only instead of a table row per camera or event: on the national dataset (100,000 cameras,
-- 200,000 events) the rows are spread over the encrypted file, and reading them one by one cost seconds.

-- Cameras present on a day at a school, by placement, status and link to the ЦОУ: the per-school figures of
-- the summary, its totals "now" and at the previous month's end, and the dashboard's covered schools.
CREATE INDEX camera_presence_ix ON camera (school_id, installed_on, removed_on, status, placement, connected_to_cou);

-- Events of a month by type, with pupils and parents summed: the summary's events section.
CREATE INDEX outreach_event_type_totals_ix ON outreach_event (event_type_id, held_on, pupils, parents);
