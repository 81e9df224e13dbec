-- MySQL and MariaDB: the triggers that keep category_note_count exact (see V2). Each runs inside
-- the statement that fires it, so a note and its count change together even without a
-- transaction. 16 is the number of slots in note_count_slot. The H2 twin is
-- db/vendor/h2/V3__keep_note_counts.sql; both are held to the same contract by the repository tests.

CREATE TRIGGER category_note_count_slots AFTER INSERT ON category FOR EACH ROW
  INSERT INTO category_note_count (category_id, slot, note_count)
  SELECT NEW.id, slot, 0 FROM note_count_slot;

CREATE TRIGGER note_counted_on_insert AFTER INSERT ON note FOR EACH ROW
  UPDATE category_note_count SET note_count = note_count + 1
  WHERE category_id = NEW.category_id AND slot = MOD(NEW.id, 16);

-- A move changes two categories' counts in one statement; an edit of the text alone none.
CREATE TRIGGER note_counted_on_move AFTER UPDATE ON note FOR EACH ROW
  UPDATE category_note_count
  SET note_count = note_count + IF(category_id = NEW.category_id, 1, -1)
  WHERE slot = MOD(NEW.id, 16)
    AND category_id IN (OLD.category_id, NEW.category_id)
    AND NOT (OLD.category_id <=> NEW.category_id);

CREATE TRIGGER note_counted_on_delete AFTER DELETE ON note FOR EACH ROW
  UPDATE category_note_count SET note_count = note_count - 1
  WHERE category_id = OLD.category_id AND slot = MOD(OLD.id, 16);
