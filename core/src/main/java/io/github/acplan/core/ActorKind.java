package io.github.acplan.core;

import java.util.Optional;

/**
 * What kind of actor a name in the "Відповідальні за виконання" column denotes.
 */
public enum ActorKind implements Worded {
  /** A position held by one official: "Головний спеціаліст з питань запобігання і виявлення корупції". */
  POSITION("position", "посада", "position"),
  /** A structural unit: "відділ з питань кадрової роботи", "структурні підрозділи". */
  UNIT("unit", "структурний підрозділ", "structural unit"),
  /** A collegial body: "Конкурсна комісія", "тендерні комітети", "колегіальні органи". */
  COLLEGIAL_BODY("collegial-body", "колегіальний орган", "collegial body"),
  /** A group of officials: "керівники структурних підрозділів", "Посадові особи". */
  GROUP("group", "група посадових осіб", "group of officials"),
  /** A subordinate institution: "КУ «Територіальний центр ...»". */
  INSTITUTION("institution", "підпорядкована установа", "subordinate institution"),
  /** A body outside the organisation, usually marked "(за згодою)". */
  EXTERNAL("external", "зовнішній орган", "external body");

  private final Wording wording;

  ActorKind(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the constant with an identifier, in any case and with spaces around it.
   *
   * @param id the identifier, as in JSON
   * @return the constant, or empty if the identifier names none
   */
  public static Optional<ActorKind> fromId(String id) {
    return Worded.byId(ActorKind.class, id);
  }
}
