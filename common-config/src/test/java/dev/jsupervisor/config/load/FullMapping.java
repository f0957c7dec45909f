package dev.jsupervisor.config.load;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Airlift's assertFullMapping idea for records: a config that sets every option must differ from
 * the all-defaults config in every component, so a forgotten option mapping fails the test.
 */
final class FullMapping {
    private FullMapping() {}

    /** Fails naming each component (nested model records included) equal in both, except {@code ignored}. */
    static void assertEveryComponentDiffers(Record defaults, Record full, Set<String> ignored) {
        List<String> same = new ArrayList<>();
        collectSame("", defaults, full, ignored, same);
        if (!same.isEmpty()) {
            fail("not mapped (same as default): " + same);
        }
    }

    private static void collectSame(String prefix, Record a, Record b, Set<String> ignored, List<String> same) {
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            String name = prefix + c.getName();
            if (ignored.contains(name)) {
                continue;
            }
            Object va = value(c, a);
            Object vb = value(c, b);
            if (va instanceof Record ra && vb instanceof Record rb && ra.getClass() == rb.getClass()
                    && ra.getClass().getPackageName().endsWith(".model")) {
                collectSame(name + ".", ra, rb, ignored, same);
            } else if (Objects.equals(va, vb)) {
                same.add(name);
            }
        }
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
