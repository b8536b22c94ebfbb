package org.linli.infra.rest;

import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextParametersTest {

    private final TextParameters parameters = new TextParameters();

    @Test
    void textReachesTheResourceExactlyAsTyped() {
        ParamConverter<String> text = parameters.getConverter(String.class, String.class, new Annotation[0]);

        assertThat(text.fromString(" 2 ")).isEqualTo(" 2 ");
        assertThat(text.fromString("")).isEmpty();
        assertThat(text.fromString("家政")).isEqualTo("家政");
        assertThat(text.toString("家政")).isEqualTo("家政");
    }

    @Test
    void aParameterWithoutAValueIsNotText() {
        ParamConverter<String> text = parameters.getConverter(String.class, String.class, new Annotation[0]);

        assertThatThrownBy(() -> text.fromString(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyOtherTypeIsLeftToJersey() {
        assertThat(parameters.getConverter(Long.class, Long.class, new Annotation[0])).isNull();
        assertThat(parameters.getConverter(CharSequence.class, CharSequence.class, new Annotation[0])).isNull();
    }
}
