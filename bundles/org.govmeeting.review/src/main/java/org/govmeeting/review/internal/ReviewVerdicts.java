package org.govmeeting.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Evidence.Kind;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.rule.Clause;

/**
 * The review's verdicts (S1 the topic list, S4 the legality review, S5, S9, F4–F8), as functions of
 * the chain the policy built and the signatures on it, so each can be read against its clause and
 * tested without a database.
 */
final class ReviewVerdicts {
  private ReviewVerdicts() {}

  private static final List<Clause> SIGNATURES =
      List.of(Clause.F4, Clause.F5, Clause.F6, Clause.F7, Clause.F8);

  static Evidence signature(long topicId, Step s) {
    String who = s.actorRole == null ? "" : "（" + s.actorRole + "）";
    return Evidence.of(
            Kind.SIGNATURE,
            s.label + "：已签字" + who + (s.comment == null ? "" : "，" + s.comment),
            (s.labelEnglish != null ? s.labelEnglish : s.own != null ? s.own.id() : s.clause.name())
                + ": signed"
                + (s.actorRole == null ? "" : " as " + s.actorRole),
            s.actorId,
            s.actedAt,
            "/api/topics/" + topicId + "/reviews")
        .id(s.id);
  }

  private static ClauseCheck check(Clause c, Verdict v, long topicId, String zh, String en) {
    return ClauseCheck.of(c, v, zh, en).topic(topicId);
  }

  private static List<Step> steps(ReviewChain chain, Clause clause) {
    List<Step> out = new ArrayList<>();
    for (Step s : chain == null ? List.<Step>of() : chain.steps) {
      if (s.clause == clause) {
        out.add(s);
      }
    }
    return out;
  }

  // rule: F4 F5 F6 F7 F8 — each signature of the form, by the named role or person
  static List<ClauseCheck> signatures(ComplianceScope s, long topicId, ReviewChain chain) {
    List<ClauseCheck> out = new ArrayList<>();
    for (Clause c : SIGNATURES) {
      out.add(signed(s, topicId, chain, c, c.name() + "签字", c.name() + " signature"));
    }
    return out;
  }

  /** The steps of one clause: all signed, one refused or returned, or some still open. */
  static ClauseCheck signed(
      ComplianceScope s, long topicId, ReviewChain chain, Clause c, String what, String whatEn) {
    if (chain == null) {
      return check(c, s.missing(s.meeting.cutoff), topicId, "议题尚未提交审核", "not yet submitted")
          .due(s.meeting.cutoff);
    }
    List<Step> steps = steps(chain, c);
    if (steps.isEmpty()) {
      boolean optional = c == Clause.F5 || c == Clause.F6;
      return check(
          c,
          optional ? Verdict.NOT_APPLICABLE : Verdict.NOT_MET,
          topicId,
          c == Clause.F5
              ? "不涉及重大财政资金安排、融资和债务管理，审核链无此环节"
              : c == Clause.F6 ? "不涉及规范性文件或法律性较强的事项，审核链无此环节" : "审核链缺少本环节",
          optional ? "the policy's chain has no such step for this topic" : "the chain lacks it");
    }
    ClauseCheck out = new ClauseCheck();
    int signed = 0;
    String refused = null;
    for (Step st : steps) {
      if (st.state == StepState.SIGNED) {
        signed++;
        out.with(signature(topicId, st));
      } else if (st.state == StepState.RETURNED || st.state == StepState.REJECTED) {
        refused = st.label + (st.state == StepState.RETURNED ? "：退回" : "：不予通过");
        out.with(
            Evidence.of(
                    Kind.SIGNATURE,
                    refused + (st.comment == null ? "" : "，" + st.comment),
                    st.clause + " " + st.state,
                    st.actorId,
                    st.actedAt,
                    "/api/topics/" + topicId + "/reviews")
                .id(st.id));
      }
    }
    ClauseCheck v;
    if (signed == steps.size()) {
      v =
          check(
              c,
              Verdict.MET,
              topicId,
              what + "：已签字" + signed + "处",
              whatEn + ": " + signed + " signed");
    } else if (refused != null) {
      v = check(c, Verdict.NOT_MET, topicId, refused, c + " returned or refused");
    } else {
      v =
          check(
              c,
              s.missing(null),
              topicId,
              what + "：尚有" + (steps.size() - signed) + "处待签",
              whatEn + ": " + (steps.size() - signed) + " still to sign");
    }
    return v.with(out.evidence);
  }

  // rule: S5 — major fiscal matters reviewed by the Finance Bureau and the executive vice-mayor
  static ClauseCheck fiscal(ComplianceScope s, long topicId, ReviewChain chain) {
    List<Step> f5 = steps(chain, Clause.F5);
    if (chain != null && f5.isEmpty()) {
      return check(
          Clause.S5,
          Verdict.NOT_APPLICABLE,
          topicId,
          "不涉及重大财政资金安排、融资和债务管理",
          "no major fiscal spending, financing or debt");
    }
    boolean finance = f5.stream().anyMatch(signedBy(Role.FINANCE_HEAD));
    boolean evm = f5.stream().anyMatch(signedBy(Role.EXECUTIVE_VICE_MAYOR));
    ClauseCheck v = signed(s, topicId, chain, Clause.F5, "财政审核", "fiscal review");
    v.clause = Clause.S5.name();
    if (chain != null && v.verdict == Verdict.MET && !(finance && evm)) {
      v.verdict = Verdict.NOT_MET;
      v.reason = "须经区财政局和常务副区长审核，" + (finance ? "常务副区长" : "区财政局") + "未签字";
      v.reasonEnglish = "needs both the Finance Bureau and the executive vice-mayor";
    }
    return v;
  }

