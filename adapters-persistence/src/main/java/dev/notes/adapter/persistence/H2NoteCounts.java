package dev.notes.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * On H2, keeps {@code category_note_count} exact as the MySQL triggers of {@code
 * db/vendor/mysql/V3__keep_note_counts.sql} do there (H2 runs triggers as Java): a new category
 * gets its zero slots; a note inserted, moved or deleted changes its categories' counts in its
 * slot, {@code id MOD 16}, inside the statement that changed the note. Public with a public
 * constructor because H2 instantiates it by name ({@code db/vendor/h2/V3__keep_note_counts.sql}).
 *
 * <p>It also does what H2's foreign key leaves to chance when a note arrives in a category that is
 * being deleted ({@code db/vendor/h2/V4__refuse_notes_in_deleted_categories.sql}): a note counted
 * into a category whose slots are gone is refused, and a category is deleted only after locking its
 * slots and finding them all zero. Whichever side writes the slots first, the other waits for it
 * and then sees what it did, as with InnoDB's foreign key.
 */
public final class H2NoteCounts implements Trigger {

  private static final int SLOTS = 16;
  private static final String PARENT_MISSING = "23506"; // H2's codes, which Spring translates
  private static final String CHILD_EXISTS = "23503";

  private boolean onCategory;
  private boolean beforeDelete;
  private int idColumn;
  private int categoryIdColumn;

  @Override
  public void init(
      Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    onCategory = table.equalsIgnoreCase("category");
    beforeDelete = before && (type & Trigger.DELETE) != 0; // a bit mask of the trigger's events
    idColumn = columnIndex(connection, schema, table, "id");
    categoryIdColumn = onCategory ? -1 : columnIndex(connection, schema, table, "category_id");
  }

  @Override
  public void fire(Connection connection, Object @Nullable [] before, Object @Nullable [] after)
      throws SQLException {
    if (beforeDelete) {
      refuseWhileCounted(connection, (Long) Objects.requireNonNull(before)[idColumn]);
      return;
    }
    if (onCategory) {
      addSlots(connection, (Long) Objects.requireNonNull(after)[idColumn]);
      return;
    }
    Object[] row = Objects.requireNonNull(after != null ? after : before);
    long slot = (Long) row[idColumn] % SLOTS;
    Long from = before == null ? null : (Long) before[categoryIdColumn];
    Long to = after == null ? null : (Long) after[categoryIdColumn];
    if (!Objects.equals(from, to)) {
      count(connection, from, slot, -1);
      count(connection, to, slot, 1);
    }
  }

  private static void addSlots(Connection connection, long categoryId) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO category_note_count (category_id, slot, note_count)"
                + " SELECT ?, slot, 0 FROM note_count_slot")) {
      insert.setLong(1, categoryId);
      insert.executeUpdate();
    }
  }

  private static void count(Connection connection, @Nullable Long categoryId, long slot, int change)
      throws SQLException {
    if (categoryId == null) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE category_note_count SET note_count = note_count + ?"
                + " WHERE category_id = ? AND slot = ?")) {
      update.setInt(1, change);
      update.setLong(2, categoryId);
      update.setLong(3, slot);
      if (update.executeUpdate() == 0 && change > 0) {
        throw new SQLException("category " + categoryId + " no longer exists", PARENT_MISSING);
      }
    }
  }

  /** The locking read waits for a note being counted in, and then sees its count. */
  private static void refuseWhileCounted(Connection connection, long categoryId)
      throws SQLException {
    try (PreparedStatement slots =
        connection.prepareStatement(
            "SELECT note_count FROM category_note_count WHERE category_id = ? FOR UPDATE")) {
      slots.setLong(1, categoryId);
      try (ResultSet counts = slots.executeQuery()) {
        while (counts.next()) {
          if (counts.getLong(1) != 0) {
            throw new SQLException("category " + categoryId + " still has notes", CHILD_EXISTS);
          }
        }
      }
    }
  }

  /** Zero-based, as H2 passes rows; looked up so that a new column cannot shift it unnoticed. */
  private static int columnIndex(Connection connection, String schema, String table, String column)
      throws SQLException {
    try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, column)) {
      if (!columns.next()) {
        throw new SQLException("no column " + column + " in " + schema + "." + table);
      }
      return columns.getInt("ORDINAL_POSITION") - 1;
    }
  }
}
