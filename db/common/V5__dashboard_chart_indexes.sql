-- The dashboard's events chart counts a year of events by type and month. On the date index H2 read a table
-- row per event (200,000 on the national dataset, 1.5 to 2.9 s); with the type beside the date the year is
-- one range of index pages (about 70 ms warm).
CREATE INDEX outreach_event_month_ix ON outreach_event (held_on, event_type_id);
