package io.github.acplan.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by acplan's value types.
 *
 * <p>An abstract, package-private {@code AbstractPlan} yields the public immutable {@code Plan} with a
 * {@code builder()}, {@code withX} copies and {@code copyOf}. Used by acplan's own modules at compile
 * time; not part of the API contract.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    jdkOnly = true,
    // Keep generated code free of annotations found on the class path (javax Generated, Error Prone):
    // the module reads neither java.compiler nor Error Prone's annotations.
    allowedClasspathAnnotations = {Override.class})
public @interface AcplanStyle {}
