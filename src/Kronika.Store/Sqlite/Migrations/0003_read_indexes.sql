-- Version 3: indexes for the read routes of a large archive, so that a page is read in its order instead of
-- sorting every row that passes the filters.
-- The newest documents first (/api/documents).
CREATE INDEX documents_newest ON documents(date IS NULL, date DESC, id DESC);
-- The timeline: dated events in date order, undated ones last (/api/events).
CREATE INDEX events_timeline ON events(date IS NULL, date, id);
-- Events of one type in a range of days (/api/events?type=…&from=…&to=…).
CREATE INDEX events_type_day ON events(type, day);
-- An entity's names with their counts, read from the index alone (/api/entities/{id}).
CREATE INDEX mentions_entity_names ON mentions(entity_id, kind, lemma);
DROP INDEX mentions_entity;
-- Denied claims (/api/claims?denied=true): the few denying reports, found without visiting every claim.
CREATE INDEX claim_reports_denying ON claim_reports(claim_id) WHERE denied_by <> '[]';
CREATE INDEX event_mentions_denied ON event_mentions(event_id) WHERE status = 'denied';
