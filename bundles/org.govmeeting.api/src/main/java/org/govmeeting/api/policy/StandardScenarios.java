package org.govmeeting.api.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govmeeting.api.topic.Category;

/**
 * The standard scenario topics a district policy is tried on: one of every category, fiscal and
 * normative matters with and without what they need, dissent, no consultation, the party
 * committee's remit. The policy test kit runs them in a district's own tests; the platform compares
 * two installed policies on them ({@link PolicyDryRun#diff}).
 */
public final class StandardScenarios {
  private StandardScenarios() {}

  /** The standard scenarios, by name, in a fixed order; fresh copies on every call. */
  public static Map<String, TopicFacts> all() {
    Map<String, TopicFacts> s = new LinkedHashMap<>();
    s.put("plain department work (T9)", facts(Category.DEPARTMENT_WORK, f -> {}));
    s.put("fiscal matter (T3, S5)", facts(Category.MAJOR_MATTER, f -> f.fiscal = true));
    s.put(
        "normative document with public consultation (T4, S4)",
        facts(
            Category.NORMATIVE_DOCUMENT,
            f -> {
              f.normativeDocument = true;
              f.publicConsultationDone = true;
            }));
    s.put(
        "normative document without public consultation (T4, S4)",
        facts(Category.NORMATIVE_DOCUMENT, f -> f.normativeDocument = true));
    s.put("consulted unit disagrees (S3)", facts(Category.MAJOR_MATTER, f -> f.dissent = true));
    s.put("never consulted (S3)", facts(Category.MAJOR_MATTER, f -> f.consulted = false));
    s.put(
        "party committee remit, not reported (S6)",
        facts(Category.PARTY_COMMITTEE_OR_CONGRESS, f -> f.partyCommitteeRemit = true));
    s.put("asset or land matter (T8)", facts(Category.ASSETS_AND_LAND, f -> {}));
    s.put(
        "asset or land matter with public money (T8, S5)",
        facts(Category.ASSETS_AND_LAND, f -> f.fiscal = true));
    s.put(
        "party committee remit, reported (T7, S6)",
        facts(
            Category.PARTY_COMMITTEE_OR_CONGRESS,
            f -> {
              f.partyCommitteeRemit = true;
              f.partyPreReported = true;
            }));
    s.put("relaying a higher decision (T2)", facts(Category.RELAY_AND_IMPLEMENT, f -> {}));
    s.put("work report and plans (T5)", facts(Category.WORK_REPORT_AND_PLANS, f -> {}));
    s.put("matter for the higher government (T6)", facts(Category.HIGHER_GOVERNMENT, f -> {}));
    s.put(
        "legality review asked for (F6)",
        facts(Category.MAJOR_MATTER, f -> f.legalReviewAsked = true));
    return s;
  }

  private static TopicFacts facts(Category c, java.util.function.Consumer<TopicFacts> tweak) {
    TopicFacts f = new TopicFacts();
    f.topicId = 1;
    f.category = c;
    f.leadUnitId = "DEPT";
    f.supervisorId = "vice.mayor";
    f.consulted = true;
    tweak.accept(f);
    return f;
  }
}
