package org.govmeeting.shell.internal;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewService;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

@Command(
    scope = "meeting",
    name = "policy-select",
    description =
        "Makes a district's policy the active one, at once and without a restart; it is saved in"
            + " etc/org.govmeeting.review.cfg. The district's policy must be installed.")
@Service
public class PolicySelectCommand implements Action {
  private static final String PID = "org.govmeeting.review";

  @Reference ReviewService reviews;
  @Reference ConfigurationAdmin config;
  @Reference Session session;

  @Argument(index = 0, name = "district", required = true, description = "e.g. qianjin")
  @Completion(DistrictCompleter.class)
  String district;

  @Override
  public Object execute() throws Exception {
    List<String> installed = reviews.policies().stream().map(p -> p.district).distinct().toList();
    if (!installed.contains(district)) {
      String feature = "govmeeting-policy-" + district;
      throw new ConsoleFailure(
          "本区（"
              + district
              + "）的审核规则尚未安装，请先执行 feature:install "
              + feature
              + "（已安装："
              + installed
              + "）",
          "no policy for '"
              + district
              + "' is installed; install it first: feature:install "
              + feature
              + " (installed: "
              + String.join(", ", installed)
              + ")");
    }
    Configuration c = config.getConfiguration(PID, null);
    Dictionary<String, Object> props =
        c.getProperties() == null ? new Hashtable<>() : c.getProperties();
    props.put("activeDistrict", district);
    c.update(props);
    ConsoleIdentity.changed(session, "meeting:policy-select " + district, "activeDistrict");
    // Configuration Admin hands the change on asynchronously: say so only once it is in force.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (reviews.policies().stream().anyMatch(p -> p.active && p.district.equals(district))) {
        PolicyInfo now =
            reviews.policies().stream().filter(p -> p.active).findFirst().orElseThrow();
        System.out.println(
            "当前生效："
                + district
                + " "
                + now.version
                + " / Active district: "
                + district
                + " ("
                + now.version
                + ")");
        return null;
      }
      Thread.sleep(50);
    }
    throw new ConsoleFailure(
        "已保存，但 10 秒内未生效，请查看 karaf.log",
        "saved, but " + district + " was not in force within 10 s: see karaf.log");
  }
}
