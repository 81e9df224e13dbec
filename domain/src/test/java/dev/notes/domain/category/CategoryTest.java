package dev.notes.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CategoryTest {

  private static final CategoryId ID = new CategoryId(7);
  private static final CategoryName TECH = new CategoryName("tech");
  // .999999 would round up to the next second: it must be cut to .999, not rounded.
  private static final Instant CREATED = Instant.parse("2026-11-24T10:00:00.999999Z");
  private static final Instant LATER = Instant.parse("2026-11-25T08:30:00.000500Z");

  @Test
  void givenMicrosecondInstant_created_truncatesTimestampsToMilliseconds() {
    Category category = Category.created(ID, TECH, CREATED);

    assertThat(category.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00.999Z"));
    assertThat(category.updatedAt()).isEqualTo(category.createdAt());
  }

  @Test
  void givenNewCategory_created_startsAtTheFirstVersion() {
    assertThat(Category.created(ID, TECH, CREATED).version()).isZero();
  }

  @Test
  void givenStoredCategory_renamedTo_bumpsTheVersionByOneAndKeepsCreatedAt() {
    Category stored = new Category(ID, TECH, CREATED, CREATED, 4);

    Category renamed = stored.renamedTo(new CategoryName("Technik"), LATER);

    assertThat(renamed.id()).isEqualTo(ID);
    assertThat(renamed.name()).isEqualTo(new CategoryName("Technik"));
    assertThat(renamed.version()).isEqualTo(5);
    assertThat(renamed.createdAt()).isEqualTo(stored.createdAt());
    assertThat(renamed.updatedAt()).isEqualTo(Instant.parse("2026-11-25T08:30:00.000Z"));
  }

  @Test
  void givenNegativeVersion_construct_isRefused() {
    assertThatThrownBy(() -> new Category(ID, TECH, CREATED, CREATED, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenMissingTimestamp_construct_isRefused() {
    assertThatThrownBy(() -> new Category(ID, TECH, null, CREATED, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenCategory_ref_carriesItsIdAndName() {
    assertThat(Category.created(ID, TECH, CREATED).ref()).isEqualTo(new CategoryRef(ID, TECH));
  }
}
