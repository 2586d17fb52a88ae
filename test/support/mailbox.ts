import { waitFor } from './processes.js';

const MAIL_API_URL = process.env.MAIL_API_URL ?? 'http://127.0.0.1:8025';

interface MessageSummary {
  ID: string;
  Subject: string;
}

/** Reads mail captured by Mailpit; other runs share it, so everything is looked up by recipient. */
export class Mailbox {
  async messagesTo(address: string): Promise<MessageSummary[]> {
    const response = await fetch(`${MAIL_API_URL}/api/v1/search?query=${encodeURIComponent(`to:"${address}"`)}`);
    if (!response.ok) throw new Error(`Mailpit search answered ${response.status}`);
    return ((await response.json()) as { messages: MessageSummary[] }).messages;
  }

  async text(id: string): Promise<string> {
    const response = await fetch(`${MAIL_API_URL}/api/v1/message/${id}`);
    if (!response.ok) throw new Error(`Mailpit message answered ${response.status}`);
    return ((await response.json()) as { Text: string }).Text;
  }

  /** Waits for the count-th message (1-based) to this address whose subject matches, and returns the token of its link. */
  async linkToken(address: string, subject: RegExp, count = 1): Promise<string> {
    const message = await waitFor(`mail #${count} "${subject.source}" to ${address}`, async () => {
      const matching = (await this.messagesTo(address)).filter((m) => subject.test(m.Subject));
      // Mailpit lists newest first.
      return matching.length >= count ? matching[matching.length - count] : undefined;
    }, 15_000, 100);
    const token = /token=([A-Za-z0-9_-]+)/.exec(await this.text(message.ID))?.[1];
    if (!token) throw new Error(`no token link in mail ${message.ID}`);
    return token;
  }
}
