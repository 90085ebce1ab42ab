package org.thirdspace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ThirdSpace: a community of practice for school-university partnerships. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ThirdSpaceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThirdSpaceApplication.class, args);
    }
}
