import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
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
  private readonly transport;

  constructor(private readonly config: UsersConfig) {
    this.transport = createTransport(config.SMTP_URL);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
