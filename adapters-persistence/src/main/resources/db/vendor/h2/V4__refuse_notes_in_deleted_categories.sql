-- H2 only: what InnoDB's foreign key does on MySQL and MariaDB, H2's does not under concurrency.
-- H2 checks fk_note_category against what each transaction sees, so a note inserted (or moved)
-- into a category while another transaction deletes it could be committed by both: a note in a
-- category that is gone. H2NoteCounts closes the race on the category's count slots, which both
-- sides write: this trigger makes a delete lock them and refuse while they count a note; the
-- note's own trigger refuses a category whose slots are gone. MySQL and MariaDB need no V4.

-- Notes that an earlier version let through keep their text and lose only the category that is
-- gone: uncategorized, they can be read and listed again (the counts of a gone category are gone).
UPDATE note SET category_id = NULL
WHERE category_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM category c WHERE c.id = note.category_id);

CREATE TRIGGER category_deleted_only_without_notes BEFORE DELETE ON category FOR EACH ROW
  CALL 'dev.notes.adapter.persistence.H2NoteCounts';
