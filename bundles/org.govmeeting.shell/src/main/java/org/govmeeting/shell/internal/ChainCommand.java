package org.govmeeting.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;

@Command(
    scope = "meeting",
    name = "chain",
    description = "Shows a topic's review chains, step by step.")
@Service
public class ChainCommand implements Action {
  @Reference ReviewService reviews;
  @Reference TopicService topics;
  @Reference Directory directory;

  @Option(name = "--district", description = "the topic's district (default: the first district)")
  @Completion(DistrictCompleter.class)
  String district;

  @Argument(index = 0, name = "topic", required = true, description = "the topic's ID")
  long topic;

  @Override
  public Object execute() {
    return ConsoleDistrict.within(directory, district, this::print);
  }

  private Object print() {
    List<TopicSummary> found = topics.summaries(List.of(topic));
    if (found.isEmpty()) {
      throw new ConsoleFailure("议题 " + topic + " 不存在", "topic " + topic + " does not exist");
    }
    List<ReviewChain> chains = reviews.chains(topic);
    if (chains.isEmpty()) {
      TopicSummary t = found.get(0);
      System.out.println(
          "议题 "
              + topic
              + "（"
              + t.name
              + "）尚无审核链：状态为“"
              + Chinese.of(t.status)
              + "”，提交后才有 / Topic "
              + topic
              + " has no review chain yet: it is "
              + t.status
              + "; a chain starts when it is submitted.");
      return null;
    }
    for (ReviewChain c : chains) {
      System.out.println(
          "Version "
              + c.topicVersion
              + ": "
              + c.state
              + " (policy "
              + c.policyDistrict
              + " "
              + c.policyVersion
              + ")"
              + (c.meetingId == null ? "" : ", meeting " + c.meetingId)
              + (c.meetingNote == null ? "" : ", " + c.meetingNote));
      ShellTable table = new ShellTable();
      table.column("Step");
      table.column("Stage");
      table.column("Clause");
      table.column("Signer");
      table.column("State");
      table.column("By");
      table.column("At");
      table.column("Comment");
      for (Step s : c.steps) {
        table
            .addRow()
            .addContent(
                s.id,
                s.stage,
                s.own != null ? s.own.id() + " (" + s.clause + ")" : s.clause,
                s.signerId != null ? s.signerId : s.role,
                s.state,
                s.actorId == null ? "" : s.actorId + " (" + s.actorRole + ")",
                ConsoleDistrict.time(directory, s.actedAt),
                s.comment == null ? "" : s.comment);
      }
      table.print(System.out);
    }
    return null;
  }
}
