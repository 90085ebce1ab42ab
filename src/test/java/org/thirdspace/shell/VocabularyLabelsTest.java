package org.thirdspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

class VocabularyLabelsTest {

    @Test
    void everySectorAndRegionHasAnEnglishLabel() throws IOException {
        var messages = new I18nConfiguration().messageSource();
        Stream.concat(Stream.of(Sector.values()).map(Sector::messageKey),
                        Stream.of(Region.values()).map(Region::messageKey))
                .forEach(key -> assertThat(messages.getMessage(key, null, null, Locale.ENGLISH))
                        .as(key).isNotBlank());
    }
}
