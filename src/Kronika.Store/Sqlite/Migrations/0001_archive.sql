-- Version 1 of the archive: the stored articles with their whole extraction, the facts of each article
-- in normalised tables, and the archive entities, events and claims merged across articles.

-- One row per stored article. `extraction` is the article's JSON contract (docs/schema.md), kept whole
-- so that a document can be shown with every span; `text` is the NFC text its offsets point into.
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,
    url           TEXT,
    title         TEXT,
    date          TEXT,
    outlet        TEXT,
    author        TEXT,
    origin        TEXT NOT NULL,
    text          TEXT NOT NULL,
    extraction    TEXT NOT NULL,
    entity_count  INTEGER NOT NULL,
    event_count   INTEGER NOT NULL,
    quote_count   INTEGER NOT NULL,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_outlet ON documents(outlet);

-- One real actor or place across the archive. `key` is its identity (knowledge-base id, else
-- TYPE|normalised base form|country); `folded` its name lower-cased without diacritics, for look-ups.
CREATE TABLE entities (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    type          TEXT NOT NULL,
    name          TEXT NOT NULL,
    folded        TEXT NOT NULL,
    country       TEXT,
    actor         TEXT,
    knowledge_id  TEXT,
    mentions      INTEGER NOT NULL DEFAULT 0,
    documents     INTEGER NOT NULL DEFAULT 0,
    events        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_folded ON entities(folded);
CREATE INDEX entities_knowledge ON entities(knowledge_id);
CREATE INDEX entities_type ON entities(type, country);

-- An article's entity (its local id, e1…) and the archive entity it was merged into.
CREATE TABLE document_entities (
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id      TEXT NOT NULL,
    entity_id     INTEGER NOT NULL REFERENCES entities(id),
    name          TEXT NOT NULL,
    roles         TEXT NOT NULL,  -- JSON array of the role phrases the article gives it
    PRIMARY KEY (document_id, local_id)
) WITHOUT ROWID;
CREATE INDEX document_entities_entity ON document_entities(entity_id);

CREATE TABLE mentions (
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_local  TEXT NOT NULL,
    entity_id     INTEGER NOT NULL REFERENCES entities(id),
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    lemma         TEXT NOT NULL,
    folded        TEXT NOT NULL,
    kind          TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id);
-- Look-ups by name read only name mentions (not pronouns or role nouns): a smaller index to keep up.
CREATE INDEX mentions_folded ON mentions(folded, entity_id) WHERE kind = 'name';
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE times (
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id      TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    type          TEXT NOT NULL,
    value         TEXT,
    PRIMARY KEY (document_id, local_id)
) WITHOUT ROWID;

CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id      TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    direct        INTEGER NOT NULL,
    speaker_id    INTEGER REFERENCES entities(id),
    speaker_text  TEXT,
    cue           TEXT
);
CREATE INDEX quotes_document ON quotes(document_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

-- One real event across the archive. `merge_key` is what must be equal for two reports to be one event:
-- type, CAMEO root and the source and target archive-entity sets. `date`, `location_id` and `status` are
-- recomputed from the mentions (docs/archive.md).
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    merge_key     TEXT NOT NULL,
    type          TEXT NOT NULL,
    mode          TEXT,
    cameo         TEXT,
    date          TEXT,
    day           TEXT,   -- the date when it is a calendar day (YYYY-MM-DD), for filters and merging
    location_id   INTEGER REFERENCES entities(id),
    status        TEXT NOT NULL,
    num_mentions  INTEGER NOT NULL DEFAULT 0,
    num_sources   INTEGER NOT NULL DEFAULT 0,
    num_articles  INTEGER NOT NULL DEFAULT 0,
    single_document INTEGER  -- set for an undated event, which merges only within its own article
);
CREATE INDEX events_merge ON events(merge_key);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_type ON events(type, cameo);

CREATE TABLE event_actors (
    event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entities(id),
    side          TEXT NOT NULL CHECK (side IN ('source', 'target')),
    PRIMARY KEY (event_id, side, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_entity ON event_actors(entity_id, event_id);

-- One article's report of an archive event.
CREATE TABLE event_mentions (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id      TEXT NOT NULL,
    event_id      INTEGER NOT NULL REFERENCES events(id),
    mode          TEXT,
    cameo         TEXT,
    date          TEXT,
    location_id   INTEGER REFERENCES entities(id),
    status        TEXT NOT NULL,
    claimed_by    TEXT NOT NULL,  -- JSON array of archive entity ids
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    trigger_text  TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end  INTEGER NOT NULL,
    sentence_text TEXT NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_document ON event_mentions(document_id);

-- One claim per claimed or alleged archive event; its reports and denials come from any article.
CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL UNIQUE REFERENCES events(id) ON DELETE CASCADE
);

CREATE TABLE claim_reports (
    id            INTEGER PRIMARY KEY,
    claim_id      INTEGER NOT NULL REFERENCES claims(id),
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id      TEXT NOT NULL,
    start         INTEGER NOT NULL,  -- where the clause is in the article, -1 when the text does not hold it
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    claimants     TEXT NOT NULL,  -- JSON array of archive entity ids
    denied_by     TEXT NOT NULL   -- JSON array: who denies it later in the same article
);
CREATE INDEX claim_reports_claim ON claim_reports(claim_id);
CREATE INDEX claim_reports_document ON claim_reports(document_id);

-- Full text with diacritics removed (`zolnierze` finds `żołnierze`; Unicode does not decompose `ł`, so
-- that letter must be typed). The rowid of each row is the id of the row it indexes.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
