package org.govmeeting.minutes.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.minutes.internal.print.Dates;
import org.govmeeting.minutes.internal.print.TopicFormPrint;

/**
 * The rows of the Annex's topic form (附1) filled from a topic and the review chain of its current
 * version: F1 to F3 from the form, F4 to F8 from the chain's signatures (who, in which role, on
 * which day), F9 from the form.
 */
final class TopicForms {
  /** The Annex's wording of each signature row, in its order. */
  static final Map<Clause, String> SIGNATURE_ROWS =
      Map.of(
          Clause.F4, "是否已充分征求相关部门意见（牵头部门主要负责人签字确认）",
          Clause.F5, "如涉及重大财政资金安排、融资及债务管理等事项，须由区财政局、常务副区长审核（区财政局主要负责人、常务副区长签字确认）",
          Clause.F6, "如涉及规范性文件及其他法律性较强的事项，须由区司法局审核把关（区司法局主要负责人签字确认）",
          Clause.F7, "是否已经分管副区长审阅（分管副区长签字确认）",
          Clause.F8, "上会议题是否程序完备、条件具备、材料规范（区政府办主任签字确认）");

  private static final List<Clause> ORDER =
      List.of(Clause.F4, Clause.F5, Clause.F6, Clause.F7, Clause.F8);

  private final ReviewService reviews;
  private final Directory directory;

  TopicForms(ReviewService reviews, Directory directory) {
    this.reviews = reviews;
    this.directory = directory;
  }

  TopicFormPrint print(Topic t) {
    TopicForm f = t.form;
    TopicFormPrint p = new TopicFormPrint();
    p.reference = "议题编号" + t.id + "，第" + t.version + "版";
    p.rows.add(new TopicFormPrint.Row("议题名称", List.of(text(f.name))));
    p.rows.add(new TopicFormPrint.Row("汇报人", List.of(personWithTitle(f.reporterId))));
    List<String> attending = new ArrayList<>();
    for (String u : f.attendingUnitIds == null ? List.<String>of() : f.attendingUnitIds) {
      attending.add(unit(u));
    }
    p.rows.add(
        new TopicFormPrint.Row(
            "牵头单位、列席单位",
            List.of(
                "牵头单位：" + unit(f.leadUnitId),
                "列席单位：" + (attending.isEmpty() ? "无" : String.join("、", attending)))));
    List<Step> steps = chainSteps(t);
    for (Clause c : ORDER) {
      p.rows.add(new TopicFormPrint.Row(SIGNATURE_ROWS.get(c), signatures(c, steps)));
    }
    p.rows.add(new TopicFormPrint.Row("是否须提交区委常委会", List.of(f.toPartyCommittee ? "是" : "否")));
    return p;
  }

  /** The chain of the topic's current version, or its latest if that version has none. */
  private List<Step> chainSteps(Topic t) {
    List<ReviewChain> chains = reviews.chains(t.id);
    return chains.stream()
        .filter(c -> c.topicVersion == t.version)
        .max(Comparator.comparingLong(c -> c.id))
        .or(() -> chains.stream().max(Comparator.comparingLong(c -> c.id)))
        .map(c -> c.steps == null ? List.<Step>of() : c.steps)
        .orElse(List.of());
  }

  private List<String> signatures(Clause clause, List<Step> steps) {
    List<String> out = new ArrayList<>();
    for (Step s : steps) {
      if (s.clause != clause) {
        continue;
      }
      String who = s.actorId != null ? s.actorId : s.signerId;
      String role = roleName(s.actorRole != null ? s.actorRole : s.role);
      String signer = who == null ? role : personWithTitle(who, role);
      String state =
          switch (s.state) {
            case SIGNED -> "已签字确认　" + Dates.chinese(day(s));
            case RETURNED -> "退回　" + Dates.chinese(day(s));
            case REJECTED -> "不予同意　" + Dates.chinese(day(s));
            case CANCELLED -> "已撤销";
            case WAITING, PENDING -> "待签字";
          };
      out.add(signer + "：" + state);
      if (s.comment != null && !s.comment.isBlank()) {
        out.add("意见：" + s.comment);
      }
    }
    if (out.isEmpty()) {
      out.add(clause == Clause.F5 || clause == Clause.F6 ? "不涉及" : "无");
    }
    return out;
  }

  private java.time.LocalDate day(Step s) {
    return s.actedAt == null ? null : s.actedAt.atZone(directory.zone()).toLocalDate();
  }

  private String personWithTitle(String id) {
    return personWithTitle(id, null);
  }

  private String personWithTitle(String id, String role) {
    if (id == null) {
      return "";
    }
    Person p = directory.person(id).orElse(null);
    if (p == null) {
      return id;
    }
    String title = p.title != null && !p.title.isBlank() ? p.title : role;
    return title == null || title.isBlank() ? p.name : p.name + "（" + title + "）";
  }

  private String unit(String id) {
    return id == null ? "" : directory.unit(id).map(u -> u.name).orElse(id);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  static String roleName(Role r) {
    if (r == null) {
      return "";
    }
    return switch (r) {
      case MAYOR -> "区长";
      case EXECUTIVE_VICE_MAYOR -> "常务副区长";
      case VICE_MAYOR -> "副区长";
      case PARTY_GROUP_MEMBER -> "党组成员";
      case OFFICE_DIRECTOR -> "区政府办公室主任";
      case OFFICE_STAFF -> "区政府办公室";
      case SECRETARIAT -> "常务秘书室";
      case FINANCE_HEAD -> "区财政局局长";
      case JUSTICE_HEAD -> "区司法局局长";
      case AUDIT_HEAD -> "区审计局局长";
      case PETITIONS_HEAD -> "区信访局局长";
      case DEPARTMENT_HEAD -> "部门主要负责人";
      case DEPARTMENT_STAFF -> "部门工作人员";
      case SUBDISTRICT_HEAD -> "街道办事处主任";
      case PLATFORM_ADMINISTRATOR -> "平台管理员";
    };
  }
}
