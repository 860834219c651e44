package org.govmeeting.api.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.govmeeting.api.rule.Clause;
import org.junit.Test;

public class BilingualTest {
  @Test
  public void eachKindKeepsItsEnglishMessageAndAddsTheChinese() {
    DomainException[] all = {
      new AccessDeniedException("只有区长可以召集会议", "only the mayor convenes"),
      new AccessDeniedException(Clause.C1, "只有区长可以召集会议", "only the mayor convenes"),
      new ConflictException("只有区长可以召集会议", "only the mayor convenes"),
      new ConflictException(Clause.C1, "只有区长可以召集会议", "only the mayor convenes"),
      new UnavailableException("只有区长可以召集会议", "only the mayor convenes"),
      new StaleRevisionException("只有区长可以召集会议", "only the mayor convenes"),
      new ValidationException("kind", "只有区长可以召集会议", "only the mayor convenes"),
      new RuleViolationException(Clause.C1, "只有区长可以召集会议", "only the mayor convenes")
    };
    for (DomainException e : all) {
      assertEquals(e.getClass().getSimpleName(), "only the mayor convenes", e.getMessage());
      assertEquals("only the mayor convenes", e.message(true));
      assertEquals("只有区长可以召集会议", e.message(false));
    }
    assertEquals(Clause.C1, all[1].clause().orElseThrow());
    assertEquals(Clause.C1, all[3].clause().orElseThrow());
    assertEquals(false, all[2].clause().isPresent());
  }

  @Test
  public void notFoundIsSaidFromTheThingsChineseName() {
    NotFoundException e = new NotFoundException("会议纪要", "minutes", "7");
    assertEquals("会议纪要“7”不存在", e.message(false));
    assertEquals("minutes '7' does not exist", e.message(true));
    assertEquals("minutes '7' does not exist", e.getMessage());
  }

  @Test
  public void aMissingTextIsAskedForByItsLabel() {
    try {
      ValidationException.requireText("reason", "  ", "撤回理由");
      fail();
    } catch (ValidationException e) {
      assertEquals("reason", e.field());
      assertEquals("请填写撤回理由", e.message(false));
      assertEquals("reason is required", e.message(true));
      assertEquals("请填写撤回理由", e.violations().get(0).message(false));
    }
    assertEquals("理由", ValidationException.requireText("reason", " 理由 ", "撤回理由"));
    try {
      ValidationException.requireFileName("name", "a\u202Eb.pdf");
      fail();
    } catch (ValidationException e) {
      assertEquals("文件名含有控制字符、不可见字符或文字方向字符，请修改后重新上传", e.message(false));
    }
  }
}
