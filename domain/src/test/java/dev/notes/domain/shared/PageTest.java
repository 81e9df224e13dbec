package dev.notes.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PageTest {

  /** Rows are strings here; a row's position is the row upper-cased, so it differs from the row. */
  private static final Function<String, String> POSITION = String::toUpperCase;

  @Test
  void givenOneRowMoreThanTheLimit_fromLookahead_keepsLimitRowsAndContinuesAfterTheLastKept() {
    Page<String, String> page = Page.fromLookahead(List.of("a", "b", "c", "d"), 3, POSITION);

    assertThat(page.items()).containsExactly("a", "b", "c");
    assertThat(page.next()).contains("C");
  }

  @Test
  void givenExactlyLimitRows_fromLookahead_hasNoNextPosition() {
    Page<String, String> page = Page.fromLookahead(List.of("a", "b", "c"), 3, POSITION);

    assertThat(page.items()).containsExactly("a", "b", "c");
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenFewerRowsThanTheLimit_fromLookahead_hasNoNextPosition() {
    Page<String, String> page = Page.fromLookahead(List.of("a"), 3, POSITION);

    assertThat(page.items()).containsExactly("a");
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenNoRows_fromLookahead_isEmptyWithNoNextPosition() {
    Page<String, String> page = Page.fromLookahead(List.of(), 3, POSITION);

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenLimitOfOneAndTwoRows_fromLookahead_continuesAfterTheOnlyKeptRow() {
    Page<String, String> page = Page.fromLookahead(List.of("a", "b"), 1, POSITION);

    assertThat(page.items()).containsExactly("a");
    assertThat(page.next()).contains("A");
  }

  @Test
  void givenAReadStoppedAtItsBoundBeforeThePageFilled_fromBoundedLookahead_continuesAfterTheStop() {
    Page<String, String> page =
        Page.fromBoundedLookahead(List.of("a"), 3, POSITION, Optional.of("STOP"));

    assertThat(page.items()).containsExactly("a");
    assertThat(page.next()).contains("STOP");
  }

  @Test
  void givenAReadStoppedAtItsBoundWithNoRows_fromBoundedLookahead_isEmptyButHasANextPosition() {
    Page<String, String> page =
        Page.fromBoundedLookahead(List.<String>of(), 3, POSITION, Optional.of("STOP"));

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).contains("STOP");
  }

  @Test
  void givenAFullPageBeforeTheStop_fromBoundedLookahead_continuesAfterTheLastKeptRow() {
    Page<String, String> page =
        Page.fromBoundedLookahead(List.of("a", "b", "c"), 2, POSITION, Optional.of("STOP"));

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.next()).contains("B");
  }

  @Test
  void givenAReadThatWentToTheEnd_fromBoundedLookahead_hasNoNextPosition() {
    Page<String, String> page =
        Page.fromBoundedLookahead(List.of("a"), 3, POSITION, Optional.<String>empty());

    assertThat(page.items()).containsExactly("a");
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenRowsListChangedAfterwards_page_keepsItsOwnCopy() {
    List<String> rows = new ArrayList<>(List.of("a", "b"));
    Page<String, String> page = Page.fromLookahead(rows, 3, POSITION);

    rows.clear();

    assertThat(page.items()).containsExactly("a", "b");
  }

  @Test
  void givenPageWithNextPosition_map_changesItemsAndKeepsThePosition() {
    Page<String, String> page = Page.fromLookahead(List.of("a", "b", "c"), 2, POSITION);

    Page<Integer, String> mapped = page.map(String::length);

    assertThat(mapped.items()).containsExactly(1, 1);
    assertThat(mapped.next()).contains("B");
  }
}
