package org.govmeeting.minutes.internal.print;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class AgendaLayoutTest {
  static AgendaPrint agenda() {
    AgendaPrint a = new AgendaPrint();
    a.number = 44;
    a.when = "2026年12月1日 9:00";
    a.venue = "区政府三楼常务会议室";
    a.chair = "李建国";
    AgendaPrint.Item law = new AgendaPrint.Item();
    law.lawStudy = true;
    law.title = "宪法第三章国家机构";
    law.reporter = "许丽";
    a.items.add(law);
    String[][] topics = {
      {"关于校园食堂管理办法的议题", "罗平", "区教育局", "区财政局、区市场监管局", "15"},
      {"关于老旧小区改造计划的议题", "马强", "区住房城乡建设局", "区财政局", "20"},
      {"关于物业服务收费标准的议题", "宋伟", "区发展改革委", "", "10"}
    };
    for (String[] t : topics) {
      AgendaPrint.Item i = new AgendaPrint.Item();
      i.title = t[0];
      i.reporter = t[1];
      i.leadUnit = t[2];
      if (!t[3].isEmpty()) {
        i.attendingUnits.addAll(List.of(t[3].split("、")));
      }
      i.timeLimitMinutes = Integer.parseInt(t[4]);
      a.items.add(i);
    }
    a.items.get(3).confidential = true;
    a.deferred.add("关于区级储备粮轮换的议题");
    a.printedAt = Instant.parse("2026-11-28T02:00:00Z");
    return a;
  }

  @Test
  public void theAgendaListsTheLawStudyFirstThenEachTopicWithReporterUnitsAndTimeLimit_T1_D1()
      throws Exception {
    byte[] pdf = AgendaLayout.render(agenda(), Samples.STYLE, Samples.ZONE);
    Samples.keep("agenda", pdf, 0);
    assertEquals(1, Samples.pages(pdf));
    String flat = Samples.text(pdf).replaceAll("\\s+", "");
    String[] inOrder = {
      "前进区人民政府第44次常务会议议程",
      "时间：2026年12月1日9:00",
      "地点：区政府三楼常务会议室",
      "主持：李建国",
      "一、会前集体学法：宪法第三章国家机构",
      "领学：许丽",
      "二、关于校园食堂管理办法的议题",
      "汇报：罗平（区教育局）",
      "列席单位：区财政局、区市场监管局",
      "汇报时限：15分钟",
      "三、关于老旧小区改造计划的议题",
      "汇报时限：20分钟",
      "四、关于物业服务收费标准的议题（保密）",
      "汇报：宋伟（区发展改革委）",
      "顺延至下次会议的议题：关于区级储备粮轮换的议题",
      "—1—"
    };
    int at = -1;
    for (String s : inOrder) {
      int next = flat.indexOf(s, at + 1);
      assertTrue(s + " after position " + at + " in " + flat, next > at);
      at = next;
    }
    BufferedImage page = Samples.page(pdf, 0, 72);
    int[] title =
        Samples.box(page, Samples.row(Sheet.top(1)), Samples.row(Sheet.top(2)), Samples::dark);
    assertNotNull(title);
    float centre = (title[0] + title[2]) / 2f;
    assertTrue("title centred: " + centre, Math.abs(centre - (Sheet.LEFT + Sheet.WIDTH / 2)) <= 3);
  }
}
