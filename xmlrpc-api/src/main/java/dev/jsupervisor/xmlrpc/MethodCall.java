package dev.jsupervisor.xmlrpc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed request. {@code methodName} is "" when the document has none or an empty one (the
 * server then answers 400, as supervisord does); {@code params} is empty when {@code <params>} is
 * absent. Params may hold null (a {@code <nil/>} or other empty unknown element, as supervisord reads it).
 */
public record MethodCall(String methodName, List<Object> params) {
    public MethodCall {
        methodName = methodName == null ? "" : methodName;
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }
}
