package org.govmeeting.review.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.govmeeting.api.config.Settings;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The metatype of the review setting, made when asked: "Active district" offers the districts whose
 * policy is installed now (and the one selected, so that it is never refused while its policy is
 * away for an update). The web console shows these choices, and the settings guard refuses any
 * other district with the last good one kept.
 */
final class DistrictChoices implements MetaTypeProvider {
  static final String OCD_ID = "org.govmeeting.review.internal.ReviewConfig";

  private final Supplier<List<String>> installed;
  private final Supplier<String> selected;

  DistrictChoices(Supplier<List<String>> installed, Supplier<String> selected) {
    this.installed = installed;
    this.selected = selected;
  }

  /** The districts to choose from, sorted: the installed ones and the one selected now. */
  List<String> districts() {
    TreeSet<String> all = new TreeSet<>(installed.get());
    String now = selected.get();
    if (now != null) {
      all.add(now);
    }
    return new ArrayList<>(all);
  }

  @Override
  public ObjectClassDefinition getObjectClassDefinition(String id, String locale) {
    return ReviewConfig.PID.equals(id) || OCD_ID.equals(id) ? new Ocd(districts()) : null;
  }

  @Override
  public String[] getLocales() {
    return null;
  }

  private record Ocd(List<String> districts) implements ObjectClassDefinition {
    @Override
    public String getName() {
      return "Executive meeting: review";
    }

    @Override
    public String getID() {
      return OCD_ID;
    }

    @Override
    public String getDescription() {
      return "Which district's policy decides the review chains.";
    }

    @Override
    public AttributeDefinition[] getAttributeDefinitions(int filter) {
      return filter == OPTIONAL ? new AttributeDefinition[0] : new AttributeDefinition[] {ad()};
    }

    private AttributeDefinition ad() {
      return new Ad(districts);
    }

    @Override
    public InputStream getIcon(int size) {
      return null;
    }
  }

  private record Ad(List<String> districts) implements AttributeDefinition {
    @Override
    public String getName() {
      return "Active district";
    }

    @Override
    public String getID() {
      return "activeDistrict";
    }

    @Override
    public String getDescription() {
      return "The district whose policy builds new chains: one whose policy is installed"
          + " (feature:install govmeeting-policy-<district>). Changing it takes effect at once;"
          + " chains already running keep the policy that built them.";
    }

    @Override
    public int getCardinality() {
      return 0;
    }

    @Override
    public int getType() {
      return STRING;
    }

    @Override
    public String[] getOptionValues() {
      return districts.toArray(String[]::new);
    }

    @Override
    public String[] getOptionLabels() {
      return getOptionValues();
    }

    @Override
    public String validate(String value) {
      return districts.contains(value) ? "" : "not an installed district: " + districts;
    }

    @Override
    public String[] getDefaultValue() {
      return new String[] {Settings.defaultOf(ReviewConfig.class, "activeDistrict")};
    }
  }
}
