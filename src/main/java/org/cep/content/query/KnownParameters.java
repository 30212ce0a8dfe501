package org.cep.content.query;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a query parameter that the operation does not declare, or a single-valued one given twice,
 * instead of silently ignoring it: a misspelt filter must not look like an empty one. Refuses a NUL
 * character anywhere in the parameters, which no content holds and PostgreSQL would fail on.
 */
class KnownParameters {

    /** Per operation: each declared parameter, and whether it may repeat. */
    private final Map<Method, Map<String, Boolean>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        // Only the API's filters are checked: a page may load the widget script with a cache-busting ?v=2.
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        // PostgreSQL refuses a NUL character in any text, so no stored slug can hold one.
        request.getUriInfo().getPathParameters().forEach((name, values) -> {
            if (values.stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                throw ProblemException.notFound("item", values.get(0).replace("\0", "\\0"));
            }
        });
        Map<String, Boolean> known = declared.computeIfAbsent(method, KnownParameters::declaredBy);
        List<InvalidParam> errors = new ArrayList<>();
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            Boolean repeatable = known.get(name);
            if (repeatable == null) {
                errors.add(InvalidParam.query(name, known.isEmpty() ? "this operation takes no query parameters"
                        : "unknown parameter; accepted: " + String.join(", ", known.keySet())));
            } else if (!repeatable && values.size() > 1) {
                errors.add(InvalidParam.query(name, "may be given only once, was given " + values.size() + " times"));
            } else if (values.stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                errors.add(InvalidParam.query(name, "must not contain a NUL character (%00)"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalidParameters(errors);
        }
    }

    private static Map<String, Boolean> declaredBy(Method method) {
        Map<String, Boolean> known = new TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            add(known, parameter, parameter.getName(), parameter.getType());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(known, field, field.getName(), field.getType());
                    }
                }
            }
        }
        return known;
    }

    private static void add(Map<String, Boolean> known, AnnotatedElement element, String defaultName, Class<?> type) {
        String name = null;
        if (element.isAnnotationPresent(QueryParam.class)) {
            name = element.getAnnotation(QueryParam.class).value();
        } else if (element.isAnnotationPresent(RestQuery.class)) {
            name = element.getAnnotation(RestQuery.class).value();
        }
        if (name != null) {
            known.put(name.isEmpty() ? defaultName : name, Collection.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type));
        }
    }
}
