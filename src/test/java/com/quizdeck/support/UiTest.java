package com.quizdeck.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Browserless UI tests: the real views and services on a throw-away H2 database with the demo
 * accounts (ana, ben, chloe, teacher, admin) and the demo class (code EAST24).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:ui-${random.uuid};DB_CLOSE_DELAY=-1",
        "quizdeck.demo-data=true"
})
@DirtiesContext
public @interface UiTest {
}
