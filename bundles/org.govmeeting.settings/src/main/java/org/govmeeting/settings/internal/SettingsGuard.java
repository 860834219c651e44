package org.govmeeting.settings.internal;

import java.util.Dictionary;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
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
    property = {
      ConfigurationPlugin.CM_RANKING + ":Integer=900",
      "config.plugin.id=org.govmeeting.settings"
    })
public class SettingsGuard implements ConfigurationPlugin {
  private static final Logger LOG = LoggerFactory.getLogger(SettingsGuard.class);

  private final RuleBook rules;
  private final Guard guard = new Guard(LOG::error);

  @Activate
  public SettingsGuard(BundleContext context, @Reference MetaTypeService metaTypes) {
    this.rules = new RuleBook(context, metaTypes);
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
    if (!found.isEmpty()) {
      guard.apply(s, p, found);
    }
  }
}
