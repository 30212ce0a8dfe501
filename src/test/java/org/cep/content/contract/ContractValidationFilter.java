package org.cep.content.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Fails the test that receives an answer departing from the committed contract, or a calendar that is not valid. */
public final class ContractValidationFilter implements Filter {

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        String path = URI.create(request.getURI()).getPath();
        // Quarkus's own endpoints (the contract itself, Swagger UI, health) are not part of the contract.
        if (path.startsWith("/q/")) {
            return response;
        }
        List<String> violations = new ArrayList<>(ContractValidator.committed().violations(new ContractValidator.Answer(
                request.getMethod(), path, response.statusCode(), response.contentType(), response.asByteArray(),
                response::header, fields(URI.create(request.getURI()).getRawQuery()))));
        violations.addAll(CalendarConformance.violations(response.statusCode(), response.contentType(), response.asByteArray()));
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer departs from " + ContractValidator.CONTRACT + ":\n  "
                    + String.join("\n  ", violations));
        }
        return response;
    }

    /** The fields a request asks for with {@code fields=}; empty when it asks for all. */
    private static Set<String> fields(String query) {
        if (query == null) {
            return Set.of();
        }
        return Arrays.stream(query.split("&")).filter(p -> p.startsWith("fields="))
                .flatMap(p -> Arrays.stream(URLDecoder.decode(p.substring(7), StandardCharsets.UTF_8).split(",")))
                .map(String::strip).collect(Collectors.toSet());
    }
}
