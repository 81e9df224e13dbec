-- H2: the triggers that keep category_note_count exact (see V2), as H2 runs them: a Java class,
-- H2NoteCounts, which does what db/vendor/mysql/V3__keep_note_counts.sql does on MySQL and MariaDB.

CREATE TRIGGER category_note_count_slots AFTER INSERT ON category FOR EACH ROW
  CALL 'dev.notes.adapter.persistence.H2NoteCounts';

CREATE TRIGGER note_counted AFTER INSERT, UPDATE, DELETE ON note FOR EACH ROW
  CALL 'dev.notes.adapter.persistence.H2NoteCounts';
