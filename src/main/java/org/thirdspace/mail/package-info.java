/**
 * Mail module: sends mails through SMTP when {@code spring.mail.host} is set, otherwise captures them in a
 * development mailbox (table {@code dev_mail}) that admins can read at {@code admin/mailbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.thirdspace.mail;
