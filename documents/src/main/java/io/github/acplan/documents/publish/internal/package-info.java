/**
 * What the HTML templates of {@code io.github.acplan.documents.publish} render: pages as plain values
 * (every text still unescaped; the templates escape it by context) and bar charts with their geometry
 * computed here, so that a template only writes SVG elements. Not exported.
 */
@NullMarked
package io.github.acplan.documents.publish.internal;

import org.jspecify.annotations.NullMarked;
