-- newsfacts database schema (DESIGN.md contract). Offsets are UTF-8 byte offsets, half-open,
-- into articles.body; cstart/cend are the same in Unicode code points. NULL = the text did not say.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS runs (
  id              INTEGER PRIMARY KEY,
  program_version TEXT NOT NULL,
  rules_hash      TEXT NOT NULL,
  started_at      TEXT NOT NULL,          -- UTC, ISO 8601
  finished_at     TEXT,                   -- NULL while running or when killed
  command         TEXT,                   -- the command line
  articles_read   INTEGER NOT NULL DEFAULT 0,
  articles_stored INTEGER NOT NULL DEFAULT 0,
  failures        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS articles (
  id               INTEGER PRIMARY KEY,
  article_id       TEXT NOT NULL,         -- the id in JSON output: file stem, feed guid, JSON id
  source           TEXT NOT NULL,         -- path, "-" or feed URL
  url              TEXT,
  title            TEXT,
  published        TEXT,                  -- YYYY-MM-DD
  format           TEXT NOT NULL,
  dateline_place   TEXT,
  dateline_date    TEXT,
  dateline_start   INTEGER,
  dateline_end     INTEGER,
  wire             TEXT,                  -- wire credit from the dateline: Reuters, AP, ...
  reference_date   TEXT,                  -- what relative dates were resolved against
  content_hash     TEXT NOT NULL UNIQUE,  -- of body: the same text is stored once
  previous_version INTEGER REFERENCES articles(id),  -- same URL, earlier text
  run              INTEGER REFERENCES runs(id),
  body             TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

CREATE TABLE IF NOT EXISTS sentences (
  article     INTEGER NOT NULL REFERENCES articles(id),
  idx         INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  boilerplate INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS mentions (
  id         INTEGER PRIMARY KEY,
  article    INTEGER NOT NULL REFERENCES articles(id),
  kind       TEXT NOT NULL,               -- date time duration set count percent money quantity agency location person
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  cstart     INTEGER NOT NULL,
  cend       INTEGER NOT NULL,
  sentence   INTEGER,
  text       TEXT NOT NULL,
  value      TEXT,                        -- TIMEX3 value, canonical name, or the number as text
  number     REAL,                        -- numeric kinds
  bound      TEXT,
  lower      REAL,
  upper      REAL,
  unit       TEXT,
  mod        TEXT,                        -- temporal
  begin_date TEXT,                        -- temporal: calendar interval, inclusive
  end_date   TEXT,
  country    TEXT,                        -- location, agency
  admin1     TEXT,
  lat        REAL,
  lon        REAL,
  acronym    TEXT,
  ambiguous  INTEGER NOT NULL DEFAULT 0,
  rule       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);
CREATE INDEX IF NOT EXISTS mentions_kind_value ON mentions(kind, value);

CREATE TABLE IF NOT EXISTS facts (
  id               TEXT PRIMARY KEY,      -- deterministic: content hash + span + value
  article          INTEGER NOT NULL REFERENCES articles(id),
  start            INTEGER NOT NULL,
  "end"            INTEGER NOT NULL,
  cstart           INTEGER NOT NULL,
  cend             INTEGER NOT NULL,
  text             TEXT NOT NULL,
  value            REAL NOT NULL,
  bound            TEXT NOT NULL,
  lower            REAL,
  upper            REAL,
  unit             TEXT,
  predicate        TEXT,
  time             TEXT,                  -- TIMEX3 value
  time_begin       TEXT,                  -- its calendar interval, inclusive (YYYY-MM-DD)
  time_end         TEXT,
  location         TEXT,                  -- ISO 3166-2 where a province is named, else ISO 3166-1
  source           TEXT,                  -- canonical agency name
  quantity_mention INTEGER REFERENCES mentions(id)
);
CREATE INDEX IF NOT EXISTS facts_article ON facts(article);
CREATE INDEX IF NOT EXISTS facts_claim ON facts(predicate, value, unit, time);

CREATE TABLE IF NOT EXISTS fact_args (
  fact    TEXT NOT NULL REFERENCES facts(id),
  role    TEXT NOT NULL,                  -- quantity unit predicate time location source
  mention INTEGER REFERENCES mentions(id),
  start   INTEGER NOT NULL,
  "end"   INTEGER NOT NULL,
  PRIMARY KEY (fact, role)
);
