package org.govmeeting.rest.internal;

/**
 * Examples of the API's description that must be whole to be useful: a topic form that passes when
 * sent as it stands (by a clerk of the education bureau, whose head reports), so "Try it out" files
 * a real draft. {@code OpenApiContractTest} checks it reads as a TopicForm.
 */
final class ApiExamples {
  static final String TOPIC_FORM =
      "{\n"
          + "  \"name\": \"关于2027年义务教育学校布局调整的请示\",\n"
          + "  \"reporterId\": \"luo.ping\",\n"
          + "  \"category\": \"MAJOR_MATTER\",\n"
          + "  \"attendingUnitIds\": [\"FINANCE\"],\n"
          + "  \"fiscal\": false,\n"
          + "  \"normativeDocument\": false,\n"
          + "  \"needsInterpretation\": false,\n"
          + "  \"partyCommitteeRemit\": false,\n"
          + "  \"toPartyCommittee\": false,\n"
          + "  \"urgent\": false,\n"
          + "  \"implementationOpinion\": \"实施意见：目标、措施、责任分工。\",\n"
          + "  \"explanation\": {\n"
          + "    \"background\": \"背景和缘由\",\n"
          + "    \"process\": \"研究讨论过程\",\n"
          + "    \"content\": \"主要内容\",\n"
          + "    \"questions\": \"提请研究解决的问题\"\n"
          + "  },\n"
          + "  \"consultations\": [{\"unitId\": \"FINANCE\", \"answer\": \"AGREE\"}]\n"
          + "}";

  static final String CATEGORY_PARAM =
      "The category by name (NORMATIVE_DOCUMENT) or by the clause that defines it (T4)";

  private ApiExamples() {}
}
