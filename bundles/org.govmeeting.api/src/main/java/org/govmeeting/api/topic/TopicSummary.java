package org.govmeeting.api.topic;

import java.util.List;
import org.govmeeting.api.rule.Clause;

/** A topic's headline, as an agenda or a notice shows it. */
public class TopicSummary {
  public long id;
  public String name;
  public Category category;
  public String leadUnitId;

  /** The attending units of the form (F3), for the printed agenda. */
  public List<String> attendingUnitIds;

  public String reporterId;
  public String supervisorId;
  public TopicStatus status;

  /** The "in principle" clauses the mayor has lifted for this topic. */
  public List<Clause> overridden;

  /** The same exceptions as recorded: who granted each, when and why (the compliance report). */
  public List<RuleOverride> overrides;
}
