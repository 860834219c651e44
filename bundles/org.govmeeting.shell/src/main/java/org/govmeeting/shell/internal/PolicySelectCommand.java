package org.govmeeting.shell.internal;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.govmeeting.api.review.PolicyChoice;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewService;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

@Command(
    scope = "meeting",
    name = "policy-select",
    description =
        "Makes a policy the platform's default, at once and without a restart (saved in"
            + " etc/org.govmeeting.review.cfg); with --district, that district's own choice"
            + " instead, recorded in its records. The policy must be installed.")
@Service
public class PolicySelectCommand implements Action {
  private static final String PID = "org.govmeeting.review";

  @Reference ReviewService reviews;
  @Reference ConfigurationAdmin config;
  @Reference Session session;

  @Argument(
      index = 0,
      name = "policy",
      required = true,
      description = "the policy's key, e.g. qianjin; with --district also key:version")
  @Completion(DistrictCompleter.class)
  String district;

  @Option(
      name = "--district",
      description = "the district (meeting:districts) that chooses the policy for itself")
  String forDistrict;

  @Option(name = "--reason", description = "why, recorded with the choice (with --district)")
  String reason;

  @Override
  public Object execute() throws Exception {
    if (forDistrict != null) {
      return chooseFor(forDistrict);
    }
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

  private Object chooseFor(String target) {
    int colon = district.indexOf(':');
    String policy = colon < 0 ? district : district.substring(0, colon);
    String version = colon < 0 ? null : district.substring(colon + 1);
    PolicyChoice c =
        ConsoleIdentity.platformAct(
            session,
            "meeting:policy-select --district " + target + " " + district,
            admin ->
                reviews.choosePolicy(
                    target,
                    policy,
                    version,
                    reason == null ? "选用自控制台 chosen at the console" : reason,
                    admin),
            x -> x.district + " -> " + x.policy + (x.version == null ? "" : ":" + x.version));
    System.out.println(
        target
            + " 当前生效："
            + (c.inForce == null ? "-" : c.inForce.district + " " + c.inForce.version)
            + " / in force for "
            + target
            + ": "
            + (c.inForce == null ? "-" : c.inForce.district + " (" + c.inForce.version + ")"));
    return null;
  }
}
