package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mapper method without a statement compiles and starts, and fails only when called; this finds
 * one at build time.
 */
@MyBatisOnH2
class MappedStatementsTest {

  @Autowired private SqlSessionFactory sessions;

  @Test
  void givenTheAdaptersMappers_eachMethod_hasAMappedStatement() {
    Configuration configuration = sessions.getConfiguration();
    Collection<Class<?>> mappers = configuration.getMapperRegistry().getMappers();

    assertThat(mappers).contains(CategoryMapper.class, NoteMapper.class);
    List<String> unmapped =
        mappers.stream()
            .flatMap(mapper -> Arrays.stream(mapper.getDeclaredMethods()))
            .filter(method -> !method.isDefault() && !method.isSynthetic())
            .map(MappedStatementsTest::statementId)
            .filter(id -> !configuration.hasStatement(id))
            .toList();
    assertThat(unmapped).as("mapper methods without a statement").isEmpty();
  }

  private static String statementId(Method method) {
    return method.getDeclaringClass().getName() + "." + method.getName();
  }
}
