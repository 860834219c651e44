package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.govmeeting.api.topic.Topic;
import org.junit.Test;

public class TopicCopiesTest {
  private final TopicCopies copies = new TopicCopies(new FormJson());

  @Test
  public void topicsAreCopiedFieldByField() {
    assertTrue(
        "the API's topic holds a kind of value TopicCopies does not know",
        TopicCopies.FIELD_BY_FIELD);
  }

  @Test
  public void aCopyHasEveryFieldAndSharesNothingMutable() throws Exception {
    Topic topic = (Topic) filled(Topic.class);
    Topic copy = copies.copy(topic);
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    assertEquals(json.writeValueAsString(topic), json.writeValueAsString(copy));
    assertDisjoint(topic, copy);
  }

  @Test
  public void whatItDoesNotKnowIsLeftToJson() {
    assertFalse(TopicCopies.copies(Map.class, new HashSet<>()));
    assertFalse(TopicCopies.copies(long[].class, new HashSet<>()));
    assertFalse(TopicCopies.copies(Object.class, new HashSet<>()));
  }

  /** A value of the type with every field set, lists of one, so nothing is left at its default. */
  private static Object filled(Type type) throws Exception {
    if (type instanceof ParameterizedType p) {
      return List.of(filled(p.getActualTypeArguments()[0]));
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return "值";
    }
    if (c == long.class || c == Long.class) {
      return 7L;
    }
    if (c == int.class || c == Integer.class) {
      return 7;
    }
    if (c == boolean.class || c == Boolean.class) {
      return true;
    }
    if (c.isEnum()) {
      return c.getEnumConstants()[1];
    }
    if (c == Instant.class) {
      return Instant.parse("2026-03-01T08:00:00.123456789Z");
    }
    if (c == LocalDate.class) {
      return LocalDate.of(2026, 3, 1);
    }
    Object out = c.getConstructor().newInstance();
    for (Field f : c.getFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        f.set(out, filled(f.getGenericType()));
      }
    }
    return out;
  }

  private static void assertDisjoint(Object a, Object b) throws Exception {
    if (a == null || a instanceof String || a instanceof Number || a instanceof Enum<?>) {
      return;
    }
    if (a instanceof Boolean || a instanceof Instant || a instanceof LocalDate) {
      return;
    }
    assertNotSame(a.getClass().getSimpleName() + " is shared", a, b);
    if (a instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        assertDisjoint(l.get(i), ((List<?>) b).get(i));
      }
      return;
    }
    for (Field f : a.getClass().getFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        assertDisjoint(f.get(a), f.get(b));
      }
    }
  }
}
