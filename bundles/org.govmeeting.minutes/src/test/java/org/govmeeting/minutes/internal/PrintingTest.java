package org.govmeeting.minutes.internal;

import static org.govmeeting.testsupport.Stubs.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.minutes.internal.print.TopicFormPrint;
import org.junit.Test;

/** The printed documents come from the services' answers to the same actor (K3), in words. */
public class PrintingTest {
  private static final Actor CLERK =
      new Actor("clerk", "clerk", Set.of(Role.DEPARTMENT_STAFF), "GANGWAN");

  private static final Directory DIRECTORY =
      only(
          Directory.class,
          Map.of(
              "person",
              a -> {
                Person p = new Person();
                p.id = (String) a[0];
                p.name = Map.of("luo.ping", "罗平", "zhao.min", "赵敏").getOrDefault(p.id, p.id);
                p.title = p.id.equals("zhao.min") ? "副区长" : null;
                return Optional.of(p);
              },
              "unit",
              a -> {
                Unit u = new Unit();
                u.id = (String) a[0];
                u.name = Map.of("EDUCATION", "区教育局", "FINANCE", "区财政局").getOrDefault(u.id, u.id);
                return Optional.of(u);
              },
              "zone",
              a -> java.time.ZoneId.of("Asia/Shanghai")));

  private static Topic topic() {
    Topic t = new Topic();
    t.id = 17;
    t.version = 2;
    t.form = new TopicForm();
    t.form.name = "关于校园食堂管理办法的议题";
    t.form.reporterId = "luo.ping";
    t.form.leadUnitId = "EDUCATION";
    t.form.attendingUnitIds = List.of("FINANCE");
    t.form.toPartyCommittee = true;
    return t;
  }

  private static Step step(Clause c, Role role, String actor, StepState state, String at) {
    Step s = new Step();
    s.clause = c;
    s.role = role;
    s.actorId = actor;
    s.actorRole = role;
    s.state = state;
    s.actedAt = at == null ? null : Instant.parse(at);
    return s;
  }

  private static Printing printing(Optional<Topic> visible) {
    ReviewChain old = new ReviewChain();
    old.id = 1;
    old.topicVersion = 1;
    old.steps =
        List.of(
            step(
                Clause.F4,
                Role.DEPARTMENT_HEAD,
                "someone.else",
                StepState.RETURNED,
                "2026-11-01T02:00:00Z"));
    ReviewChain current = new ReviewChain();
    current.id = 2;
    current.topicVersion = 2;
    current.steps =
        List.of(
            step(
                Clause.F4,
                Role.DEPARTMENT_HEAD,
                "luo.ping",
                StepState.SIGNED,
                "2026-11-20T16:30:00Z"),
            step(Clause.F7, Role.VICE_MAYOR, "zhao.min", StepState.SIGNED, "2026-11-23T01:00:00Z"),
            step(Clause.F8, Role.OFFICE_DIRECTOR, null, StepState.PENDING, null));
    ReviewService reviews = only(ReviewService.class, Map.of("chains", a -> List.of(old, current)));
    return new Printing(
        null,
        only(MeetingService.class, Map.of()),
        only(
            MeetingPlanner.class,
            Map.of(
                "agenda",
                a -> {
                  throw new AccessDeniedException(
                      "the agenda is for the meeting's participants (K3)", Clause.K3);
                })),
        only(TopicService.class, Map.of("get", a -> visible)),
        new TopicForms(reviews, DIRECTORY),
        DIRECTORY,
        () -> Meeting44.STYLE,
        Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  public void whoeverMayNotSeeTheTopicOrTheAgendaIsRefusedAsForTheJson_K3() {
    assertThrows(NotFoundException.class, () -> printing(Optional.empty()).topicForm(17, CLERK));
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class, () -> printing(Optional.of(topic())).agenda(44, CLERK));
    assertEquals(Optional.of(Clause.K3), e.clause());
  }

  @Test
  public void theFormIsFilledFromTheCurrentVersionsChainByNameRoleAndDistrictDay_F4_F9()
      throws Exception {
    Topic t = topic();
    TopicFormPrint p =
        new TopicForms(only(ReviewService.class, Map.of("chains", a -> List.of())), DIRECTORY)
            .print(t);
    assertEquals("议题编号17，第2版", p.reference);
    byte[] pdf = printing(Optional.of(t)).topicForm(17, CLERK);
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.pdmodel.PDDocument.load(pdf)) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
    // 16:30 UTC on 20 November is 21 November in Asia/Shanghai
    // the signer's title where the directory has one, else the role signed in
    assertTrue(text, text.contains("罗平（部门主要负责人）：已签字确认"));
    assertTrue(text, text.contains("2026年11月21日"));
    assertTrue(text, text.contains("赵敏（副区长）：已签字确认"));
    assertTrue(text, text.contains("2026年11月23日"));
    assertTrue(text, text.contains("区政府办公室主任：待签字"));
    assertTrue("F5 and F6 are not in this chain", text.contains("不涉及"));
    assertTrue("not the returned first version", !text.contains("退回"));
    assertTrue(text.contains("牵头单位：区教育局") && text.contains("列席单位：区财政局"));
    assertTrue("F9", text.contains("是否须提交区委常委会是"));
    assertTrue("no ids", !text.contains("luo.ping") && !text.contains("EDUCATION"));
    TopicFormPrint printed =
        new TopicForms(only(ReviewService.class, Map.of("chains", a -> List.of())), DIRECTORY)
            .print(t);
    assertEquals(Printing.digest(printed), Printing.digest(printed));
    String before = Printing.digest(printed);
    t.form.name = "关于校园食堂管理办法的议题（修改）";
    assertTrue(
        "the hash follows the record",
        !before.equals(
            Printing.digest(
                new TopicForms(
                        only(ReviewService.class, Map.of("chains", a -> List.of())), DIRECTORY)
                    .print(t))));
  }
}
