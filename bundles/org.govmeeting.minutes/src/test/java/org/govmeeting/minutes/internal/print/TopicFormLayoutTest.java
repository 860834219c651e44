package org.govmeeting.minutes.internal.print;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class TopicFormLayoutTest {
  static TopicFormPrint form() {
    TopicFormPrint f = new TopicFormPrint();
    f.reference = "议题编号17，第2版";
    f.rows.add(new TopicFormPrint.Row("议题名称", List.of("关于校园食堂管理办法的议题")));
    f.rows.add(new TopicFormPrint.Row("汇报人", List.of("罗平（区教育局局长）")));
    f.rows.add(new TopicFormPrint.Row("牵头单位、列席单位", List.of("牵头单位：区教育局", "列席单位：区财政局、区市场监管局")));
    f.rows.add(
        new TopicFormPrint.Row(
            "是否已充分征求相关部门意见（牵头部门主要负责人签字确认）", List.of("罗平（区教育局局长）：已签字确认　2026年11月20日")));
    f.rows.add(
        new TopicFormPrint.Row(
            "如涉及重大财政资金安排、融资及债务管理等事项，须由区财政局、常务副区长审核（区财政局主要负责人、常务副区长签字确认）",
            List.of("周敏（区财政局局长）：已签字确认　2026年11月21日", "王红（常务副区长）：已签字确认　2026年11月22日")));
    f.rows.add(
        new TopicFormPrint.Row("如涉及规范性文件及其他法律性较强的事项，须由区司法局审核把关（区司法局主要负责人签字确认）", List.of("不涉及")));
    f.rows.add(
        new TopicFormPrint.Row("是否已经分管副区长审阅（分管副区长签字确认）", List.of("赵敏（副区长）：已签字确认　2026年11月23日")));
    f.rows.add(
        new TopicFormPrint.Row("上会议题是否程序完备、条件具备、材料规范（区政府办主任签字确认）", List.of("陈静（区政府办公室主任）：待签字")));
    f.rows.add(new TopicFormPrint.Row("是否须提交区委常委会", List.of("否")));
    f.hash = "ab".repeat(32);
    f.printedAt = Instant.parse("2026-11-28T02:00:00Z");
    return f;
  }

  @Test
  public void theFormIsTheAnnexTableFilledFromTheRecord_F1_F9() throws Exception {
    byte[] pdf = TopicFormLayout.render(form(), Samples.STYLE, Samples.ZONE);
    Samples.keep("topic-form", pdf, 0);
    assertEquals(1, Samples.pages(pdf));
    // each column read on its own, as a person reads the table
    float split = Sheet.LEFT + TopicFormLayout.LABEL * Sheet.CELL;
    String labels =
        Samples.text(pdf, 0, Sheet.LEFT, 0, split - Sheet.LEFT, Sheet.PAGE_H)
            .replaceAll("\\s+", "");
    String values =
        Samples.text(pdf, 0, split, 0, Sheet.LEFT + Sheet.WIDTH - split, Sheet.PAGE_H)
            .replaceAll("\\s+", "");
    int at = -1;
    for (String s :
        List.of(
            "附1",
            "议题名称",
            "汇报人",
            "牵头单位、列席单位",
            "是否已充分征求相关部门意见（牵头部门主要负责人签字确认）",
            "如涉及重大财政资金安排、融资及债务管理等事项，须由区财政局、常务副区长审核（区财政局主要负责人、常务副区长签字确认）",
            "如涉及规范性文件及其他法律性较强的事项，须由区司法局审核把关（区司法局主要负责人签字确认）",
            "是否已经分管副区长审阅（分管副区长签字确认）",
            "上会议题是否程序完备、条件具备、材料规范（区政府办主任签字确认）",
            "是否须提交区委常委会")) {
      int next = labels.indexOf(s, at + 1);
      assertTrue(s + " after " + at + " in " + labels, next > at);
      at = next;
    }
    String flat = values + Samples.text(pdf).replaceAll("\\s+", "");
    at = -1;
    for (String s :
        List.of(
            "关于校园食堂管理办法的议题",
            "罗平（区教育局局长）",
            "牵头单位：区教育局",
            "列席单位：区财政局、区市场监管局",
            "罗平（区教育局局长）：已签字确认2026年11月20日",
            "王红（常务副区长）：已签字确认2026年11月22日",
            "不涉及",
            "赵敏（副区长）：已签字确认2026年11月23日",
            "陈静（区政府办公室主任）：待签字",
            "否",
            "区政府常务会议议题填报表",
            "议题编号17，第2版；记录摘要（SHA-256）：" + "ab".repeat(32))) {
      int next = flat.indexOf(s, at + 1);
      assertTrue(s + " after " + at + " in " + flat, next > at);
      at = next;
    }
    // the table's rules: the outer and the middle vertical lines run down the rows
    BufferedImage page = Samples.page(pdf, 0, 72);
    int top = Samples.row(Sheet.top(3));
    int bottom = Samples.row(Sheet.top(12));
    for (float x :
        new float[] {
          Sheet.LEFT, Sheet.LEFT + TopicFormLayout.LABEL * Sheet.CELL, Sheet.LEFT + Sheet.WIDTH
        }) {
      int[] line = Samples.box(page, top, bottom, rgb -> Samples.dark(rgb));
      int dark = 0;
      int col = Math.round(x);
      for (int y = top + 2; y < bottom - 2; y++) {
        if (Samples.dark(page.getRGB(Math.min(col, page.getWidth() - 1), y))
            || Samples.dark(page.getRGB(Math.max(col - 1, 0), y))) {
          dark++;
        }
      }
      assertTrue(
          "a ruled column at x=" + x + ": " + dark + " of " + (bottom - top),
          dark > (bottom - top) * 0.9);
      assertTrue(line != null);
    }
  }
}
