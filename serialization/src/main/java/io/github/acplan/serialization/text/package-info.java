/**
 * The published table text of a plan or of a programme's risk register: reading it into the model, and
 * writing a plan back.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.serialization.text.PlanTableReader}: the one interpretation of a plan's
 *       table, from a {@link io.github.acplan.serialization.table.TableGrid} that any format's extractor
 *       produces (the text form below; DOCX, PDF, HTML and XLSX in {@code acplan-documents});</li>
 *   <li>{@link io.github.acplan.serialization.text.PlanTextReader}: reads the text of a plan's table, as
 *       extracted from its PDF, into a {@link io.github.acplan.core.Plan};</li>
 *   <li>{@link io.github.acplan.serialization.text.RiskRegisterTextReader}: reads the text of an
 *       anti-corruption programme's risk register into a {@link io.github.acplan.core.Plan} of kind
 *       {@link io.github.acplan.core.PlanKind#PROGRAMME}, its risks linked to its measures;</li>
 *   <li>{@link io.github.acplan.serialization.text.ReadResult} and
 *       {@link io.github.acplan.serialization.text.ReadWarning}: the plan read and the soft problems met;</li>
 *   <li>{@link io.github.acplan.serialization.text.PlanTextWriter}: writes a plan in the same form, so
 *       that reading it back gives an equal plan.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.serialization.text;

import org.jspecify.annotations.NullMarked;
