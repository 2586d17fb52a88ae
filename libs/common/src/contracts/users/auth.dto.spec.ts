import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { LoginBody } from './auth.dto.js';

const problems = async (body: Record<string, unknown>) => (await validate(plainToInstance(LoginBody, body))).map((error) => error.property);

describe('LoginBody', () => {
  it('signs in by e-mail or by username', async () => {
    expect(await problems({ email: 'ada@example.com', password: 'correct horse' })).toEqual([]);
    expect(await problems({ username: 'ada_l', password: 'correct horse' })).toEqual([]);
  });

  it('checks an e-mail sent beside a username (the e-mail wins, so it must be an address)', async () => {
    expect(await problems({ email: {}, username: 'ada_l', password: 'correct horse' })).toEqual(['email']);
    expect(await problems({ email: 'ada@example.com', username: 'ada_l', password: 'correct horse' })).toEqual([]);
  });

  it('needs one of the two', async () => {
    expect((await problems({ password: 'correct horse' })).length).toBeGreaterThan(0);
  });
});
