package org.govmeeting.itests.policy;

import java.util.Dictionary;
import java.util.Hashtable;
import org.govmeeting.api.policy.Policy;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers {@link RevisedQianjinPolicy} while its bundle is active. */
public class RevisedQianjinActivator implements BundleActivator {
  @Override
  public void start(BundleContext context) {
    Dictionary<String, Object> props = new Hashtable<>();
    props.put(Policy.DISTRICT, "qianjin");
    props.put(Policy.VERSION, RevisedQianjinPolicy.VERSION);
    context.registerService(Policy.class, new RevisedQianjinPolicy(), props);
  }

  @Override
  public void stop(BundleContext context) {}
}
