package com.neckcheck.staff;

import java.util.function.Function;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.TriageLevel;

/**
 * Query parameters name the screening's closed vocabularies by their wire names ({@code ?pattern=mixed}),
 * the same as the API's answers; an unknown name is a bad request naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class VocabularyParameters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, TriageLevel.class, wire(s -> TriageLevel.fromWire(s).orElse(null)));
		registry.addConverter(String.class, HeadachePattern.class, wire(s -> HeadachePattern.fromWire(s).orElse(null)));
		registry.addConverter(String.class, NeckBand.class, wire(s -> NeckBand.fromWire(s).orElse(null)));
	}

	private static <T> Converter<String, T> wire(Function<String, T> parse) {
		return source -> {
			if (source.isBlank()) {
				return null;
			}
			T value = parse.apply(source.strip());
			if (value == null) {
				throw new IllegalArgumentException("unknown value '" + source + "'");
			}
			return value;
		};
	}

}
