package org.govmeeting.api.error;

/** The named record does not exist (or the caller may not know that it does). */
public class NotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, String id) {
    super(what + " '" + id + "' does not exist", null);
  }

  /**
   * The record does not exist, said in both languages.
   *
   * @param chineseWhat the thing's Chinese name, as a district office names it (议题, 会议, 会议纪要)
   * @param what its English name (topic, meeting, minutes), which the English message keeps
   * @param id the identifier asked for
   */
  public NotFoundException(String chineseWhat, String what, String id) {
    super(chineseWhat + "“" + id + "”不存在", what + " '" + id + "' does not exist", null);
  }

  @Override
  public String title() {
    return "Not found";
  }
}
