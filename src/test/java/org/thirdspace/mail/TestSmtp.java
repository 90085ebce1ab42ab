package org.thirdspace.mail;

import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) in the test JVM that tests can switch the app's mail to. While
 * it is off (the default) {@link MailService} finds no {@link JavaMailSender} and captures mails in
 * the dev mailbox as always, so other tests are unaffected. Tests that turn it on must call
 * {@link #off()} in {@code finally}.
 * <p>
 * The shared test configuration registers {@link #currentSender()} as a prototype bean: null (no
 * sender) while off.
 */
public class TestSmtp {

    private volatile GreenMail server;
    private volatile JavaMailSenderImpl sender;
    private volatile int port;

    /** Starts a GreenMail SMTP server on a free loopback port and sends the app's mail there. */
    public synchronized GreenMail on() {
        off();
        GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        port = started.getSmtp().getPort();
        server = started;
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("127.0.0.1");
        s.setPort(port);
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "5000");
        props.put("mail.smtp.writetimeout", "5000");
        s.setJavaMailProperties(props);
        sender = s;
        return started;
    }

    /** Stops the server (the app keeps sending there: an SMTP outage). */
    public synchronized void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    /** A fresh server on the same port after {@link #stopServer()} (it has not received anything yet). */
    public synchronized GreenMail restartServer() {
        GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        server = started;
        return started;
    }

    /** Stops the server and goes back to capturing in the dev mailbox. */
    public synchronized void off() {
        sender = null;
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The sender for the app, null while off. */
    public JavaMailSender currentSender() {
        return sender;
    }
}
