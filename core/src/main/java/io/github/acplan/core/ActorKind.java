package io.github.acplan.core;

/**
 * What kind of actor a name in the "Відповідальні за виконання" column denotes.
 */
public enum ActorKind {
  /** A position held by one official: "Головний спеціаліст з питань запобігання і виявлення корупції". */
  POSITION,
  /** A structural unit: "відділ з питань кадрової роботи", "структурні підрозділи". */
  UNIT,
  /** A collegial body: "Конкурсна комісія", "тендерні комітети", "колегіальні органи". */
  COLLEGIAL_BODY,
  /** A group of officials: "керівники структурних підрозділів", "Посадові особи". */
  GROUP,
  /** A subordinate institution: "КУ «Територіальний центр ...»". */
  INSTITUTION,
  /** A body outside the organisation, usually marked "(за згодою)". */
  EXTERNAL
}
