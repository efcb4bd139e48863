package io.github.acplan.springboot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.Plan;
import io.github.acplan.springboot.AcplanAutoConfiguration;
import io.github.acplan.test.fixtures.SeedFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A Spring Boot 3.5 application: Boot's Jackson 2 ObjectMapper gets acplan's Jackson 2 module. */
class SpringBoot3JacksonTest {

  /** A user's own type with a plan inside. */
  record Envelope(String council, Plan plan) {
  }

  @Test
  void bootsJackson2ObjectMapperRoundTripsAPlanInsideTheUsersRecord() throws Exception {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
    Plan plan = SeedFixtures.plan();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
            AcplanAutoConfiguration.class))
        .run(context -> {
          ObjectMapper mapper = context.getBean(ObjectMapper.class);
          Envelope envelope = new Envelope("Довгинцівська районна в місті рада", plan);
          String json = mapper.writeValueAsString(envelope);
          assertThat(json).contains("\"measures\"").doesNotContain("\"plan\":{}");
          assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);
        });
  }
}
