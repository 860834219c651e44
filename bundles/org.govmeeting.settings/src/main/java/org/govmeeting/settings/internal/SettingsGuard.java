package org.govmeeting.settings.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees every configuration of the platform on its way to a component (Felix SCR takes them through
 * Configuration Admin's plugins) and refuses what its metatype does not allow. Ranked after Felix's
 * interpolation plugin (500), so that a {@code ${...}} value is checked as the component gets it.
 * Its bundle starts before the modules (start level 70, see the feature), so the first
 * configuration a module gets at start-up is checked too.
 */
@Component(
    service = ConfigurationPlugin.class,
    // Configuration Admin ungets the plugin after each call: a delayed component would be made
    // anew each time and forget the last good values.
    immediate = true,
    property = {
      ConfigurationPlugin.CM_RANKING + ":Integer=900",
      "config.plugin.id=org.govmeeting.settings"
    })
public class SettingsGuard implements ConfigurationPlugin {
  private static final Logger LOG = LoggerFactory.getLogger(SettingsGuard.class);

  private final RuleBook rules;
  private final Guard guard;

  @Activate
  public SettingsGuard(
      BundleContext context,
      @Reference MetaTypeService metaTypes,
      @Reference ConfigurationAdmin configurations) {
    this.rules = new RuleBook(context, metaTypes);
    java.io.File data = context.getDataFile("last-good.ser");
    LastGoodFile kept = new LastGoodFile(data == null ? null : data.toPath());
    this.guard = new Guard(LOG::error, kept.read(), kept::write);
    seed(configurations);
  }

  /**
   * What each configuration holds now is its last good value where its rules allow it: a guard that
   * starts after a module read its configuration (this bundle refreshed, or started late) still
   * keeps that value when a bad one comes.
   */
  private void seed(ConfigurationAdmin configurations) {
    try {
      Configuration[] all = configurations.listConfigurations("(service.pid=org.govmeeting.*)");
      for (Configuration c : all == null ? new Configuration[0] : all) {
        Dictionary<String, Object> p = c.getProperties();
        List<Rule> found = p == null ? List.of() : rules.rules(c.getPid());
        if (!found.isEmpty()) {
          guard.remember(c.getPid(), p, found);
        }
      }
    } catch (IOException | InvalidSyntaxException | RuntimeException e) {
      LOG.warn("the configurations in force could not be read; last good values start empty", e);
    }
  }

  @Override
  public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> p) {
    Object pid = p.get(Constants.SERVICE_PID);
    if (!(pid instanceof String s)) {
      return;
    }
    List<Rule> found;
    try {
      found = rules.rules(s);
    } catch (RuntimeException e) {
      LOG.warn("the rules of {} could not be read; its values are passed on unchecked", s, e);
      return;
    }
    if (found.isEmpty()) {
      LOG.debug("{}: no metatype found; passed on unchecked", s);
    } else {
      guard.apply(s, p, found);
    }
  }
}
