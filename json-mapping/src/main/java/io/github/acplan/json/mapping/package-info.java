/**
 * The JSON shapes of acplan's model ({@link io.github.acplan.json.mapping.JsonMapping}): classes and records
 * annotated with {@code jackson-annotations} only, and the conversions between them and the model.
 */
@NullMarked
package io.github.acplan.json.mapping;

import org.jspecify.annotations.NullMarked;
