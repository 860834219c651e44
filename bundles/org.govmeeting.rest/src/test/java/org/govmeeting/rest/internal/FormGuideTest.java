package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.TopicForm;
import org.junit.Test;

/** The form guide describes every field of the topic form and every category. */
public class FormGuideTest {
  @Test
  public void everyFieldOfTheTopicFormIsDescribedWithItsRule() {
    // rule: F1 F2 F3 P1 P2 P3 S3 S4 S6 — a field added to the form without its rule fails here
    List<String> paths = new ArrayList<>();
    collect(TopicForm.class, "", paths);
    List<String> described = FormGuide.fieldPaths();
    for (String p : paths) {
      assertTrue("not described: " + p, described.contains(p));
    }
    for (String d : described) {
      assertTrue("no such field: " + d, paths.contains(d));
    }
    assertEquals(Category.values().length, FormGuide.of(false).categories.size());
    FormGuide.Field reporter =
        FormGuide.of(false).fields.stream()
            .filter(f -> f.field.equals("reporterId"))
            .findFirst()
            .get();
    assertEquals("汇报人", reporter.label);
    assertEquals("F2", reporter.clause);
    assertEquals("议题填报表：汇报人。", reporter.clauseText);
    assertEquals("Reporter", FormGuide.of(true).fields.get(2).label);
  }

  private static void collect(Class<?> type, String prefix, List<String> out) {
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Class<?> t = f.getType();
      String name = prefix + f.getName();
      if (t == List.class
          && f.getGenericType() instanceof ParameterizedType pt
          && pt.getActualTypeArguments()[0] instanceof Class<?> element
          && element.getPackageName().startsWith("org.govmeeting")) {
        collect(element, name + "[].", out);
      } else if (t.getPackageName().startsWith("org.govmeeting") && !t.isEnum()) {
        collect(t, name + ".", out);
      } else {
        out.add(name);
      }
    }
  }
}
