package org.govmeeting.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.PublicConsultation;

/**
 * S4: a normative document goes to the meeting only after its public consultation (履行社会公开程序) is
 * done, which means the period has ended before the submission and its outcome is recorded. A
 * consultation still running is not done, however complete its record looks.
 */
final class PublicConsultations {
  /** The district's calendar: a consultation ends at the end of its last day there. */
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

  private PublicConsultations() {}

  /** The district's date at this moment. */
  static LocalDate day(Instant at) {
    return at.atZone(DISTRICT_ZONE).toLocalDate();
  }

  /**
   * Whether the consultation counts as done on the day of submission: its period is given and ended
   * before that day, and where and with what outcome it was held is recorded.
   */
  static boolean completed(PublicConsultation pc, LocalDate submittedOn) {
    return pc != null && problems(pc, true, submittedOn).isEmpty();
  }

  /**
   * Refuses a recorded consultation with every problem it has at once, naming the first field; for
   * a normative document ({@code mustHaveEnded}) a period not yet over is one of them.
   */
  static void check(PublicConsultation pc, boolean mustHaveEnded, LocalDate submittedOn) {
    List<String[]> problems = problems(pc, mustHaveEnded, submittedOn);
    if (!problems.isEmpty()) {
      throw new ValidationException(
          problems.get(0)[0],
          problems.stream().map(p -> p[0] + ": " + p[1]).collect(Collectors.joining("; ")),
          Clause.S4);
    }
  }

  /** Each problem as {field, message}, in the order of the form. */
  private static List<String[]> problems(
      PublicConsultation pc, boolean mustHaveEnded, LocalDate submittedOn) {
    List<String[]> out = new ArrayList<>();
    if (pc.from == null || pc.to == null || pc.to.isBefore(pc.from)) {
      out.add(new String[] {"publicConsultation.to", "give the period, from before to"});
    } else if (mustHaveEnded && !pc.to.isBefore(submittedOn)) {
      // The last day of the period is still open to comments: it has ended only the day after.
      out.add(
          new String[] {
            "publicConsultation.to",
            "the public consultation runs until "
                + pc.to
                + "; a normative document is submitted only after it has ended (today is "
                + submittedOn
                + ")"
          });
    }
    if (FormRules.blank(pc.channel)) {
      out.add(new String[] {"publicConsultation.channel", "where it was published is required"});
    }
    if (pc.comments < 0) {
      out.add(new String[] {"publicConsultation.comments", "cannot be negative"});
    }
    if (FormRules.blank(pc.handling)) {
      out.add(
          new String[] {
            "publicConsultation.handling",
            "the outcome is required: how the comments received were handled"
          });
    }
    return out;
  }
}
