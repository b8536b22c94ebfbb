package org.linli.infra.web;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stand-ins for servlet interfaces in unit tests: each method answers from a map by its name, or with a neutral
 * value (false, 0, null). Only what a test names exists; the rest of the large servlet interfaces stays silent.
 */
public final class Fakes {

    private Fakes() {
    }

    /** An implementation of {@code type} whose methods answer from {@code answers}, keyed by method name. */
    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        Object fake = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args == null ? new Object[0] : args);
            }
            return switch (method.getName()) {
                case "toString" -> "fake " + type.getSimpleName();
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> neutral(method.getReturnType());
            };
        });
        return type.cast(fake);
    }

    /** Answers for getAttribute, setAttribute and removeAttribute kept in {@code attributes}. */
    public static Map<String, Function<Object[], Object>> attributes(Map<String, Object> attributes) {
        Map<String, Function<Object[], Object>> answers = new HashMap<>();
        answers.put("getAttribute", args -> attributes.get((String) args[0]));
        answers.put("setAttribute", args -> attributes.put((String) args[0], args[1]));
        answers.put("removeAttribute", args -> attributes.remove((String) args[0]));
        answers.put("getAttributeNames", args -> Collections.enumeration(List.copyOf(attributes.keySet())));
        return answers;
    }

    private static Object neutral(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
