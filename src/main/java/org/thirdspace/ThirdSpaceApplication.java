package org.thirdspace;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ThirdSpace: a community of practice for school-university partnerships. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ThirdSpaceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThirdSpaceApplication.class, args);
    }

    /** The one clock every feature reads "now" from, so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
