-- Note counts kept per category, so that reading one costs the same for a category of ten notes
-- and of a million (a COUNT(*) reads one index entry per note).
--
-- A count is spread over 16 rows ("slots"; a note counts in slot id MOD 16): notes of one category
-- written at the same time, through different nodes of a Galera cluster, mostly update different
-- rows instead of one hot row that fails certification. The sum of the slots is the count.
-- Every category has all its slots from its creation on, so counting is only ever an UPDATE.
-- Triggers (V3, one script per database under db/vendor) keep the slots exact in the very statement
-- that creates a category or inserts, moves or deletes a note; they assume these 16 slots.
--
-- Upgrading a database that has notes: run this migration while no older instance writes
-- (db migrate before starting the new version), or a note written meanwhile may be counted twice
-- or not at all.

CREATE TABLE note_count_slot (
  slot SMALLINT NOT NULL,
  PRIMARY KEY (slot)
);

INSERT INTO note_count_slot (slot)
VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15);

CREATE TABLE category_note_count (
  category_id BIGINT   NOT NULL,
  slot        SMALLINT NOT NULL,
  note_count  BIGINT   NOT NULL,
  PRIMARY KEY (category_id, slot),
  -- A category can only be deleted without notes: its zero counts go with it.
  CONSTRAINT fk_category_note_count_category FOREIGN KEY (category_id) REFERENCES category (id)
    ON DELETE CASCADE
);

INSERT INTO category_note_count (category_id, slot, note_count)
SELECT category_id, MOD(id, 16), COUNT(*)
FROM note
WHERE category_id IS NOT NULL
GROUP BY category_id, MOD(id, 16);

INSERT INTO category_note_count (category_id, slot, note_count)
SELECT c.id, s.slot, 0
FROM category c CROSS JOIN note_count_slot s
WHERE NOT EXISTS (
  SELECT 1 FROM category_note_count k WHERE k.category_id = c.id AND k.slot = s.slot);
