package org.govmeeting.intake.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.topic.Topic;

/**
 * Deep copies of the topics a page hands out: kept topics are shared by every reader, so no caller
 * may hold one. A copy goes field by field over the API's public fields, found by reflection, so a
 * field added to the API later is copied too; a copy through JSON cost about six times as much,
 * which a page of 50 kept topics (answered in milliseconds) would feel. Should the API ever hold a
 * kind of value this does not know (a map, an array), topics are copied through the form's JSON
 * mapping instead: slower, but whole.
 */
final class TopicCopies {
  /** A DTO class's public constructor and instance fields, looked up once. */
  private record Shape(Constructor<?> make, Field[] fields) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          Constructor<?> make;
          try {
            make = type.getConstructor();
          } catch (NoSuchMethodException e) {
            make = null;
          }
          Field[] fields =
              Arrays.stream(type.getFields())
                  .filter(f -> !Modifier.isStatic(f.getModifiers()))
                  .toArray(Field[]::new);
          return new Shape(make, fields);
        }
      };

  /** Whether a topic is copied field by field. */
  static final boolean FIELD_BY_FIELD = copies(Topic.class, new HashSet<>());

  private final FormJson json;

  TopicCopies(FormJson json) {
    this.json = json;
  }

  Topic copy(Topic topic) {
    return FIELD_BY_FIELD ? (Topic) deep(topic) : json.copy(topic);
  }

  /** Whether values of this type, and everything they hold, are copied here. */
  static boolean copies(Type type, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      return p.getRawType() == List.class && copies(p.getActualTypeArguments()[0], seen);
    }
    if (!(type instanceof Class<?> c)) {
      return false;
    }
    if (immutable(c) || !seen.add(c)) {
      return true;
    }
    Shape shape = SHAPES.get(c);
    if (!c.getPackageName().startsWith("org.govmeeting.api.") || shape.make() == null) {
      return false;
    }
    for (Field f : shape.fields()) {
      if (Modifier.isFinal(f.getModifiers()) || !copies(f.getGenericType(), seen)) {
        return false;
      }
    }
    return true;
  }

  private static boolean immutable(Class<?> c) {
    return c.isPrimitive()
        || Enum.class.isAssignableFrom(c)
        || c == String.class
        || c == Boolean.class
        || c == Character.class
        || (Number.class.isAssignableFrom(c) && c.getPackageName().equals("java.lang"))
        // The date and time values are immutable (the clocks are not values a DTO holds).
        || (c.getPackageName().equals("java.time") && !java.time.Clock.class.isAssignableFrom(c));
  }

  private static Object deep(Object value) {
    if (value == null || immutable(value.getClass())) {
      return value;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(deep(item));
      }
      return out;
    }
    Shape shape = SHAPES.get(value.getClass());
    try {
      Object out = shape.make().newInstance();
      for (Field f : shape.fields()) {
        f.set(out, deep(f.get(value)));
      }
      return out;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy a " + value.getClass().getName(), e);
    }
  }
}
