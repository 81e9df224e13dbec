-- One script for MariaDB 10.6+, MySQL 8 and H2 in MODE=MySQL;DATABASE_TO_LOWER=TRUE.
--
-- utf8mb4_bin: identity of a category name is name_key, computed in Java as
-- toLowerCase(Locale.ROOT); a case- or accent-folding collation would make 'café' collide
-- with 'cafe'. H2 accepts and ignores the clause.
-- Lengths leave room beyond the domain's 10 code points: H2 counts UTF-16 units, and
-- lower-casing can lengthen a name ('İ' becomes two code points).
-- Primary keys are unnamed: MySQL and MariaDB always call them PRIMARY and warn about a name.
-- DATETIME(3) holds UTC wall-clock time with milliseconds, written by UtcInstantTypeHandler.

CREATE TABLE category (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  name       VARCHAR(40) NOT NULL,
  name_key   VARCHAR(80) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  version    BIGINT      NOT NULL,
  PRIMARY KEY (id),
  -- Uniqueness of names is the database's job; it also orders the category list by (name_key, id).
  CONSTRAINT uk_category_name_key UNIQUE (name_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE note (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  text        TEXT        NOT NULL,
  category_id BIGINT      NULL,
  created_at  DATETIME(3) NOT NULL,
  updated_at  DATETIME(3) NOT NULL,
  version     BIGINT      NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- All notes, newest first: a backward range read of this index, no sort.
CREATE INDEX ix_note_created_at_id ON note (created_at, id);
-- The notes of one category (or, with category_id IS NULL, the uncategorized ones), newest
-- first. Created before the foreign key so that the key uses it instead of an index of its own.
CREATE INDEX ix_note_category_id_created_at_id ON note (category_id, created_at, id);

ALTER TABLE note
  ADD CONSTRAINT fk_note_category FOREIGN KEY (category_id) REFERENCES category (id)
  ON DELETE RESTRICT;
