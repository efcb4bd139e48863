package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.acplan.core.Plan;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ValidationReportJsonTest {

  @Test
  void theSeedsFindingsAreWrittenInThePlanFormatsStyleAndMatchTheSchema() throws Exception {
    Plan seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    Plan broken = seed.withSections(seed.sections().stream().map(s -> s.number() != 1 ? s
        : s.withMeasures(s.measures().stream().map(m -> m.number().toString().equals("1.3")
            ? m.withName("") : m).toList())).toList());
    ValidationReport report = PlanValidator.standard().validate(broken);

    String json = ValidationReportJson.standard().write(report);

    assertThat(json).startsWith("{\n  \"errors\": " + report.count(io.github.acplan.core.validation.Severity.ERROR) + ",\n")
        .contains("\"severity\": \"error\"", "\"code\": \"MISSING_NAME\"", "\"measure\": \"1.3\"",
            "\"messageUk\": \"Пункт 1.3: не вказано найменування заходу\"")
        .doesNotContain("message_uk", "\"ERROR\"").endsWith("}\n");
    Schema schema;
    try (InputStream in = ValidationReportJson.class.getResourceAsStream(ValidationReportJson.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in);
    }
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(ValidationReportJson.standard().write(ValidationReport.of(java.util.List.of()), false),
        InputFormat.JSON)).isEmpty();
  }
}
