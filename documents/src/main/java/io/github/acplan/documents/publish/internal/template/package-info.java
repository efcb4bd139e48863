/**
 * The HTML templates of {@code io.github.acplan.documents.publish}, compiled to Java from
 * {@code src/main/jte} by the jte Maven plugin at build time; not exported.
 */
@NullMarked
package io.github.acplan.documents.publish.internal.template;

import org.jspecify.annotations.NullMarked;
