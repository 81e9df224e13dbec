package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The real unit of work on MariaDB: all or nothing, and a deadlock victim runs again. */
@MyBatisOnMariaDb
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SpringUnitOfWorkOnMariaDbTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123Z");

  @Autowired private UnitOfWork unitOfWork;
  @Autowired private CategoryRepository categories;
  @Autowired private NoteRepository notes;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void givenCategoryMadeByNameThenAFailingNoteInsert_inTransaction_storesNeither() {
    CategoryRef gone = new CategoryRef(new CategoryId(987_654_321), new CategoryName("gone"));

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      categories.findOrAdd(new CategoryName("fresh"), NOW);
                      return notes.add(new NoteText("note"), Optional.of(gone), NOW);
                    }))
        .isInstanceOf(ReferencedCategoryNotFound.class);

    assertThat(categories.findWithNoteCountByName(new CategoryName("fresh"))).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM note")).isZero();
  }

  @Test
  void givenCategoryMadeByNameAndANoteInIt_inTransaction_storesBoth() {
    unitOfWork.inTransaction(
        () -> {
          Category fresh = categories.findOrAdd(new CategoryName("fresh"), NOW);
          return notes.add(new NoteText("note"), Optional.of(fresh.ref()), NOW);
        });

    assertThat(categories.findWithNoteCountByName(new CategoryName("fresh")))
        .hasValueSatisfying(found -> assertThat(found.noteCount()).isOne());
  }

  /**
   * Two units of work lock two rows in opposite orders; MariaDB undoes one of them as the deadlock
   * victim. Both end well, because the victim runs again in a fresh transaction.
   */
  @Test
  void givenTwoUnitsOfWorkInADeadlock_inTransaction_runsTheVictimAgainAndBothSucceed()
      throws Exception {
    long first = categories.add(new CategoryName("first"), NOW).id().value();
    long second = categories.add(new CategoryName("second"), NOW).id().value();
    CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
    AtomicInteger runs = new AtomicInteger();

    ExecutorService twoThreads = Executors.newFixedThreadPool(2);
    try {
      Future<?> forwards =
          twoThreads.submit(() -> touchInOrder(first, second, bothHoldTheirFirstLock, runs));
      Future<?> backwards =
          twoThreads.submit(() -> touchInOrder(second, first, bothHoldTheirFirstLock, runs));
      forwards.get(60, TimeUnit.SECONDS);
      backwards.get(60, TimeUnit.SECONDS);
    } finally {
      twoThreads.shutdownNow();
    }

    assertThat(runs).hasValue(3);
    assertThat(count("SELECT SUM(version) FROM category")).isEqualTo(4);
  }

  /**
   * Locks {@code a}, waits (first run only) until the other thread holds its lock, locks {@code b}.
   */
  private void touchInOrder(long a, long b, CyclicBarrier gate, AtomicInteger runs) {
    unitOfWork.inTransaction(
        () -> {
          boolean firstRun = runs.incrementAndGet() <= 2;
          jdbc.update("UPDATE category SET version = version + 1 WHERE id = ?", a);
          if (firstRun) {
            awaitQuietly(gate);
          }
          jdbc.update("UPDATE category SET version = version + 1 WHERE id = ?", b);
          return null;
        });
  }

  private static void awaitQuietly(CyclicBarrier gate) {
    try {
      gate.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other unit of work never took its first lock", e);
    }
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }
}
