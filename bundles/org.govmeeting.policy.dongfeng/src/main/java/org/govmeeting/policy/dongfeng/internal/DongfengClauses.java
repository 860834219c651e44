package org.govmeeting.policy.dongfeng.internal;

import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.rule.DistrictClause;
import org.govmeeting.api.topic.Category;

/**
 * Dongfeng's own clauses as the compliance report shows them: the Audit Bureau's review of every
 * asset or land matter (DF-1), and consultation agreed by every unit, never waived (DF-2).
 */
final class DongfengClauses {
  private DongfengClauses() {}

  /** DF-1: the Audit Bureau reviews every asset or land matter; a refinement of T8. */
  static final DistrictClause AUDIT =
      new DistrictClause(
          "DF-1",
          "东风区：重大资产资源重组、有偿出让、处置和土地出让事项须经区审计局审计。",
          "Dongfeng: every asset or land matter is audited by the Audit Bureau",
          Clause.T8);

  /** DF-2: consultation agreed by every unit, never waived; a stricter S3. */
  static final DistrictClause AGREED =
      new DistrictClause(
          "DF-2",
          "东风区：每个议题提交前须征求相关单位意见并达成一致，不作例外处理。",
          "Dongfeng: every topic is consulted on and agreed, without exception",
          Clause.S3);

  private static ClauseCheck clause(
      String id, String text, String english, Verdict v, String why, String whyEnglish) {
    ClauseCheck c = new ClauseCheck();
    c.clause = id;
    c.district = true;
    c.text = text;
    c.textEnglish = english;
    c.verdict = v;
    c.reason = why;
    c.reasonEnglish = whyEnglish;
    return c;
  }

  // rule: T8 — Dongfeng: the Audit Bureau reviews every asset or land matter
  static ClauseCheck audit(TopicFacts t, ReviewChain chain) {
    String text = AUDIT.text();
    String english = AUDIT.textEnglish();
    if (t.category != Category.ASSETS_AND_LAND) {
      return clause(
          AUDIT.id(),
          text,
          english,
          Verdict.NOT_APPLICABLE,
          "议题不属于资产资源、土地事项（T8）",
          "not an asset or land matter (T8)");
    }
    Step audit = null;
    for (Step s : chain == null ? java.util.List.<Step>of() : chain.steps) {
      if (s.clause == Clause.T8) {
        audit = s;
      }
    }
    if (audit == null) {
      return clause(
          AUDIT.id(),
          text,
          english,
          chain == null ? Verdict.PENDING : Verdict.NOT_MET,
          chain == null ? "议题尚未提交，审计环节尚未开始" : "审核链中没有审计环节",
          chain == null ? "not submitted yet" : "the chain has no audit step");
    }
    if (audit.state != StepState.SIGNED) {
      boolean refused = audit.state == StepState.RETURNED || audit.state == StepState.REJECTED;
      return clause(
          AUDIT.id(),
          text,
          english,
          refused ? Verdict.NOT_MET : Verdict.PENDING,
          refused ? "区审计局退回或不予通过" : "待区审计局审计",
          refused ? "returned or refused by Audit" : "awaiting the Audit Bureau");
    }
    ClauseCheck c =
        clause(
            AUDIT.id(),
            text,
            english,
            Verdict.MET,
            "区审计局已审计签字",
            "audited and signed by the Audit Bureau");
    return c.with(
        Evidence.of(
                Evidence.Kind.SIGNATURE,
                audit.label + "：已签字",
                "audit signed",
                audit.actorId,
                audit.actedAt,
                "/api/topics/" + t.topicId + "/reviews")
            .id(audit.id));
  }

  // rule: S3 — Dongfeng: consulted and agreed, never waived
  static ClauseCheck agreed(TopicFacts t, ReviewChain chain) {
    String text = AGREED.text();
    String english = AGREED.textEnglish();
    boolean ok = t.consulted && !t.dissent;
    return clause(
        AGREED.id(),
        text,
        english,
        ok ? Verdict.MET : chain == null ? Verdict.PENDING : Verdict.NOT_MET,
        ok ? "已征求意见并达成一致" : t.consulted ? "征求意见单位有分歧意见" : "未征求相关单位意见",
        ok ? "consulted and agreed" : t.consulted ? "a consulted unit disagrees" : "not consulted");
  }
}
