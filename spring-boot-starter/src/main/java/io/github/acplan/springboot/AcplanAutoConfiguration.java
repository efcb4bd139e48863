package io.github.acplan.springboot;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.jackson3.AcplanJackson3Module;
import io.github.acplan.serialization.json.AcplanJacksonModule;
import java.util.Objects;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of acplan's shared, thread-safe services from the {@code acplan.*} properties
 * ({@link AcplanProperties}).
 *
 * <p>Every bean backs off when the application defines its own of the same type:
 * <ul>
 *   <li>{@link UkrainianCalendar}: the standard calendar, or one built from
 *       {@code acplan.calendar.martial-law-end} and {@code acplan.calendar.six-day-week};</li>
 *   <li>{@link PlanValidator}: the standard rules less {@code acplan.validation.disabled-codes};</li>
 *   <li>{@link DeadlineParser}: only when {@code acplan.deadlines.period} is set;</li>
 *   <li>{@link PlanDocuments} (standard limits), when {@code acplan-documents} is on the class path;</li>
 *   <li>the Jackson 3 module {@link AcplanJackson3Module}, which Spring Boot 4 registers with the
 *       {@code JsonMapper} it configures, so that plans and their values read and write in acplan's JSON
 *       format inside an application's own types;</li>
 *   <li>the Jackson 2 module {@link AcplanJacksonModule}, when {@code acplan-serialization} and
 *       Jackson 2 are on the class path: Spring Boot registers every Jackson 2 {@code Module} bean with
 *       the {@code ObjectMapper} it configures (Boot 3.5, and Boot 4's Jackson 2 support).</li>
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(AcplanProperties.class)
public class AcplanAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public AcplanAutoConfiguration() {
  }

  /**
   * The working-day calendar. Without settings it is {@link UkrainianCalendar#standard()}, the same
   * instance every acplan API uses by default.
   *
   * @param properties the bound {@code acplan.*} properties
   * @return the calendar
   * @throws NullPointerException if {@code properties} is null
   */
  @Bean
  @ConditionalOnMissingBean
  public UkrainianCalendar acplanCalendar(AcplanProperties properties) {
    AcplanProperties.Calendar settings = Objects.requireNonNull(properties, "properties").calendar();
    if (settings.martialLawEnd() == null && !settings.sixDayWeek()) {
      return UkrainianCalendar.standard();
    }
    UkrainianCalendar.Builder builder = UkrainianCalendar.builder();
    if (settings.martialLawEnd() != null) {
      builder.martialLawEnd(settings.martialLawEnd());
    }
    if (settings.sixDayWeek()) {
      builder.sixDayWeek();
    }
    return builder.build();
  }

  /**
   * The standard plan validator without the disabled codes.
   *
   * @param properties the bound {@code acplan.*} properties
   * @return the validator
   * @throws IllegalArgumentException if a disabled code is produced by no rule
   * @throws NullPointerException if {@code properties} is null
   */
  @Bean
  @ConditionalOnMissingBean
  public PlanValidator acplanPlanValidator(AcplanProperties properties) {
    Objects.requireNonNull(properties, "properties");
    PlanValidator validator = PlanValidator.standard();
    for (String code : properties.validation().disabledCodes()) {
      validator = validator.without(code);
    }
    return validator;
  }

  /**
   * A deadline parser for the configured plan period.
   *
   * @param properties the bound {@code acplan.*} properties
   * @return the parser
   * @throws IllegalArgumentException if the period cannot be read
   * @throws NullPointerException if {@code properties} is null
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "acplan.deadlines", name = "period")
  public DeadlineParser acplanDeadlineParser(AcplanProperties properties) {
    String period = Objects.requireNonNull(properties, "properties").deadlines().period();
    if (period == null) {
      throw new IllegalStateException("acplan.deadlines.period is not set");
    }
    return DeadlineParser.forPeriod(PlanPeriod.parse(period));
  }

  /** The Jackson 2 module, for applications whose JSON goes through Jackson 2. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {
      "com.fasterxml.jackson.databind.ObjectMapper",
      "io.github.acplan.serialization.json.AcplanJacksonModule"})
  static class Jackson2ModuleConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AcplanJacksonModule acplanJackson2Module() {
      return new AcplanJacksonModule();
    }
  }

  /** The document reader, for applications that have acplan-documents. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.acplan.documents.PlanDocuments")
  static class DocumentsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PlanDocuments acplanPlanDocuments() {
      return PlanDocuments.standard();
    }
  }

  /** The Jackson 3 module, for Boot 4's JsonMapper. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {
      "tools.jackson.databind.JacksonModule",
      "io.github.acplan.jackson3.AcplanJackson3Module"})
  static class Jackson3ModuleConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AcplanJackson3Module acplanJackson3Module() {
      return new AcplanJackson3Module();
    }
  }
}
