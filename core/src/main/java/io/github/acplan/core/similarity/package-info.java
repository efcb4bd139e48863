/**
 * Similarity of short Ukrainian texts as sets of word stems, shared by the near-duplicate rule of
 * {@code core.validation} and the measure matching of {@code core.diff}. Not exported: an internal
 * of the core module.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.similarity.WordStems}: a text's set of word stems and the Jaccard
 *       index of two such sets;</li>
 *   <li>{@link io.github.acplan.core.similarity.StemRanks}: stem sets as sorted arrays of stem ranks,
 *       rarest first, for prefix filtering (no all-pairs comparison) and intersection by merging.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.similarity;

import org.jspecify.annotations.NullMarked;
