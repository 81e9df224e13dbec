package dev.notes.adapter.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The SQL of the category table; statements in {@code CategoryMapper.xml} beside this package. */
@Mapper
interface CategoryMapper {

  /**
   * Sets {@code row.id}; a duplicate name key fails with Spring's {@code DuplicateKeyException}.
   */
  void insert(CategoryRow row);

  /** Inserts the row unless its name key is taken; never fails on a duplicate, never sets an id. */
  void insertUnlessNameKeyTaken(CategoryRow row);

  /**
   * A locking read: it sees the latest committed row even where a plain read would see the
   * transaction's older snapshot, and holds the row until commit.
   */
  CategoryRow selectByNameKeyForUpdate(String nameKey);

  CategoryRow selectById(long id);

  /** {@link #selectById} as a locking read, holding the row until commit. */
  CategoryRow selectByIdForUpdate(long id);

  CountedCategoryRow selectCountedById(long id);

  CountedCategoryRow selectCountedByNameKey(String nameKey);

  /** Stores the row if the stored one is at {@code row.version - 1}; returns the rows changed. */
  int update(CategoryRow row);

  int delete(long id);

  List<CountedCategoryRow> selectPage(CategoryPageQuery query);
}
