package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.govmeeting.client.ApiClient;
import org.govmeeting.client.ApiException;
import org.govmeeting.client.ApiResponse;
import org.govmeeting.client.api.AttendanceApi;
import org.govmeeting.client.api.MeetingsApi;
import org.govmeeting.client.api.MinutesApi;
import org.govmeeting.client.api.ReviewApi;
import org.govmeeting.client.api.SupervisionApi;
import org.govmeeting.client.api.TopicsApi;
import org.govmeeting.client.model.Acceptance;
import org.govmeeting.client.model.CompletionReport;
import org.govmeeting.client.model.Consultation;
import org.govmeeting.client.model.Decision;
import org.govmeeting.client.model.Deliberation;
import org.govmeeting.client.model.Explanation;
import org.govmeeting.client.model.LawStudy;
import org.govmeeting.client.model.Meeting;
import org.govmeeting.client.model.MeetingRequest;
import org.govmeeting.client.model.Minutes;
import org.govmeeting.client.model.MinutesDraft;
import org.govmeeting.client.model.MinutesText;
import org.govmeeting.client.model.Opinion;
import org.govmeeting.client.model.PersonRef;
import org.govmeeting.client.model.Position;
import org.govmeeting.client.model.Problem;
import org.govmeeting.client.model.ProgressReport;
import org.govmeeting.client.model.Requirement;
import org.govmeeting.client.model.ReviewChain;
import org.govmeeting.client.model.Signature;
import org.govmeeting.client.model.Step;
import org.govmeeting.client.model.Task;
import org.govmeeting.client.model.Topic;
import org.govmeeting.client.model.TopicForm;
import org.govmeeting.client.model.TopicIds;
import org.govmeeting.client.model.TopicList;
import org.junit.Test;

/**
 * One whole meeting through the Java client generated from the API description, and nothing else: a
 * topic filed, submitted and signed through its chain, listed and approved, the meeting convened,
 * attended, opened and decided, the minutes drafted, reviewed, signed and downloaded as PDF, the
 * decision's task reported and accepted. What a portal team builds on: if a change of the contract
 * breaks the client (a renamed operation, a body it cannot send or an answer it cannot read), this
 * fails to compile or to run.
 */
