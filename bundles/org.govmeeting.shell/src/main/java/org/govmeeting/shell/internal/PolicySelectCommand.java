package org.govmeeting.shell.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.govmeeting.api.review.ReviewService;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

@Command(
    scope = "meeting",
    name = "policy-select",
    description =
        "Makes a district's policy the active one, at once and without a restart; it is saved in"
            + " etc/org.govmeeting.review.cfg.")
@Service
public class PolicySelectCommand implements Action {
  @Reference ReviewService reviews;
  @Reference ConfigurationAdmin config;

  @Argument(index = 0, name = "district", required = true, description = "e.g. qianjin")
  @Completion(DistrictCompleter.class)
  String district;

  @Override
  public Object execute() throws Exception {
    boolean installed = reviews.policies().stream().anyMatch(p -> p.district.equals(district));
    if (!installed) {
      System.err.println("No policy for '" + district + "' is installed; install it first.");
      return null;
    }
    Configuration c = config.getConfiguration("org.govmeeting.review", null);
    Dictionary<String, Object> props =
        c.getProperties() == null ? new Hashtable<>() : c.getProperties();
    props.put("activeDistrict", district);
    c.update(props);
    System.out.println("Active district: " + district);
    return null;
  }
}
