package org.govmeeting.review.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/** The active district: chosen among installed policies, an unknown one refused. */
public class DistrictChoicesTest {
  private final Policies policies = new Policies("qianjin");
  private final DistrictChoices choices =
      new DistrictChoices(policies::districts, policies::selected);

  private AttributeDefinition activeDistrict() {
    ObjectClassDefinition ocd = choices.getObjectClassDefinition(ReviewConfig.PID, null);
    AttributeDefinition[] ads = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
    assertEquals(1, ads.length);
    assertEquals("activeDistrict", ads[0].getID());
    return ads[0];
  }

  @Test
  public void theConsoleOffersTheInstalledDistrictsAndTheSelectedOne() {
    policies.add(1L, new ReviewEngineTest.TestPolicy("qianjin", "1.0", true), Map.of());
    assertArrayEquals(new String[] {"qianjin"}, activeDistrict().getOptionValues());
    policies.add(2L, new ReviewEngineTest.TestPolicy("dongfeng", "7", false), Map.of());
    policies.add(3L, new ReviewEngineTest.TestPolicy("qianjin", "2.0", true), Map.of());
    assertArrayEquals(new String[] {"dongfeng", "qianjin"}, activeDistrict().getOptionValues());
    policies.remove(1L);
    policies.remove(3L);
    assertArrayEquals(
        "the selected district stays a choice while its policy is away",
        new String[] {"dongfeng", "qianjin"},
        activeDistrict().getOptionValues());
    assertEquals("", activeDistrict().validate("dongfeng"));
    assertTrue(activeDistrict().validate("nowhere").contains("not an installed district"));
    assertArrayEquals(
        "the default is ReviewConfig's",
        new String[] {"qianjin"},
        activeDistrict().getDefaultValue());
  }

  @Test
  public void anUnknownDistrictIsRefusedAndThePreviousOneStaysActive() {
    policies.add(1L, new ReviewEngineTest.TestPolicy("qianjin", "1.0", true), Map.of());
    String refusal = policies.selectInstalled("nowhere");
    assertEquals(
        "setting activeDistrict = nowhere refused (must be one of qianjin, the districts whose"
            + " policy is installed: feature:install govmeeting-policy-nowhere first); keeping"
            + " qianjin",
        refusal);
    assertEquals("qianjin", policies.selected());
    assertEquals("qianjin", policies.active().district);
    policies.add(2L, new ReviewEngineTest.TestPolicy("dongfeng", "7", false), Map.of());
    assertNull(policies.selectInstalled("dongfeng"));
    assertEquals("dongfeng", policies.active().district);
  }
}
