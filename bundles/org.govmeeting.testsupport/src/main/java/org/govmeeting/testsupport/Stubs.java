package org.govmeeting.testsupport;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * Stands in for another module's service in a unit test: answers only the methods the test names,
 * by name, and fails loudly on any other, so a test never depends on behaviour it did not state.
 */
public final class Stubs {
  private Stubs() {}

  @SuppressWarnings("unchecked")
  public static <T> T only(Class<T> type, Map<String, Function<Object[], Object>> answers) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Function<Object[], Object> answer = answers.get(method.getName());
              if (answer == null && method.isDefault()) {
                // The interface's own way of answering from the methods the test named.
                return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
              }
              if (answer == null) {
                throw new UnsupportedOperationException(
                    type.getSimpleName() + "." + method.getName() + " was not expected");
              }
              return answer.apply(args);
            });
  }
}
