package com.quizdeck.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import lombok.extern.slf4j.Slf4j;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * All user-facing text, read from {@code i18n/<module>.properties} files on the classpath (one file per feature
 * module, so that modules do not edit one shared file), with {@code i18n/<module>_<lang>.properties} for a
 * translation. A translation is therefore a set of files, not a code change.
 *
 * <p>A key missing from a translation falls back to English; a key missing everywhere is shown as {@code !key!}
 * and logged, which the bundle test turns into a failure.
 */
@Slf4j
@Component
public class ModuleBundlesI18NProvider implements I18NProvider {

    private static final String PATTERN = "classpath*:i18n/*.properties";

    private final Map<String, Map<String, String>> messagesByLanguage;
    private final List<Locale> locales;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public ModuleBundlesI18NProvider() {
        this.messagesByLanguage = load();
        this.locales = messagesByLanguage.keySet().stream()
                .sorted((a, b) -> a.isEmpty() ? -1 : b.isEmpty() ? 1 : a.compareTo(b))
                .map(language -> language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language))
                .toList();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return locales;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = lookup(key, locale);
        if (pattern == null) {
            log.warn("No text for key '{}'", key);
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        MessageFormat format = formats.computeIfAbsent(effective.toLanguageTag() + "|" + key,
                k -> new MessageFormat(pattern, effective));
        synchronized (format) { // MessageFormat is not thread-safe
            return format.format(params);
        }
    }

    /** True when some bundle defines the key (used by the test that checks every key the code asks for). */
    public boolean hasKey(String key) {
        return messagesByLanguage.getOrDefault("", Map.of()).containsKey(key);
    }

    /** True when some bundle defines a key that starts with the prefix (keys built as prefix + name). */
    public boolean hasKeyStartingWith(String prefix) {
        return messagesByLanguage.getOrDefault("", Map.of()).keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    /** The English keys that start with the prefix (for the bundle test's checks of keys built from names). */
    public List<String> keysStartingWith(String prefix) {
        return messagesByLanguage.getOrDefault("", Map.of()).keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    private String lookup(String key, Locale locale) {
        if (locale != null && !locale.getLanguage().isEmpty() && !locale.getLanguage().equals("en")) {
            String translated = messagesByLanguage.getOrDefault(locale.getLanguage(), Map.of()).get(key);
            if (translated != null) {
                return translated;
            }
        }
        return messagesByLanguage.getOrDefault("", Map.of()).get(key);
    }

    /** Language ("" for the English default) to key to text, over every module's bundle. */
    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> result = new HashMap<>();
        result.put("", new HashMap<>());
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
                String name = resource.getFilename();
                String base = name.substring(0, name.length() - ".properties".length());
                int underscore = base.indexOf('_');
                String language = underscore < 0 ? "" : base.substring(underscore + 1);
                var properties = new Properties();
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                var target = result.computeIfAbsent(language, l -> new HashMap<>());
                for (String key : properties.stringPropertyNames()) {
                    String previous = target.put(key, properties.getProperty(key));
                    if (previous != null) {
                        throw new IllegalStateException("Text key '" + key + "' is defined twice (again in " + name + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text bundles " + PATTERN, e);
        }
        return result;
    }
}
