package io.github.acplan.core.deadline.statute;

/**
 * An act whose terms the {@linkplain StatutoryTerms catalogue} holds, named as plans refer to it.
 *
 * <p>Each constant keeps the act's title, its date and number as written in Ukrainian legal citations,
 * and a short name for citations beside a term ("Закон № 1700-VII, ст. 45 ч. 1").
 */
public enum LegalAct {
  /** Закон України «Про запобігання корупції» від 14.10.2014 № 1700-VII. */
  LAW_1700_VII("Закон України «Про запобігання корупції»", "від 14.10.2014 № 1700-VII", "Закон № 1700-VII"),
  /** Закон України «Про очищення влади» від 16.09.2014 № 1682-VII. */
  LAW_1682_VII("Закон України «Про очищення влади»", "від 16.09.2014 № 1682-VII", "Закон № 1682-VII"),
  /**
   * The NAZK's procedure for checking that declarations were filed and for notifying the NAZK of late or
   * missing ones (рішення НАЗК від 06.09.2016 № 19, in force when the 2020 plans were written; replaced
   * from 01.12.2021 by the procedure of order No. 539/21 of 20.08.2021).
   */
  NAZK_DECISION_19_2016("Порядок перевірки факту подання суб'єктами декларування декларацій відповідно до "
      + "Закону України «Про запобігання корупції» та повідомлення НАЗК про випадки неподання чи несвоєчасного "
      + "подання таких декларацій", "рішення НАЗК від 06.09.2016 № 19", "Порядок, рішення НАЗК № 19"),
  /**
   * The NAZK's regulation on the information system in which the executors of the State Anti-Corruption
   * Programme report on its measures (наказ НАЗК від 28.06.2023 № 134/23 «Про затвердження Положення про
   * інформаційну систему моніторингу реалізації державної антикорупційної політики», registered with the
   * Ministry of Justice 07.07.2023 No. 1153/40209, amended by order No. 143/23 of 11.07.2023). Title, date
   * and registration checked against the order's own text (https://iplex360.com.ua/npa.php?code=z1153-23).
   * The order concerns the State programme only: it sets no term for a body's own anti-corruption
   * programme.
   */
  NAZK_ORDER_134_23("Положення про інформаційну систему моніторингу реалізації державної антикорупційної "
      + "політики", "наказ НАЗК від 28.06.2023 № 134/23", "наказ НАЗК № 134/23"),
  /**
   * Закон України «Про публічні закупівлі» від 25.12.2015 № 922-VIII, whose whole text Law No. 114-IX of
   * 19.09.2019 restated from its coming into effect six months after its publication (in 2020).
   */
  LAW_922_VIII("Закон України «Про публічні закупівлі»", "від 25.12.2015 № 922-VIII", "Закон № 922-VIII"),
  /** Закон України «Про звернення громадян» від 02.10.1996 № 393/96-ВР. */
  LAW_393_96_VR("Закон України «Про звернення громадян»", "від 02.10.1996 № 393/96-ВР", "Закон № 393/96-ВР");

  private final String title;
  private final String dateAndNumber;
  private final String shortName;

  LegalAct(String title, String dateAndNumber, String shortName) {
    this.title = title;
    this.dateAndNumber = dateAndNumber;
    this.shortName = shortName;
  }

  /**
   * Returns the act's title.
   *
   * @return e.g. "Закон України «Про запобігання корупції»"
   */
  public String title() {
    return title;
  }

  /**
   * Returns the act's date and number as cited.
   *
   * @return e.g. "від 14.10.2014 № 1700-VII"
   */
  public String dateAndNumber() {
    return dateAndNumber;
  }

  /**
   * Returns the short name used beside a term's provision.
   *
   * @return e.g. "Закон № 1700-VII"
   */
  public String shortName() {
    return shortName;
  }
}
