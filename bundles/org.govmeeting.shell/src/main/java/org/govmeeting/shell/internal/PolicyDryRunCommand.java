package org.govmeeting.shell.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.govmeeting.api.policy.DryRunTopic;
import org.govmeeting.api.policy.PolicyDryRun;

@Command(
    scope = "meeting",
    name = "policy-dry-run",
    description =
        "Runs an installed policy, active or not, over a meeting's topics and prints, per topic,"
            + " what it would have blocked and the steps it would have added or left out. Nothing"
            + " is written.")
@Service
public class PolicyDryRunCommand implements Action {
  @Reference PolicyDryRun dryRuns;
  @Reference ConsoleIdentity identity;
  @Reference Session session;

  @Argument(index = 0, name = "district", required = true, description = "the policy's district")
  @Completion(DistrictCompleter.class)
  String district;

  @Argument(index = 1, name = "version", required = true, description = "the policy's version")
  String version;

  @Argument(index = 2, name = "meeting", required = true, description = "the meeting's ID")
  @Completion(MeetingCompleter.class)
  long meeting;

  @Override
  public Object execute() {
    List<DryRunTopic> topics =
        identity.act(
            session,
            "meeting:policy-dry-run " + district + " " + version + " " + meeting,
            office -> dryRuns.dryRun(district, version, meeting, List.of(), office),
            l -> l.size() + " topics tried, nothing written");
    int changed = 0;
    for (DryRunTopic t : topics) {
      changed += t.changed ? 1 : 0;
      StringBuilder line =
          new StringBuilder().append(t.topicId).append(' ').append(t.title).append(": ");
      if (!t.changed) {
        line.append("不变 / unchanged");
      } else {
        if (!t.blockedBy.isEmpty()) {
          line.append("不能提交 / blocked by ")
              .append(
                  t.blockedBy.stream().map(f -> f.clause.name()).collect(Collectors.joining(",")))
              .append("  ");
        }
        if (!t.added.isEmpty()) {
          line.append("增加 / added ").append(t.added).append("  ");
        }
        if (!t.removed.isEmpty()) {
          line.append("减少 / removed ").append(t.removed);
        }
      }
      System.out.println(line.toString().trim());
    }
    System.out.println(
        district
            + " "
            + version
            + "：会议 "
            + meeting
            + " 的 "
            + topics.size()
            + " 项议题中 "
            + changed
            + " 项会有不同 / "
            + changed
            + " of "
            + topics.size()
            + " topics would differ (nothing written).");
    return null;
  }
}
