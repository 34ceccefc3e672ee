package dev.tusk.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.Type;

/**
 * Everything that touches Jackson classes. Only loaded after {@link CodecRegistry} has seen that
 * Jackson is on the class path, so Tusk runs without it.
 */
final class JacksonSupport {
    private JacksonSupport() {
    }

    /** Jackson's defaults plus every module on the class path (java.time through jsr310), dates as ISO text. */
    static ObjectMapper defaultMapper() {
        return new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    static TypeCodec<?> codec(Object mapper, Type javaType, String sqlType) {
        ObjectMapper objectMapper = (ObjectMapper) mapper;
        return new JsonCodec<>(objectMapper, objectMapper.getTypeFactory().constructType(javaType), sqlType);
    }

    static boolean isJsonNode(Type javaType) {
        return javaType instanceof Class<?> type && JsonNode.class.isAssignableFrom(type);
    }

    static Type jsonNodeType() {
        return JsonNode.class;
    }

    static boolean isMapper(Object candidate) {
        return candidate instanceof ObjectMapper;
    }
}
