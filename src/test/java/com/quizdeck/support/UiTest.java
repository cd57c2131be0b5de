package com.quizdeck.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Browserless UI tests: the real views and services, with the demo accounts (ana, ben, chloe,
 * teacher, admin) and the demo class (code EAST24). Same context as {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
public @interface UiTest {
}
