package com.quizdeck.dashboard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/** Walks records, lists and maps and fails on any NaN or infinite double. */
final class NoNaN {

    private NoNaN() {
    }

    static void assertNoNaN(Object value) {
        walk(value, "report");
    }

    private static void walk(Object value, String path) {
        switch (value) {
            case null -> { }
            case Double d -> assertThat(Double.isFinite(d)).as("%s = %s", path, d).isTrue();
            case Collection<?> c -> {
                int i = 0;
                for (Object element : c) {
                    walk(element, path + "[" + i++ + "]");
                }
            }
            case Map<?, ?> m -> m.forEach((k, v) -> walk(v, path + "[" + k + "]"));
            case Record r -> {
                for (RecordComponent component : r.getClass().getRecordComponents()) {
                    try {
                        walk(component.getAccessor().invoke(r), path + "." + component.getName());
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            default -> { }
        }
    }
}
