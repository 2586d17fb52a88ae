import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '@onstream/common';
import { createTransport } from 'nodemailer';
import { UsersConfig } from '../users.config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** SMTP out (nodemailer). Sending waits for the server to accept the message. */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport;

  constructor(private readonly config: UsersConfig) {
    this.transport = createTransport(config.SMTP_URL);
  }

  /** A refused or unreachable SMTP server becomes a 503 (try again later), not an opaque 500. */
  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    } catch (error) {
      this.logger.error({ msg: 'mail not sent', subject: mail.subject, err: error instanceof Error ? error.message : String(error) });
      throw DomainError.unavailable('E-mail cannot be sent right now; try again in a moment.');
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
