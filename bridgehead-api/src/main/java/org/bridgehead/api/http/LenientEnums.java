package org.bridgehead.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Enum values as people write them: {@code NotSupported} (Lync's spelling), {@code not-supported},
 * {@code not_supported} and {@code NOT_SUPPORTED} all name the same constant. Anything else is refused
 * with the list of valid values.
 */
public final class LenientEnums extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public LenientEnums() {
    setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
          BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new Lenient(type.getRawClass());
      }
    });
  }

  static String normalize(String s) {
    return s.replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  private static final class Lenient extends JsonDeserializer<Enum<?>> {
    private final Class<?> type;

    Lenient(Class<?> type) { this.type = type; }

    @Override
    public Enum<?> deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = p.getValueAsString();
      if (text == null) return null;
      for (Object c : type.getEnumConstants()) {
        if (normalize(((Enum<?>) c).name()).equals(normalize(text))) return (Enum<?>) c;
      }
      String valid = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)
          .replace('_', '-')).collect(Collectors.joining(", "));
      return (Enum<?>) ctx.handleWeirdStringValue(type, text, "must be one of: %s", valid);
    }
  }
}
