package org.govmeeting.api.policy;

import org.osgi.annotation.versioning.ProviderType;

/** The district policy in force now, for modules that ask it questions (quorum, lead times). */
@ProviderType
public interface ActivePolicy {
  /**
   * @throws org.govmeeting.api.error.UnavailableException if no policy is active
   */
  Policy get();
}
