package dev.notes.adapter.persistence;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * Makes the row objects of this package the cheap way. The row classes are package-private, and
 * MyBatis' DefaultObjectFactory calls their constructor, catches the IllegalAccessException (with
 * its message and stack trace) and only then makes it accessible: for every object, about a hundred
 * per list page, half of the page's server CPU. Here each row class's constructor is made
 * accessible once. Every other type is left to MyBatis.
 */
final class RowObjectFactory extends DefaultObjectFactory {

  private static final long serialVersionUID = 1L;

  private final transient Map<Class<?>, Constructor<?>> rowConstructors = new ConcurrentHashMap<>();

  @Override
  public <T> T create(
      Class<T> type, List<Class<?>> constructorArgTypes, List<Object> constructorArgs) {
    boolean noArguments = constructorArgTypes == null || constructorArgTypes.isEmpty();
    if (!noArguments || !type.getPackageName().equals(RowObjectFactory.class.getPackageName())) {
      return super.create(type, constructorArgTypes, constructorArgs);
    }
    try {
      return type.cast(
          rowConstructors.computeIfAbsent(type, RowObjectFactory::accessible).newInstance());
    } catch (ReflectiveOperationException e) {
      throw new ReflectionException("cannot make a " + type.getSimpleName(), e);
    }
  }

  private static Constructor<?> accessible(Class<?> rowType) {
    try {
      Constructor<?> constructor = rowType.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException e) {
      throw new ReflectionException(
          rowType.getSimpleName() + " has no constructor without arguments", e);
    }
  }
}
