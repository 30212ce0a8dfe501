package org.cep.content.items;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

/** An absolute http or https URL with a host, of at most 2000 characters; null passes. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebUrl.Check.class)
public @interface WebUrl {

    String message() default "is not an http or https URL, such as https://www.cep-probation.org/";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Parses the URL with {@link URI}, which follows RFC 3986. */
    class Check implements ConstraintValidator<WebUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                URI uri = new URI(value);
                return value.length() <= 2000 && uri.getHost() != null
                        && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
