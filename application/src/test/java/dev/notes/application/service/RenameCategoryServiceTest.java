package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.in.ExpectedVersions;
import dev.notes.application.port.in.RenameCategoryUseCase.RenameCategoryCommand;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.application.testing.FailingAfterWorkUnitOfWork;
import dev.notes.application.testing.ForwardingCategoryRepository;
import dev.notes.application.testing.InMemoryUnitOfWork;
import dev.notes.application.testing.SimulatedFailure;
import dev.notes.application.testing.TestClock;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.StaleVersion;
import dev.notes.domain.testing.InMemoryDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameCategoryServiceTest {

  private static final ExpectedVersions ANY_VERSION = ExpectedVersions.any();

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(db);
  private final RenameCategoryService service = serviceWith(db.categories(), unitOfWork);

  @Test
  void givenNewName_renameCategory_storesItAndBumpsTheVersion() {
    Category stored = category(db, "tech");

    Category renamed = service.renameCategory(command(stored, "Technik", ANY_VERSION)).category();

    assertThat(renamed.name().value()).isEqualTo("Technik");
    assertThat(renamed.version()).isEqualTo(stored.version() + 1);
    assertThat(renamed.createdAt()).isEqualTo(stored.createdAt());
    assertThat(renamed.updatedAt()).isEqualTo(TestClock.NOW_IN_MILLIS);
    assertThat(db.categories().findById(stored.id())).contains(renamed);
  }

  @Test
  void givenCategoryWithNotes_renameCategory_returnsItsNoteCount() {
    Category stored = category(db, "tech");
    note(db, "one", stored);
    note(db, "two", stored);

    CategoryWithNoteCount renamed = service.renameCategory(command(stored, "Technik", ANY_VERSION));

    assertThat(renamed.noteCount()).isEqualTo(2);
  }

  @Test
  void givenSameSpelling_renameCategory_keepsTheVersionAndUpdatedAt() {
    Category stored = category(db, "tech");

    Category result = service.renameCategory(command(stored, "tech", ANY_VERSION)).category();

    assertThat(result).isEqualTo(stored);
    assertThat(db.categories().findById(stored.id())).contains(stored);
  }

  @Test
  void givenOwnNameInAnotherCase_renameCategory_storesTheNewSpelling() {
    Category stored = category(db, "tech");

    Category renamed = service.renameCategory(command(stored, "TECH", ANY_VERSION)).category();

    assertThat(renamed.name().value()).isEqualTo("TECH");
    assertThat(renamed.version()).isEqualTo(stored.version() + 1);
  }

  @Test
  void givenNameOfAnotherCategory_renameCategory_throwsCategoryNameTakenAndChangesNothing() {
    category(db, "tech");
    Category other = category(db, "other");

    assertThatThrownBy(() -> service.renameCategory(command(other, "Tech", ANY_VERSION)))
        .isInstanceOf(CategoryNameTaken.class);
    assertThat(db.categories().findById(other.id())).contains(other);
  }

  @Test
  void givenMissingCategory_renameCategory_throwsCategoryNotFound() {
    RenameCategoryCommand command =
        new RenameCategoryCommand(new CategoryId(404), new CategoryName("x"), ANY_VERSION);

    assertThatThrownBy(() -> service.renameCategory(command)).isInstanceOf(CategoryNotFound.class);
  }

  @Test
  void givenCurrentExpectedVersion_renameCategory_storesTheNewName() {
    Category stored = category(db, "tech");

    Category renamed =
        service
            .renameCategory(
                command(stored, "Technik", ExpectedVersions.oneOf(List.of(stored.version()))))
            .category();

    assertThat(renamed.name().value()).isEqualTo("Technik");
  }

  @Test
  void givenStaleExpectedVersion_renameCategory_throwsStaleVersionAndChangesNothing() {
    Category stored = category(db, "tech");
    ExpectedVersions stale = ExpectedVersions.oneOf(List.of(stored.version() + 1));

    assertThatThrownBy(() -> service.renameCategory(command(stored, "Technik", stale)))
        .isInstanceOf(StaleVersion.class);
    assertThat(db.categories().findById(stored.id())).contains(stored);
  }

  @Test
  void givenConcurrentRenameWinsTheRace_renameCategory_throwsStaleVersion() {
    Category stored = category(db, "tech");
    CategoryRepository losingEveryUpdate =
        new ForwardingCategoryRepository(db.categories()) {
          @Override
          public boolean update(Category changed) {
            return false; // another writer bumped the version between our read and our write
          }
        };
    RenameCategoryService losing = serviceWith(losingEveryUpdate, unitOfWork);

    assertThatThrownBy(() -> losing.renameCategory(command(stored, "Technik", ANY_VERSION)))
        .isInstanceOf(StaleVersion.class);
  }

  @Test
  void givenFailingCommit_renameCategory_keepsTheOldName() {
    Category stored = category(db, "tech");
    FailingAfterWorkUnitOfWork failingCommit = new FailingAfterWorkUnitOfWork(db);
    RenameCategoryService failing = serviceWith(db.categories(), failingCommit);

    assertThatThrownBy(() -> failing.renameCategory(command(stored, "Technik", ANY_VERSION)))
        .isInstanceOf(SimulatedFailure.class);

    assertThat(failingCommit.storeLeftByWork().orElseThrow().categories().get(stored.id().value()))
        .as("stored by the work")
        .extracting(Category::name)
        .isEqualTo(new CategoryName("Technik"));
    assertThat(db.categories().findById(stored.id())).as("after the rollback").contains(stored);
  }

  @Test
  void givenRename_renameCategory_runsExactlyOneUnitOfWork() {
    Category stored = category(db, "tech");

    service.renameCategory(command(stored, "Technik", ANY_VERSION));

    assertThat(unitOfWork.unitsOfWork()).isEqualTo(1);
  }

  private RenameCategoryService serviceWith(CategoryRepository categories, UnitOfWork unitOfWork) {
    return new RenameCategoryService(categories, db.notes(), unitOfWork, TestClock.fixed());
  }

  private static RenameCategoryCommand command(
      Category category, String newName, ExpectedVersions expectedVersions) {
    return new RenameCategoryCommand(category.id(), new CategoryName(newName), expectedVersions);
  }
}
