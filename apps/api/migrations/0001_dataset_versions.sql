-- The dataset in D1: every table is keyed by dataset version, so a new version loads beside the
-- current one and readers switch in one statement (UPDATE current_version).

CREATE TABLE versions (
  version TEXT PRIMARY KEY,
  -- 'loading' while batches go in; only a 'ready' version can become current.
  state TEXT NOT NULL CHECK (state IN ('loading', 'ready')),
  facts INTEGER NOT NULL,
  -- JSON: the entity records the claim checker recognises.
  entities TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One row: the version every reader serves, and the one a rollback returns to.
CREATE TABLE current_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version TEXT,
  previous TEXT,
  switched_at TEXT
);
INSERT INTO current_version (id, version, previous) VALUES (1, NULL, NULL);

-- One row per served fact (an observation): index columns beside the fact as served (JSON).
CREATE TABLE observations (
  version TEXT NOT NULL,
  id TEXT NOT NULL,
  -- Position in the dataset: lists come back in the same order as from the embedded store.
  ordinal INTEGER NOT NULL,
  metric TEXT NOT NULL,
  entity TEXT NOT NULL,
  -- The month the period ends (YYYY-MM): sorts a series.
  period_key TEXT NOT NULL,
  source TEXT NOT NULL,
  status TEXT NOT NULL,
  unit TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (version, id)
);
CREATE INDEX observations_series ON observations (version, metric, entity, period_key, ordinal);
CREATE INDEX observations_order ON observations (version, ordinal);
CREATE INDEX observations_entity ON observations (version, entity, ordinal);
CREATE INDEX observations_source ON observations (version, source, ordinal);

-- Metrics, defined once per version (label, unit, terms), as JSON.
CREATE TABLE metrics (
  version TEXT NOT NULL,
  id TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (version, id)
);

-- Search and claim matching start from the words that name a metric.
CREATE TABLE metric_terms (
  version TEXT NOT NULL,
  term TEXT NOT NULL,
  metric TEXT NOT NULL,
  lang TEXT NOT NULL CHECK (lang IN ('en', 'zh'))
);
CREATE INDEX metric_terms_term ON metric_terms (version, term);

CREATE TABLE sources (
  version TEXT NOT NULL,
  id TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (version, id)
);

-- Where each fact was quoted (citedBy), one row per citation.
CREATE TABLE quotes (
  version TEXT NOT NULL,
  fact_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX quotes_fact ON quotes (version, fact_id);
CREATE INDEX quotes_article ON quotes (version, article_id);

-- Facts that describe another (its change, its share): include=related.
CREATE TABLE related_facts (
  version TEXT NOT NULL,
  subject TEXT NOT NULL,
  fact_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL
);
CREATE INDEX related_facts_subject ON related_facts (version, subject, ordinal);
