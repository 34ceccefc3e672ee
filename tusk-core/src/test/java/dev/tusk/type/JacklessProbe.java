package dev.tusk.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Uses the registry the way application code does (plain calls, no reflection); {@link WithoutJacksonTest}
 * runs it in a class loader without Jackson and checks what it reports.
 */
public final class JacklessProbe implements Supplier<List<String>> {

    @Override
    public List<String> get() {
        List<String> findings = new ArrayList<>();
        CodecRegistry registry = CodecRegistry.defaults();
        findings.add(registry.find(TypeUsage.of(String.class)).orElseThrow().sqlType());
        findings.add(registry.find(TypeUsage.of(int[].class)).orElseThrow().sqlType());
        findings.add(registry.forSqlType("jsonb").orElseThrow().getClass().getSimpleName());
        findings.add(registry.find(new TypeUsage(String.class, "jsonb", false, null, 0)).orElseThrow().sqlType());
        try {
            registry.find(new TypeUsage(Map.class, null, true, null, 0));
            findings.add("no exception");
        } catch (RuntimeException refused) {
            findings.add(refused.getClass().getSimpleName() + ": " + refused.getMessage());
        }
        return findings;
    }
}
