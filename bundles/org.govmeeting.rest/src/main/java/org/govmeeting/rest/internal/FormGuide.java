package org.govmeeting.rest.internal;

import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.MaterialFile;

/**
 * What the topic form (附1 议题填报表) asks, field by field, with the rule behind each: so that a
 * department fills it in once instead of learning it from refusals. {@code FormGuideTest} fails
 * when a field of {@code TopicForm} is not described here.
 */
final class FormGuide {
  /** The guide as the API answers it. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "TopicFormGuide")
  public static class View {
    public List<Field> fields;
    public List<CategoryEntry> categories;
    public List<Material> materials;
  }

  /** One field of the form. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "TopicFormField")
  public static class Field {
    /** The JSON path of the field in the topic form. */
    public String field;

    public String label;
    public String clause;
    public String clauseText;

    /**
     * When it is required: {@code always} (a draft needs it), {@code submission}, {@code condition}
     * (when {@link #when} holds), or {@code optional}.
     */
    public String required;

    /** The condition, in words, for {@code required = condition}. */
    public String when;
  }

  /** A category a topic can be (T2–T9). */
  @io.swagger.v3.oas.annotations.media.Schema(name = "TopicCategory")
  public static class CategoryEntry {
    /** What the form sends: the category's name, or its clause ID. */
    public String name;

    public String code;
    public String label;
    public String clauseText;
  }

  /** A kind of material file that may be uploaded with the topic. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "MaterialKind")
  public static class Material {
    public MaterialFile.Kind kind;
    public String label;
    public String clause;
  }

  private FormGuide() {}

  static View of(boolean english) {
    View v = new View();
    v.fields = new ArrayList<>();
    for (String[] r : FormGuideRows.FIELDS) {
      Field f = new Field();
      f.field = r[0];
      f.label = english ? r[2] : r[1];
      if (r[3] != null) {
        Clause c = Clause.valueOf(r[3]);
        f.clause = c.name();
        f.clauseText = ProblemMapper.clauseText(c, english);
      }
      f.required = r[4];
      f.when = english ? r[6] : r[5];
      v.fields.add(f);
    }
    v.categories = new ArrayList<>();
    for (String[] r : FormGuideRows.CATEGORIES) {
      Category c = Category.valueOf(r[0]);
      CategoryEntry e = new CategoryEntry();
      e.name = c.name();
      e.code = c.clause().name();
      e.label = english ? r[2] : r[1];
      e.clauseText = ProblemMapper.clauseText(c.clause(), english);
      v.categories.add(e);
    }
    v.materials = new ArrayList<>();
    material(
        v,
        MaterialFile.Kind.IMPLEMENTATION_OPINION,
        english ? "Implementation opinion" : "实施意见",
        "P1");
    material(v, MaterialFile.Kind.EXPLANATION, english ? "Topic explanation" : "议题说明", "P1");
    material(
        v, MaterialFile.Kind.INTERPRETATION, english ? "Policy interpretation" : "政策解读材料", "P2");
    material(v, MaterialFile.Kind.OTHER, english ? "Other materials" : "其他会议材料", "M1");
    return v;
  }

  /** Every field path the guide describes, for the test that keeps it complete. */
  static List<String> fieldPaths() {
    List<String> out = new ArrayList<>();
    for (String[] r : FormGuideRows.FIELDS) {
      out.add(r[0]);
    }
    return out;
  }

  private static void material(View v, MaterialFile.Kind kind, String label, String clause) {
    Material m = new Material();
    m.kind = kind;
    m.label = label;
    m.clause = clause;
    v.materials.add(m);
  }
}
