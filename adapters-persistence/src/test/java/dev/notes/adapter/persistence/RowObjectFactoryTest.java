package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.reflection.factory.ObjectFactory;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MyBatisOnH2
class RowObjectFactoryTest {

  @Autowired private SqlSessionFactory sessions;

  @Test
  void givenTheAdaptersMyBatis_objectFactory_isTheRowObjectFactory() {
    assertThat(sessions.getConfiguration().getObjectFactory()).isInstanceOf(RowObjectFactory.class);
  }

  @Test
  void givenAPackagePrivateRowClass_create_makesItWithoutAnIllegalAccessFirst() {
    ObjectFactory factory = new RowObjectFactory();

    assertThat(factory.create(NoteRow.class)).isInstanceOf(NoteRow.class);
    assertThat(factory.create(CategoryRow.class)).isNotSameAs(factory.create(CategoryRow.class));
  }

  @Test
  void givenATypeOfAnotherPackage_create_leavesItToMyBatis() {
    assertThat(new RowObjectFactory().create(List.class)).isInstanceOf(ArrayList.class);
  }

  @Test
  void givenAClassWithoutANoArgumentConstructor_create_failsNamingIt() {
    Throwable failure =
        catchThrowable(() -> new RowObjectFactory().create(MyBatisNoteRepository.class));

    assertThat(failure).hasMessageContaining("MyBatisNoteRepository");
  }
}
