package org.thirdspace.shared.web;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import tools.jackson.core.JacksonException;

/**
 * Names the part of a request that was wrong, for the REST APIs' problem documents: the field of a
 * bean-validation violation as the client named it, the JSON path of a body Jackson could not
 * read, and the cause of a given type in an exception chain. Stateless; shared by every feature's
 * API.
 */
public final class RequestErrors {

    private RequestErrors() {
    }

    /** The field of a violation as the client named it: its path without the method and parameter names. */
    public static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind != ElementKind.METHOD && kind != ElementKind.PARAMETER && kind != ElementKind.CROSS_PARAMETER
                    && kind != ElementKind.RETURN_VALUE) {
                break;
            }
            String prefix = node.getName() + ".";
            if (path.startsWith(prefix)) {
                path = path.substring(prefix.length());
            }
        }
        return path;
    }

    /** The JSON path of a Jackson error, like {@code fields.PROBLEM} or {@code tags[2]}. */
    public static String jsonPath(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The first exception of the type in the chain, or null. */
    public static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