public class ClientCycleIT extends PlatformTestSupport {
  /** The generated client as one person of the district uses it. */
  private ApiClient as(String user) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    ApiClient c = new ApiClient();
    c.setScheme("http");
    c.setHost("localhost");
    c.setPort(Integer.getInteger(PORT_PROPERTY));
    c.setBasePath("/api");
    // Basic credentials, and the header every call that changes something sends (README).
    c.setRequestInterceptor(
        b -> b.header("Authorization", "Basic " + basic).header(Http.SAME_SITE[0], "client"));
    return c;
  }

  private TopicsApi topics(String user) {
    return new TopicsApi(as(user));
  }

  private ReviewApi review(String user) {
    return new ReviewApi(as(user));
  }

  private MeetingsApi meetings(String user) {
    return new MeetingsApi(as(user));
  }

  private AttendanceApi attendance(String user) {
    return new AttendanceApi(as(user));
  }

  private MinutesApi minutes(String user) {
    return new MinutesApi(as(user));
  }

  private SupervisionApi supervision(String user) {
    return new SupervisionApi(as(user));
  }

  private static final String MAYOR = "li.jianguo";
  private static final String OFFICE = "liu.yang";
  private static final String SECRETARIAT = "yang.xue";
  private static final String CLERK = "xie.yu";
  private static final String HEAD = "luo.ping";

  @Test
  public void aWholeMeetingThroughTheGeneratedClient() throws Exception {
    // rule: S1 S9 C1 T1 M4 D2 D3 M3 I1 — the procedure end to end, as a portal would drive it
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(15).withNano(0);
    Meeting meeting =
        meetings(MAYOR)
            .conveneMeeting(
                new MeetingRequest()
                    .kind(MeetingRequest.KindEnum.REGULAR)
                    .scheduledAt(at)
                    .cutoff(at.minusDays(7))
                    .venue("区政府三楼常务会议室"));
    long m = meeting.getId();
    assertEquals(Meeting.StatusEnum.PLANNED, meeting.getStatus());

    // filed as a draft and submitted by the unit's clerk (F1-F9, P1, P3, S3)
    TopicForm form =
        new TopicForm()
            .name("关于生成客户端全流程的议题")
            .reporterId(HEAD)
            .category(TopicForm.CategoryEnum.MAJOR_MATTER)
            .implementationOpinion("实施意见：目标、措施、责任分工。")
            .explanation(
                new Explanation()
                    .background("背景和缘由")
                    .process("研究讨论过程")
                    .content("主要内容")
                    .questions("提请研究解决的问题"))
            .consultations(
                List.of(new Consultation().unitId("FINANCE").answer(Consultation.AnswerEnum.AGREE)))
            .meetingId(m);
    Topic draft = topics(CLERK).createTopic(form);
    assertEquals(Topic.StatusEnum.DRAFT, draft.getStatus());
    long t = draft.getId();
    // an edit needs the ETag read (If-Match, required by the description)
    ApiResponse<Topic> read = topics(CLERK).getTopicWithHttpInfo(t, null);
    String etag = read.getHeaders().get("ETag").get(0);
    form.name("关于生成客户端全流程的议题（修改稿）");
    assertEquals(form.getName(), topics(CLERK).updateTopic(t, etag, form).getForm().getName());
    assertEquals(Topic.StatusEnum.IN_REVIEW, topics(CLERK).submitTopic(t).getStatus());

    // every step signed by the person or role it names (F4-F8)
    for (int round = 0; round < 10; round++) {
      List<ReviewChain> chains = review(MAYOR).listReviewChains(t);
      ReviewChain chain = chains.get(chains.size() - 1);
      if (chain.getState() != ReviewChain.StateEnum.IN_REVIEW) {
        break;
      }
      for (Step s : chain.getSteps()) {
        if (s.getState() == Step.StateEnum.PENDING) {
          String who =
              s.getSignerId() != null ? s.getSignerId() : Scenario.holder(s.getRole().getValue());
          Signature signed = new Signature().comment("同意");
          if ("F7".equals(String.valueOf(s.getClause()))) {
            signed.withinAuthority(false); // S8: the supervisor keeps it for the meeting
          }
          review(who).signReviewStep(t, s.getId(), signed);
        }
      }
    }
    assertEquals(Topic.StatusEnum.READY, topics(CLERK).getTopic(t, null).getStatus());

    // the Office compiles the topic list, the mayor approves it (S1)
    assertEquals(TopicList.StateEnum.DRAFT, review(OFFICE).compileTopicList(m).getState());
    TopicList approved = review(MAYOR).approveTopicList(m, new TopicIds().topicIds(List.of(t)));
    assertEquals(TopicList.StateEnum.APPROVED, approved.getState());

    // the law study (T1), sign-in (M4), quorum and opening (C1)
    meetings(OFFICE)
        .setLawStudy(
            m,
            new LawStudy().area(LawStudy.AreaEnum.CONSTITUTION).subject("宪法学习").leaderId("xu.li"));
    for (String p : Scenario.PRESENT) {
      attendance(OFFICE).signIn(m, new PersonRef().personId(p));
    }
    assertTrue(attendance(OFFICE).getAttendance(m).getQuorate());
    assertNotNull(attendance(MAYOR).openMeeting(m).getOpenedAt());

    // positions of everyone present (D2), then the chair's decision with a requirement (D3)
    for (String p : Scenario.PRESENT) {
      minutes(SECRETARIAT)
          .recordPosition(m, t, new Position().personId(p).kind(Position.KindEnum.NO_OBJECTION));
    }
    Deliberation decided =
        minutes(MAYOR)
            .decideTopic(
                m,
                t,
                new Decision()
                    .outcome(Decision.OutcomeEnum.APPROVED)
                    .requirements(
                        List.of(
                            new Requirement()
                                .what("抓好落实")
                                .unitIds(List.of("EDUCATION"))
                                .due(LocalDate.now().plusDays(20)))));
    assertEquals(Decision.OutcomeEnum.APPROVED, decided.getDecision().getOutcome());
    meetings(MAYOR).closeMeeting(m);

    // the minutes: drafted, edited on their ETag, opinions, legality review, signature (M3)
    Minutes drafted = minutes(SECRETARIAT).draftMinutes(new MinutesDraft().meetingId(m));
    long id = drafted.getId();
    assertTrue(drafted.getText(), drafted.getText().contains("关于生成客户端全流程的议题"));
    String tag =
        minutes(SECRETARIAT).getMinutesWithHttpInfo(id, null).getHeaders().get("ETag").get(0);
    minutes(SECRETARIAT)
        .editMinutes(id, tag, new MinutesText().text(drafted.getText() + "\n附：会议材料。\n"));
    // errors arrive as the Problem the description promises: signing before review is M3's 409
    try {
      minutes(MAYOR).signMinutes(id);
      fail("signed before the opinions and the legality review");
    } catch (ApiException e) {
      assertEquals(409, e.getCode());
      Problem p = as(MAYOR).getObjectMapper().readValue(e.getResponseBody(), Problem.class);
      assertEquals("urn:govmeeting:problem:conflict", p.getType());
      assertEquals(Integer.valueOf(409), p.getStatus());
      assertEquals("M3", p.getClause());
    }
    Minutes asked = minutes(SECRETARIAT).requestMinutesOpinions(id);
    for (String department : asked.getAwaitingOpinions()) {
      minutes(Scenario.HEADS.getOrDefault(department, department))
          .giveMinutesOpinion(id, new Opinion().agree(true));
    }
    minutes("xu.li").reviewMinutesLegality(id, new Opinion().agree(true));
    Minutes signed = minutes(MAYOR).signMinutes(id);
    assertEquals(Minutes.StateEnum.SIGNED, signed.getState());
    assertEquals(64, signed.getHash().length());

    // the PDF, as the description types it (application/pdf)
    byte[] pdf = Files.readAllBytes(minutes(MAYOR).downloadMinutesPdf(id).toPath());
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

    // the decision's task (I1): progress and completion by the unit, acceptance by the Office
    List<Task> tasks = supervision(OFFICE).listTasks(m, null, null, 0, 50).getItems();
    Task task = tasks.stream().filter(x -> x.getTopicId() == t).findFirst().orElseThrow();
    assertEquals("EDUCATION", task.getOwnerUnitId());
    supervision(HEAD)
        .reportTaskProgress(task.getId(), new ProgressReport().text("已起草方案").percent(50));
    supervision(HEAD).reportTaskCompletion(task.getId(), new CompletionReport().text("已按要求完成"));
    Task accepted =
        supervision(OFFICE).acceptTask(task.getId(), new Acceptance().accept(true).text("验收合格"));
    assertEquals(Task.StateEnum.CLOSED, accepted.getState());
  }
}
