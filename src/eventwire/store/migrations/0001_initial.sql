-- eventwire store, schema version 1.
--
-- One row per article, and one row per item of each Doc layer, keyed by article_id
-- and kept in document order by idx. Spans are stored as "start"/"end" column pairs
-- (character offsets into articles.text). "end" and "at" are SQL keywords, so they
-- are always quoted. Foreign keys are left out on purpose: DuckDB checks them row by
-- row, which would undo the columnar bulk insert; Store.add() writes an article and
-- its layers in one transaction instead.

CREATE TABLE articles (
    id        VARCHAR PRIMARY KEY,
    title     VARCHAR,
    text      VARCHAR NOT NULL,
    url       VARCHAR,
    source    VARCHAR,
    author    VARCHAR,
    published DATE,
    language  VARCHAR,
    fetched   TIMESTAMP,             -- UTC
    ingested  TIMESTAMP NOT NULL     -- UTC, when Store.add() wrote it
);

CREATE TABLE sentences (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       VARCHAR NOT NULL
);

CREATE TABLE actors (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    actor_id    VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    country     VARCHAR,
    sectors     VARCHAR[] NOT NULL,
    known_group VARCHAR,
    kb_id       VARCHAR,
    confidence  DOUBLE NOT NULL
);

-- Mentions of an actor; idx is the order within that actor's chain.
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL
);

-- source_country / target_country are copied from the first source / target actor so
-- that the commonest filter needs no join. date is when_value when it names a whole
-- day, else NULL.
CREATE TABLE events (
    article_id      VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,
    event_id        VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    contexts        VARCHAR[] NOT NULL,
    cameo           VARCHAR,
    quad_class      INTEGER,
    goldstein       DOUBLE,
    acled_type      VARCHAR,
    acled_subtype   VARCHAR,
    source          VARCHAR[] NOT NULL,
    target          VARCHAR[] NOT NULL,
    source_country  VARCHAR,
    target_country  VARCHAR,
    place_name      VARCHAR,
    place_start     INTEGER,
    place_end       INTEGER,
    place_country   VARCHAR,
    place_admin1    VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    place_geonameid BIGINT,
    place_precision VARCHAR,
    when_value      VARCHAR,
    when_start      INTEGER,
    when_end        INTEGER,
    when_type       VARCHAR,
    when_precision  VARCHAR,
    when_method     VARCHAR,
    date            DATE,
    modality        VARCHAR NOT NULL,
    reported_by     VARCHAR,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    mentions        STRUCT("start" INTEGER, "end" INTEGER)[] NOT NULL,
    confidence      DOUBLE NOT NULL,
    coder_version   VARCHAR NOT NULL
);

CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    name       VARCHAR NOT NULL,
    "start"    INTEGER,
    "end"      INTEGER,
    country    VARCHAR,
    admin1     VARCHAR,
    lat        DOUBLE,
    lon        DOUBLE,
    geonameid  BIGINT,
    precision  VARCHAR
);

CREATE TABLE times (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    value      VARCHAR NOT NULL,
    "start"    INTEGER,
    "end"      INTEGER,
    type       VARCHAR NOT NULL,
    precision  VARCHAR,
    method     VARCHAR NOT NULL
);

-- event_id is NULL for the document's counts layer and set for an event's own counts;
-- idx is the order within that list.
CREATE TABLE counts (
    article_id VARCHAR NOT NULL,
    event_id   VARCHAR,
    idx        INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,
    value      BIGINT NOT NULL,
    qualifier  VARCHAR,
    victim     VARCHAR,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);

CREATE TABLE quotes (
    article_id    VARCHAR NOT NULL,
    idx           INTEGER NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    direct        BOOLEAN NOT NULL,
    speaker       VARCHAR,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    cue_start     INTEGER,
    cue_end       INTEGER,
    via           VARCHAR
);

-- key is a hash of locator and reason, so recording the same failure twice is a no-op.
CREATE TABLE skipped (
    key     VARCHAR PRIMARY KEY,
    locator VARCHAR NOT NULL,
    reason  VARCHAR NOT NULL,
    detail  VARCHAR NOT NULL,
    "at"    TIMESTAMP NOT NULL
);

CREATE INDEX events_date ON events (date);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_source_country ON events (source_country);
CREATE INDEX events_target_country ON events (target_country);
-- One document's rows, and one page of events' actors and counts, are looked up by
-- article_id with constant IN lists, which DuckDB answers from these indexes.
CREATE INDEX events_article ON events (article_id);
CREATE INDEX sentences_article ON sentences (article_id);
CREATE INDEX actors_article ON actors (article_id);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX places_article ON places (article_id);
CREATE INDEX times_article ON times (article_id);
CREATE INDEX counts_article ON counts (article_id);
CREATE INDEX quotes_article ON quotes (article_id);
