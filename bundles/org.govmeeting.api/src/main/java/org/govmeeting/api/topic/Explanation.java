package org.govmeeting.api.topic;

/** The topic explanation (议题说明) in its four parts (P3); together at most 2000 characters. */
public class Explanation {
  /** One: background and reasons. */
  public String background;

  /** Two: how the topic was researched and discussed. */
  public String process;

  /** Three: the main content. */
  public String content;

  /** Four: the questions put to the meeting. */
  public String questions;
}