  private static Predicate<Step> signedBy(Role role) {
    return st -> st.state == StepState.SIGNED && (st.role == role || st.actorRole == role);
  }

  // rule: S4 — the Justice Bureau's legality review before submission to the meeting
  static ClauseCheck legality(ComplianceScope s, long topicId, ReviewChain chain) {
    ClauseCheck v;
    if (chain != null && steps(chain, Clause.F6).isEmpty()) {
      v =
          check(
              Clause.S4,
              Verdict.NOT_APPLICABLE,
              topicId,
              "不是规范性文件，审核链无合法性审核",
              "not a normative document: no legality review in the chain");
    } else {
      v = signed(s, topicId, chain, Clause.F6, "区司法局合法性审核", "legality review");
      v.clause = Clause.S4.name();
    }
    return v.aspect("合法性审核", "legality review");
  }

  /**
   * When the topic reached the Office: every step before the Office's check signed (S9); the
   * Office's own checking time never makes a topic late. Null while a step before it is open.
   */
  static Instant reachedOffice(ReviewChain chain) {
    if (chain.sentInAt != null) {
      return chain.sentInAt; // as the engine recorded it when the last step before F8 was signed
    }
    // a chain of an earlier build: read it off the signatures
    Instant at = chain.startedAt;
    for (Step st : chain.steps) {
      if (st.clause == Clause.F8) {
        continue;
      }
      if (st.state != StepState.SIGNED) {
        return null;
      }
      at = st.actedAt != null && st.actedAt.isAfter(at) ? st.actedAt : at;
    }
    return at;
  }

  // rule: S9 — sent in on time; a late topic goes to the next meeting
  static ClauseCheck onTime(ComplianceScope s, long topicId, ReviewChain chain) {
    Instant cutoff = s.meeting.cutoff;
    if (chain == null) {
      return check(Clause.S9, s.missing(cutoff), topicId, "议题尚未报送", "not yet sent in").due(cutoff);
    }
    Instant reached = reachedOffice(chain);
    Evidence sent =
        reached == null
            ? null
            : Evidence.of(
                Kind.SIGNATURE,
                "报送至区政府办公室（此前各环节签字完毕）",
                "reached the Office, every earlier step signed",
                null,
                reached,
                "/api/topics/" + topicId + "/reviews");
    if (chain.meetingId != null && chain.meetingId != s.meeting.id) {
      return check(
              Clause.S9,
              Verdict.NOT_MET,
              topicId,
              "延误报送，纳入下次会议研究" + (chain.meetingNote == null ? "" : "：" + chain.meetingNote),
              "late: moved to the next meeting"
                  + (chain.meetingNote == null ? "" : ": " + chain.meetingNote))
          .due(cutoff)
          .with(sent);
    }
    if (reached == null) {
      return check(
              Clause.S9, s.missing(cutoff), topicId, "议题尚未报送至区政府办公室", "not yet with the Office")
          .due(cutoff);
    }
    boolean late = cutoff != null && reached.isAfter(cutoff);
    return check(
            Clause.S9,
            late ? Verdict.NOT_MET : Verdict.MET,
            topicId,
            late ? "报送晚于截止时间" : "按时报送（截止时间前送达区政府办公室）",
            late ? "sent in after the cut-off" : "sent in before the cut-off")
        .due(cutoff)
        .with(sent);
  }

  // rule: S1 — the Office compiles the topic list, the mayor approves it
  static ClauseCheck topicList(ComplianceScope s, TopicList list, boolean approvedByMayor) {
    String link = "/api/topic-lists/" + s.meeting.id;
    if (list == null) {
      return ClauseCheck.of(
              Clause.S1, s.missing(s.meeting.scheduledAt), "议题表尚未汇总", "no topic list compiled yet")
          .aspect("议题表", "topic list")
          .due(s.meeting.scheduledAt);
    }
    Evidence compiled =
        Evidence.of(
            Kind.TOPIC_LIST,
            "区政府办公室汇总议题表",
            "the Office compiled the list",
            list.compiledBy,
            list.compiledAt,
            link);
    if (list.state != TopicList.State.APPROVED) {
      return ClauseCheck.of(
              Clause.S1,
              s.missing(s.meeting.scheduledAt),
              "议题表已汇总，待区长审定",
              "compiled, awaiting the mayor's approval")
          .aspect("议题表", "topic list")
          .with(compiled);
    }
    Evidence approved =
        Evidence.of(
            Kind.TOPIC_LIST,
            "区长审定议题表（" + list.topicIds.size() + "项）",
            "the mayor approved the list (" + list.topicIds.size() + ")",
            list.approvedBy,
            list.approvedAt,
            link);
    return ClauseCheck.of(
            Clause.S1,
            approvedByMayor ? Verdict.MET : Verdict.NOT_MET,
            approvedByMayor ? "议题表经区政府办公室汇总、区长审定" : "议题表不是由区长审定的",
            approvedByMayor
                ? "compiled by the Office, approved by the mayor"
                : "not approved by the mayor")
        .aspect("议题表", "topic list")
        .with(compiled)
        .with(approved);
  }
}
