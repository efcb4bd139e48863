package io.github.acplan.springboot.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.acplan.test.fixtures.SeedFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A real Spring MVC context with the starter's auto-configuration: a council's DOCX is uploaded and its
 * validation findings come back as JSON.
 */
@WebMvcTest(ValidationApplication.PlanController.class)
class ValidationControllerTest {

  @Autowired
  MockMvc mvc;

  @Test
  void aDocxUploadGivesTheSeedsFindings() throws Exception {
    MockMultipartFile file = new MockMultipartFile("file", "plan.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SeedFixtures.docx());
    // The seed's findings (README tour): 4 warnings and 1 info, e.g. 6.3 without an indicator.
    mvc.perform(multipart("/plans/validate").file(file))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(5))
        .andExpect(jsonPath("$[?(@.code == 'MISSING_INDICATOR')].where").value("6.3/indicators"))
        .andExpect(jsonPath("$[?(@.code == 'DEADLINE_IN_NEXT_YEAR')].severity").value("INFO"));
  }

  @Autowired
  tools.jackson.databind.json.JsonMapper mapper;

  @Test
  void aPlanPostedAsJsonIsValidatedAndAUsersRecordRoundTrips() throws Exception {
    io.github.acplan.core.Plan seed = SeedFixtures.plan();
    String json = mapper.writeValueAsString(seed);
    org.assertj.core.api.Assertions.assertThat(json).contains("\"measures\"").doesNotContain("{}");
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/plans/validate")
            .contentType("application/json").content(json))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(5));
    String envelope = mapper.writeValueAsString(
        new ValidationApplication.Envelope("Довгинцівська районна в місті рада", seed));
    String echoed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/plans/echo").contentType("application/json").content(envelope))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
            java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(
        mapper.readValue(echoed, ValidationApplication.Envelope.class).plan()).isEqualTo(seed);
  }

  @Test
  void aPropertyOfThePlanMisspeltIsABadRequestThoughBootIgnoresUnknownProperties() throws Exception {
    String envelope = mapper.writeValueAsString(
        new ValidationApplication.Envelope("Довгинцівська районна в місті рада", SeedFixtures.plan()));
    // Boot's mapper skips what the application's own record does not know…
    String withMayor = envelope.replaceFirst("^\\{", "{\"mayor\":\"x\",");
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/plans/echo").contentType("application/json").content(withMayor))
        .andExpect(status().isOk());
    // …but not a plan's property misspelt: skipped, the measure's yearly deadlines would be lost unseen
    String misspelt = envelope.replaceFirst("\"number\":\"1\\.1\",", "$0\"yearlyDeadlnes\":{\"2021\":{}},");
    org.assertj.core.api.Assertions.assertThat(misspelt).isNotEqualTo(envelope);
    Throwable refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/plans/echo").contentType("application/json").content(misspelt))
        .andExpect(status().isBadRequest()).andReturn().getResolvedException();
    org.assertj.core.api.Assertions.assertThat(refused).hasRootCauseInstanceOf(tools.jackson.databind.DatabindException.class)
        .rootCause().hasMessageContaining("unknown property; expected one of [")
        .hasMessageContaining("[\"measures\"]").hasMessageContaining("[\"yearlyDeadlnes\"]");
  }

  @Test
  void aDocumentThatIsNoPlanIsUnprocessableWithTheReadersMessage() throws Exception {
    MockMultipartFile file = new MockMultipartFile("file", "notes.txt", "text/plain",
        "Протокол засідання".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    mvc.perform(multipart("/plans/validate").file(file))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("the text has no table")));
  }
}
