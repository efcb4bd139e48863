package io.github.acplan.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acplan.core.Measure;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.ChangeVisitor;
import io.github.acplan.core.diff.DiffReport;
import io.github.acplan.core.diff.FieldChange;
import io.github.acplan.core.diff.MeasureAdded;
import io.github.acplan.core.diff.MeasureModified;
import io.github.acplan.core.diff.MeasureMoved;
import io.github.acplan.core.diff.MeasureRemoved;
import io.github.acplan.core.diff.MeasureRenumbered;
import io.github.acplan.core.diff.PlanChanged;
import io.github.acplan.core.diff.RiskAdded;
import io.github.acplan.core.diff.RiskFieldChange;
import io.github.acplan.core.diff.RiskModified;
import io.github.acplan.core.diff.RiskRemoved;
import io.github.acplan.core.diff.SectionAdded;
import io.github.acplan.core.diff.SectionRemoved;
import io.github.acplan.core.diff.SectionRenamed;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of a diff: {@code {"counts": {"measure-added": 1, …}, "changes": [{"kind": "measure-modified",
 * …}]}}, every change named by its {@link io.github.acplan.core.diff.ChangeKind#id() kind id}. Measures
 * are given by number and name; the full plan JSON is the job of {@code PlanJson}.
 *
 * <p>A programme's changes use the same shape: plan attributes "kind", "risk-scale" and
 * "measures-must-address-risks"; measure fields "yearly-deadline" (with a "year") and "resources";
 * and the register's kinds "risk-added" and "risk-removed" ({@code {"risk": {"id", "function", "risk",
 * "probability", "consequence", "level"}}}) and "risk-modified" ({@code {"old_id", "new_id", "fields":
 * [{"field", "old", "new"}], "old_level", "new_level"}}; a level is "low", "medium", "high" or null
 * off the scale).
 */
final class ChangesJson {
  private ChangesJson() {}

  static String write(List<Change> changes) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ObjectNode counts = root.putObject("counts");
    DiffReport.counts(changes).forEach((k, n) -> counts.put(k.id(), n));
    ArrayNode array = root.putArray("changes");
    for (Change c : changes) {
      ObjectNode n = array.addObject();
      n.put("kind", c.kind().id());
      c.accept(new Fill(n));
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("Writing a JSON tree to a string failed", e);
    }
  }

  private static void measure(ObjectNode n, Measure m) {
    n.put("number", m.number().toString());
    n.put("name", m.name());
    n.put("deadline", m.deadline().text());
    n.put("responsible", m.responsible().text());
  }

  private static void risk(ObjectNode n, CorruptionRisk r, Optional<RiskLevel> level) {
    n.put("id", r.id());
    n.put("function", r.function());
    n.put("risk", r.risk());
    n.put("probability", r.probability());
    n.put("consequence", r.consequence());
    n.put("level", level.map(RiskLevel::id).orElse(null));
  }

  private record Fill(ObjectNode n) implements ChangeVisitor<Void> {
    @Override
    public Void visit(PlanChanged c) {
      n.put("attribute", c.attribute().id());
      n.put("old", c.oldValue().orElse(null));
      n.put("new", c.newValue().orElse(null));
      return null;
    }

    @Override
    public Void visit(SectionAdded c) {
      n.put("section", c.section().number());
      n.put("title", c.section().title());
      return null;
    }

    @Override
    public Void visit(SectionRemoved c) {
      n.put("section", c.section().number());
      n.put("title", c.section().title());
      return null;
    }

    @Override
    public Void visit(SectionRenamed c) {
      n.put("section", c.number());
      n.put("old", c.oldTitle());
      n.put("new", c.newTitle());
      return null;
    }

    @Override
    public Void visit(MeasureAdded c) {
      measure(n.putObject("measure"), c.measure());
      return null;
    }

    @Override
    public Void visit(MeasureRemoved c) {
      measure(n.putObject("measure"), c.measure());
      return null;
    }

    @Override
    public Void visit(MeasureMoved c) {
      n.put("old_number", c.oldNumber().toString());
      n.put("new_number", c.newNumber().toString());
      return null;
    }

    @Override
    public Void visit(MeasureRenumbered c) {
      n.put("old_number", c.oldNumber().toString());
      n.put("new_number", c.newNumber().toString());
      return null;
    }

    @Override
    public Void visit(MeasureModified c) {
      n.put("old_number", c.oldNumber().toString());
      n.put("new_number", c.newNumber().toString());
      ArrayNode fields = n.putArray("fields");
      for (FieldChange f : c.changes()) {
        ObjectNode x = fields.addObject();
        x.put("field", f.field().id());
        f.year().ifPresent(y -> x.put("year", y));
        f.oldValues().forEach(x.putArray("old")::add);
        f.newValues().forEach(x.putArray("new")::add);
      }
      return null;
    }

    @Override
    public Void visit(RiskAdded c) {
      risk(n.putObject("risk"), c.risk(), c.level());
      return null;
    }

    @Override
    public Void visit(RiskRemoved c) {
      risk(n.putObject("risk"), c.risk(), c.level());
      return null;
    }

    @Override
    public Void visit(RiskModified c) {
      n.put("old_id", c.oldId());
      n.put("new_id", c.newId());
      ArrayNode fields = n.putArray("fields");
      for (RiskFieldChange f : c.changes()) {
        ObjectNode x = fields.addObject();
        x.put("field", f.field().id());
        f.oldValues().forEach(x.putArray("old")::add);
        f.newValues().forEach(x.putArray("new")::add);
      }
      n.put("old_level", c.oldLevel().map(RiskLevel::id).orElse(null));
      n.put("new_level", c.newLevel().map(RiskLevel::id).orElse(null));
      return null;
    }
  }
}
