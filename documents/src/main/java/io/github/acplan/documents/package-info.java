/**
 * The documents councils publish: reading a plan or a risk register from DOCX, PDF, HTML or XLSX, and
 * writing plans and reports in the forms they are signed and published in.
 */
@NullMarked
package io.github.acplan.documents;

import org.jspecify.annotations.NullMarked;
