package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.security.Actor;
import org.junit.Test;

public class AccessTest {
  private static final Actor MAYOR = new Actor("li.jianguo", "李建国", Set.of(Role.MAYOR));
  private static final Actor OFFICE = new Actor("liu.yang", "刘洋", Set.of(Role.OFFICE_STAFF));

  static class Resource {
    @Allowed
    public void anyone() {}

    @Allowed({Role.OFFICE_STAFF, Role.OFFICE_DIRECTOR})
    public void officeOnly() {}

    public void forgotten() {}
  }

  @Allowed(Role.MAYOR)
  static class MayorResource {
    public void inherited() {}
  }

  private static Method m(Class<?> c, String name) throws NoSuchMethodException {
    return c.getMethod(name);
  }

  @Test
  public void emptyAllowedAdmitsAnyPerson() throws Exception {
    assertTrue(Access.permits(m(Resource.class, "anyone"), Resource.class, MAYOR));
  }

  @Test
  public void rolesAreChecked() throws Exception {
    assertTrue(Access.permits(m(Resource.class, "officeOnly"), Resource.class, OFFICE));
    assertFalse(Access.permits(m(Resource.class, "officeOnly"), Resource.class, MAYOR));
  }

  @Test
  public void classAnnotationApplies() throws Exception {
    assertTrue(Access.permits(m(MayorResource.class, "inherited"), MayorResource.class, MAYOR));
    assertFalse(Access.permits(m(MayorResource.class, "inherited"), MayorResource.class, OFFICE));
  }

  @Test
  public void missingAnnotationOrMethodFailsClosed() throws Exception {
    assertFalse(Access.permits(m(Resource.class, "forgotten"), Resource.class, MAYOR));
    assertFalse(Access.permits(null, Resource.class, MAYOR));
  }

  @Test
  public void basicCredentialsAreParsed() {
    String token =
        Base64.getEncoder().encodeToString("li.jianguo:pa:ss".getBytes(StandardCharsets.UTF_8));
    String[] c = AccessFilter.credentials("Basic " + token).orElseThrow();
    assertEquals("li.jianguo", c[0]);
    assertEquals("pa:ss", c[1]);
    assertTrue(AccessFilter.credentials("basic " + token).isPresent());
  }

  @Test
  public void malformedCredentialsAreNone() {
    assertFalse(AccessFilter.credentials(null).isPresent());
    assertFalse(AccessFilter.credentials("Bearer abc").isPresent());
    assertFalse(AccessFilter.credentials("Basic !!!").isPresent());
    String noColon = Base64.getEncoder().encodeToString("abc".getBytes(StandardCharsets.UTF_8));
    assertFalse(AccessFilter.credentials("Basic " + noColon).isPresent());
  }
}
