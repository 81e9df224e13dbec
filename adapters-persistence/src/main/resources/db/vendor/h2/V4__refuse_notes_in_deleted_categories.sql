-- H2 only: what InnoDB's foreign key does on MySQL and MariaDB, H2's does not under concurrency.
-- H2 checks fk_note_category against what each transaction sees, so a note inserted (or moved)
-- into a category while another transaction deletes it could be committed by both: a note in a
-- category that is gone. H2NoteCounts closes the race on the category's count slots, which both
-- sides write: this trigger makes a delete lock them and refuse while they count a note; the
-- note's own trigger refuses a category whose slots are gone. MySQL and MariaDB need no V4.

CREATE TRIGGER category_deleted_only_without_notes BEFORE DELETE ON category FOR EACH ROW
  CALL 'dev.notes.adapter.persistence.H2NoteCounts';
