package org.cep.content.items;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code in upper case, such as BE; null passes. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoCountry.Check.class)
public @interface IsoCountry {

    String message() default "is not an ISO 3166-1 alpha-2 country code in upper case, such as BE or AT";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks against the codes the JDK knows. */
    class Check implements ConstraintValidator<IsoCountry, String> {
        private static final Set<String> CODES = Set.of(Locale.getISOCountries());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }
    }
}
