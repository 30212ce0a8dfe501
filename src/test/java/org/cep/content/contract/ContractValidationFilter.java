package org.cep.content.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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
                response::header)));
        violations.addAll(CalendarConformance.violations(response.statusCode(), response.contentType(), response.asByteArray()));
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer departs from " + ContractValidator.CONTRACT + ":\n  "
                    + String.join("\n  ", violations));
        }
        return response;
    }
}
