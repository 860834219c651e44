package org.govmeeting.api.topic;

/**
 * What a T4 topic adopts: an administrative normative document (行政规范性文件), to which S4, F6 and P2
 * apply, or another policy document (其他政策文件). The form asks it of every T4 topic.
 */
public enum PolicyDocumentKind {
  NORMATIVE_DOCUMENT,
  OTHER_POLICY_DOCUMENT
}
