-- Version 2: merging looks an article's event up by its merge key and a window of days. With the key alone
-- indexed, a key shared by many events (talks between the same two countries) made each look-up read all
-- of them, so that ingest slowed as the archive grew; the key and the day together find the window at once.
CREATE INDEX events_merge_day ON events(merge_key, day);
DROP INDEX events_merge;
