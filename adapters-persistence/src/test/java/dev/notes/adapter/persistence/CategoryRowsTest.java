package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.shared.InvalidValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CategoryRowsTest {

  @Test
  void givenARowTheRulesRefuse_toCategory_reportsADefectOfTheStorageNotAnInvalidValue() {
    CategoryRow row = new CategoryRow();
    row.id = 4L;
    row.name = "elevenchars"; // one code point more than a name may have
    row.nameKey = row.name;
    row.createdAt = Instant.EPOCH;
    row.updatedAt = Instant.EPOCH;

    assertThatThrownBy(() -> CategoryRows.toCategory(row))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("category 4 as stored breaks a rule: ")
        .hasCauseInstanceOf(InvalidValue.class);
  }
}
