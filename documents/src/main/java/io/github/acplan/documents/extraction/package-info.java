/**
 * Internal: what the format extractors share (limits counted while reading, blank text). Not exported.
 */
@NullMarked
package io.github.acplan.documents.extraction;

import org.jspecify.annotations.NullMarked;
