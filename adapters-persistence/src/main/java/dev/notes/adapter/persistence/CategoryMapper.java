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

  /** A plain read: it locks nothing, and writes nothing that a Galera node would certify. */
  CategoryRow selectByNameKey(String nameKey);

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
