-- Search served from D1, written at publish time: a fact's searchable text (its id and labels) is its
-- group's (the id up to the period, and the labels, shared by every period of a series) followed by
-- its period suffix, so a query reads two small tables and only the facts they point to.

CREATE TABLE search_groups (
  version TEXT NOT NULL,
  gid INTEGER NOT NULL,
  -- The id up to its period, ending in '-' (cn-internet-users-); the whole id when it has no such shape.
  prefix TEXT NOT NULL,
  -- Lower case, as a query is.
  label_en TEXT NOT NULL,
  label_zh TEXT NOT NULL,
  -- The search_terms row of the terms this metric and entity are found by.
  term_ordinal INTEGER NOT NULL,
  -- How many facts the group holds: a query ranks groups first and reads the facts of the best only.
  facts INTEGER NOT NULL,
  PRIMARY KEY (version, gid)
);
CREATE INDEX search_groups_terms ON search_groups (version, term_ordinal);

-- What an id holds after its group's prefix (2024-12, 2024-h1): a few hundred per version.
CREATE TABLE search_suffixes (
  version TEXT NOT NULL,
  sid INTEGER NOT NULL,
  suffix TEXT NOT NULL,
  PRIMARY KEY (version, sid)
);

-- One fact for each metric and set of terms (the first in dataset order): the index of words a query's
-- metric terms are found with.
CREATE TABLE search_terms (
  version TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (version, ordinal)
);

ALTER TABLE observations ADD COLUMN search_group INTEGER;
ALTER TABLE observations ADD COLUMN search_suffix INTEGER;
-- Covering: a query scores and orders facts from these alone and reads the bodies of the answers only.
CREATE INDEX observations_search_group ON observations (version, search_group, search_suffix, period_key, id);
CREATE INDEX observations_search_suffix ON observations (version, search_suffix, search_group, period_key, id);

-- 1 when the version was published with the tables above; an older version is searched as before.
ALTER TABLE versions ADD COLUMN search INTEGER NOT NULL DEFAULT 0;
