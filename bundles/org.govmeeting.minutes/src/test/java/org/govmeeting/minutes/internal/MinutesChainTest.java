package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.testkit.LocalJpaTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class MinutesChainTest {
  private LocalJpaTemplate jpa;
  private MinutesDesk desk;

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.minutes");
    desk = new MinutesDesk(jpa, null, null, null, null, null, e -> {}, Clock.systemUTC());
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  private long signed(long meeting, String text, String previousHash, long sequence) {
    return jpa.txExpr(
        em -> {
          MinutesRecord r = new MinutesRecord();
          r.meetingId = meeting;
          r.documentNumber = "前政纪〔2026〕" + meeting + "号";
          r.state = Minutes.State.SIGNED;
          r.text = text;
          r.signedBy = "li.jianguo";
          r.signedAt = Timestamp.from(Instant.parse("2026-03-0" + sequence + "T08:00:00Z"));
          r.signSequence = sequence;
          r.previousHash = previousHash;
          r.hash = MinutesDesk.hash(r);
          em.persist(r);
          em.flush();
          return r.id;
        });
  }

  @Test
  public void signedMinutesFormAChainThatShowsTampering_M3() {
    // rule: M3 — signed minutes are immutable; a change anywhere breaks the chain
    long first = signed(44, "第44次会议纪要", "", 1);
    String h1 = jpa.txExpr(em -> em.find(MinutesRecord.class, first).hash);
    signed(45, "第45次会议纪要", h1, 2);
    assertTrue(desk.verifyChain());
    jpa.tx(em -> em.find(MinutesRecord.class, first).text = "第44次会议纪要（被改动）");
    assertFalse(desk.verifyChain());
  }

  @Test
  public void restrictedPassagesAreWithheldFromReadersOutsideTheMeeting_K3() {
    // rule: K3 — undecided and confidential items stay with the participants
    String text =
        "一、已决定事项\n"
            + MinutesDesk.RESTRICTED_START
            + "\n二、暂缓事项\n"
            + MinutesDesk.RESTRICTED_END
            + "\n三、另一已决定事项\n";
    assertEquals("一、已决定事项\n三、另一已决定事项\n\n", MinutesDesk.withoutRestricted(text));
  }
}
