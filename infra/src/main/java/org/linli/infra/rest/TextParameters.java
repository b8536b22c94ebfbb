package org.linli.infra.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Text parameters reach resources as they came, as Jersey would hand them over itself. It finds that answer only
 * after trying {@code String.valueOf(String)} and {@code String.fromString(String)} by reflection, failing twice,
 * and for the fields of a bean parameter ({@code PageParams}, on every list) it asks again at every request: that was
 * a few percent of a short request's CPU. Converters of the application are asked first.
 */
@Provider
public class TextParameters implements ParamConverterProvider {

    private static final ParamConverter<String> AS_TYPED = new ParamConverter<>() {
        @Override
        public String fromString(String value) {
            return present(value);
        }

        @Override
        public String toString(String value) {
            return present(value);
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == String.class ? (ParamConverter<T>) AS_TYPED : null;
    }

    /** A converter is never asked about a missing parameter; the contract answers one with this exception. */
    private static String present(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a parameter without a value");
        }
        return value;
    }
}
