package dev.notes.adapter.web;

/** The words a client understands for the Java type a value had to fit. */
final class ValueKinds {

  private ValueKinds() {}

  static String of(Class<?> type) {
    if (type == null) {
      return "a different kind of value";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == Long.class || type == long.class) {
      return "a whole number up to " + Long.MAX_VALUE;
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number up to " + Integer.MAX_VALUE;
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "a JSON object";
  }
}
