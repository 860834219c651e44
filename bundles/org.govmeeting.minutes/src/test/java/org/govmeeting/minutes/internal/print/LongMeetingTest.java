package org.govmeeting.minutes.internal.print;

import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.junit.Test;

/**
 * The minutes of a long meeting, 20 topics on about 60 pages, within the heap the distribution
 * ships (128 MB, bin/setenv): Surefire runs this class alone in a JVM with -Xmx128m.
 */
public class LongMeetingTest {
  static String longText() {
    StringBuilder t = new StringBuilder(Samples.minutesText(0));
    for (int i = 1; i <= 20; i++) {
      t.append(Numerals.chinese(i)).append("、关于第").append(i).append("项重点工作实施方案的议题\n");
      t.append("汇报：罗平\n决定：原则通过，按会议意见修改完善后按程序报批\n");
      for (int r = 1; r <= 9; r++) {
        t.append("要求：")
            .append("区教育局牵头，会同区财政局、区市场监管局、各街道办事处，围绕校园食品安全、")
            .append("食堂改造、食材统一配送和从业人员培训等重点环节，细化责任分工和时间节点，")
            .append("建立周调度、月通报工作机制，确保各项任务按期完成，并于2027年6月30日前报送")
            .append("阶段性进展情况，投入资金不超过1234.56万元，其余事项按前政纪〔2026〕44号执行。")
            .append("（责任单位：区教育局、区财政局；完成时限：2027-06-30）\n");
      }
    }
    return t.toString();
  }

  @Test
  public void twentyTopicsOnSixtyPagesPrintWithinTheShippedHeap() throws Exception {
    long max = Runtime.getRuntime().maxMemory();
    String text = longText();
    // the first rendering also opens the fonts; the second is what a request costs
    long cold = System.nanoTime();
    MinutesLayout.render(Samples.minutes(text), Samples.STYLE, Samples.ZONE);
    long coldMs = (System.nanoTime() - cold) / 1_000_000;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    System.gc();
    long start = System.nanoTime();
    byte[] pdf = MinutesLayout.render(Samples.minutes(text), Samples.STYLE, Samples.ZONE);
    long ms = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    int pages = Samples.pages(pdf);
    System.out.printf(
        "long minutes: %d pages, %d KB, %d ms (first, fonts opened: %d ms), heap peak %d MB of"
            + " %d MB%n",
        pages, pdf.length / 1024, ms, coldMs, peak >> 20, max >> 20);
    assertTrue("about 60 pages: " + pages, pages >= 55 && pages <= 75);
    assertTrue("run with the shipped heap: " + (max >> 20) + " MB", max <= 130L << 20);
    assertTrue("the file is font subsets and text: " + pdf.length, pdf.length < 3_000_000);
  }
}
