package org.bridgehead.gateway.translate.message;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bridgehead.gateway.translate.TranslationRefusedException;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * The checks between header values and stanza text: nothing crosses into a SIP header that could break
 * its syntax (line breaks, a malformed Call-ID or language tag), and bodies decode strictly.
 */
final class Headers {
  /** RFC 3261 §25.1 callid = word ["@" word]. */
  private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9\\-.!%*_+`'~()<>:\\\\\"/\\[\\]?{}]+(@[A-Za-z0-9\\-.!%*_+`'~()<>:\\\\\"/\\[\\]?{}]+)?");
  /** RFC 5646 / RFC 3282 language-tag, loosely: primary subtag and subtags of up to eight alphanumerics. */
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  private Headers() {}

  /** Content-Language → xml:lang: the first tag of the list; a malformed one is a 400. */
  static String language(String contentLanguage) {
    if (contentLanguage == null || contentLanguage.isBlank()) return null;
    String tag = contentLanguage.split(",")[0].strip();
    if (!LANGUAGE.matcher(tag).matches()) {
      throw TranslationRefusedException.sip(400, "bad Content-Language '" + contentLanguage + "'");
    }
    return tag;
  }

  /** xml:lang → Content-Language; a value that is not a language tag is a bad-request. */
  static String languageOrNull(String xmlLang) {
    if (xmlLang == null || xmlLang.isEmpty()) return null;
    if (!LANGUAGE.matcher(xmlLang).matches()) {
      throw TranslationRefusedException.xmpp(StanzaErrorCondition.BAD_REQUEST, "xml:lang '" + xmlLang + "' is not a language tag");
    }
    return xmlLang;
  }

  /** A thread id as a Call-ID, or null when it cannot be one (the stack then makes a fresh Call-ID). */
  static String callId(String thread) {
    if (thread == null) return null;
    String t = thread.strip();
    return CALL_ID.matcher(t).matches() ? t : null;
  }

  /** Header-safe text: controls and line breaks become spaces; blank is null. */
  static String singleLine(String text) {
    String s = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    return s.isEmpty() ? null : s;
  }

  /** Decodes a text/plain body strictly in its declared charset (UTF-8 when none). */
  static String decode(byte[] body, ContentType type) {
    Charset charset;
    try {
      charset = type.charsetOrUtf8();
    } catch (IllegalArgumentException e) {
      throw new TranslationRefusedException(415, StanzaErrorCondition.NOT_ACCEPTABLE, "text/plain;charset=UTF-8", e.getMessage());
    }
    String text;
    try {
      text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw TranslationRefusedException.sip(400, "body is not valid " + charset.name());
    }
    if (text.isBlank()) throw TranslationRefusedException.sip(400, "empty message body");
    return text;
  }

  /** The body to send: the one in the message's own language (or without xml:lang), else the first. */
  static Optional<XmlElement> body(XmlElement message) {
    String lang = message.attribute(XmlElement.XML_LANG);
    Optional<XmlElement> first = message.child("body");
    for (XmlElement b : message.elements()) {
      if (!b.is("body", message.namespace())) continue;
      String own = b.attribute(XmlElement.XML_LANG);
      if (own == null || own.equals(lang)) return Optional.of(b);
    }
    return first;
  }
}
