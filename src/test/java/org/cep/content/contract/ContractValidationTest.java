package org.cep.content.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;

/** Every answer a test receives through REST Assured passes through the contract check. */
@QuarkusTest
class ContractValidationTest {

    @Test
    void every_rest_assured_call_is_checked_against_the_contract() {
        assertThat(RestAssured.filters(), hasItem(instanceOf(ContractValidationFilter.class)));
    }

    @Test
    void an_unacceptable_media_type_is_answered_as_the_contract_says() {
        given().accept("text/html").when().get("/api/v1/events").then().statusCode(406).contentType("application/problem+json");
    }
}
