package org.thirdspace.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the development mailbox table directly (the real storage, no mocks). */
public class TestMailbox {

    /** A captured mail. */
    public record Mail(String to, String subject, String text, String html) {

        public String token() {
            Matcher m = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)").matcher(text);
            if (!m.find()) {
                throw new AssertionError("no token link in: " + text);
            }
            return m.group(1);
        }
    }

    private final JdbcTemplate jdbc;

    public TestMailbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Mail> latestTo(String to) {
        List<Mail> mails = jdbc.query(
                "select recipient, subject, text_body, html_body from dev_mail where lower(recipient) = lower(?) "
                        + "order by id desc limit 1",
                (rs, i) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), to);
        return mails.stream().findFirst();
    }

    public int countTo(String to) {
        Integer n = jdbc.queryForObject("select count(*) from dev_mail where lower(recipient) = lower(?)",
                Integer.class, to);
        return n == null ? 0 : n;
    }
}
