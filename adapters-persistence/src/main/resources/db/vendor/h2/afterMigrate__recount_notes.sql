-- H2 only, after every migration run (so at every start-up on H2, and db migrate): recount the
-- notes of every category into its slots (see V2), changing only the slots that are off; and, as V4
-- did once, keep a note whose category is gone, uncategorized.
--
-- Why: H2's file store does not take one snapshot across tables when it writes to disk, so a
-- process killed while transactions were open can leave one of them half there after the restart
-- (H2 issue 2080): a count slot changed without the note that changed it, or the reverse (seen
-- here once in 16 kill -9s under concurrent writes, never without a kill), or a category deleted
-- while a note still names it. The embedded database is opened by this process alone, so nothing
-- writes while this runs, and all is consistent again before the first request. MySQL and MariaDB
-- (InnoDB) recover whole transactions: they need none of this.

UPDATE note SET category_id = NULL
WHERE category_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM category c WHERE c.id = note.category_id);

MERGE INTO category_note_count k
USING (
  SELECT s.category_id, s.slot, COALESCE(counted.notes, 0) AS notes
  FROM category_note_count s
  LEFT JOIN (
    SELECT category_id, MOD(id, 16) AS slot, COUNT(*) AS notes
    FROM note
    WHERE category_id IS NOT NULL
    GROUP BY category_id, MOD(id, 16)
  ) counted ON counted.category_id = s.category_id AND counted.slot = s.slot
) recounted
ON k.category_id = recounted.category_id AND k.slot = recounted.slot
WHEN MATCHED AND k.note_count <> recounted.notes THEN
  UPDATE SET note_count = recounted.notes;
