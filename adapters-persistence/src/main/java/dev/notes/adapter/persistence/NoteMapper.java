package dev.notes.adapter.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * The SQL of the note table; statements in {@code NoteMapper.xml} beside this package. Every
 * statement that returns notes joins their category's id and name in the same statement.
 */
@Mapper
interface NoteMapper {

  /** Sets {@code row.id}. */
  void insert(NoteRow row);

  NoteRow selectById(long id);

  /** {@link #selectById} as a locking read, holding the note (not its category) until commit. */
  NoteRow selectByIdForUpdate(long id);

  /** Stores the row if the stored one is at {@code row.version - 1}; returns the rows changed. */
  int update(NoteRow row);

  int delete(long id);

  long countByCategory(long categoryId);

  List<NoteRow> selectPage(NotePageQuery query);

  /** The positions of the {@code offset + 1}-th listed note and of the one after it, if any. */
  List<NotePositionRow> selectSearchStop(NoteSearchStopQuery query);
}
