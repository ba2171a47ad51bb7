package org.bridgehead.management.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The one JSON/YAML mapping of management objects, used by the audit log and topology files; the HTTP
 * API should use {@link #mapper()} too so that its JSON matches the audit log's.
 */
public final class Json {
  private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
  private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));

  private Json() {}

  public static ObjectMapper mapper() { return JSON; }

  public static ObjectMapper yamlMapper() { return YAML; }

  public static String write(Object value) {
    if (value == null) return null;
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectMapper configure(ObjectMapper m) {
    SimpleModule jids = new SimpleModule("jxmpp");
    jids.addSerializer(DomainBareJid.class, ToStringSerializer.instance);
    jids.addDeserializer(DomainBareJid.class, new JsonDeserializer<>() {
      @Override
      public DomainBareJid deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        return JidCreate.domainBareFrom(p.getValueAsString());
      }
    });
    return m.registerModule(new Jdk8Module()).registerModule(new JavaTimeModule()).registerModule(jids)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
