package io.github.acplan.springboot.web;

import io.github.acplan.core.Plan;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A council's small application: upload a plan document, get its validation findings as JSON. */
@SpringBootApplication
public class ValidationApplication {

  /** One finding as the application publishes it. */
  public record FindingView(String code, String severity, String where, String message) {
  }

  /** A user's own type with a plan inside. */
  public record Envelope(String council, Plan plan) {
  }

  /** The controller, using the starter's beans. */
  @RestController
  public static class PlanController {
    private final PlanDocuments documents;
    private final PlanValidator validator;

    public PlanController(PlanDocuments documents, PlanValidator validator) {
      this.documents = documents;
      this.validator = validator;
    }

    @PostMapping("/plans/validate")
    public List<FindingView> validate(@RequestParam("file") MultipartFile file)
        throws IOException, PlanFormatException {
      try (InputStream in = file.getInputStream()) {
        ValidationReport report = validator.validate(documents.read(in).plan());
        return report.findings().stream()
            .map(f -> new FindingView(f.code(), f.severity().name(), f.path().toString(),
                f.message(java.util.Locale.ENGLISH)))
            .toList();
      }
    }

    @PostMapping(value = "/plans/validate", consumes = "application/json")
    public List<FindingView> validateJson(@RequestBody Plan plan) {
      return views(validator.validate(plan));
    }

    @PostMapping("/plans/echo")
    public Envelope echo(@RequestBody Envelope envelope) {
      return envelope;
    }

    private static List<FindingView> views(ValidationReport report) {
      return report.findings().stream()
          .map(f -> new FindingView(f.code(), f.severity().name(), f.path().toString(),
              f.message(java.util.Locale.ENGLISH)))
          .toList();
    }

    @ExceptionHandler(PlanFormatException.class)
    public ResponseEntity<String> badPlan(PlanFormatException e) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(e.getMessage());
    }
  }
}
