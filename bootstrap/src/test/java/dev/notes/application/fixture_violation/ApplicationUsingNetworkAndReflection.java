package dev.notes.application.fixture_violation;

import java.lang.reflect.Method;
import java.net.URI;

/** Wrong on purpose (rule 2b): a service that calls out over the network and uses reflection. */
public final class ApplicationUsingNetworkAndReflection {

  public URI notifyEndpoint = URI.create("http://localhost/notify");

  public Method accessor(Class<?> type, String name) throws NoSuchMethodException {
    return type.getMethod(name);
  }
}
