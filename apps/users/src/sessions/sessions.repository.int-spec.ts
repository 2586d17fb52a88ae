import { Session, SessionSchema } from '@onstream/common/schemas/session.schema.js';
import { TestDatabase } from '../testing/test-database.js';
import { SessionsRepository } from './sessions.repository.js';

const database = new TestDatabase();
let repository: SessionsRepository;
const NOW = new Date('2026-03-01T12:00:00Z');

beforeAll(async () => {
  await database.open('sessions');
  repository = new SessionsRepository(await database.model(Session.name, SessionSchema));
});
afterAll(() => database.close());

async function newSession(userId: string) {
  const id = repository.newId();
  await repository.create({ id, userId, kind: 'account', profileId: null, refreshHash: 'h0', deviceName: 'Web', deviceType: 'web', userAgent: 'ua', ip: '127.0.0.1', now: NOW, expiresAt: new Date(NOW.getTime() + 3600_000) });
  return id;
}

const rotation = (sessionId: string, hash: string) => ({ sessionId, fromGeneration: 0, refreshHash: hash, ip: '127.0.0.1', userAgent: 'ua', now: NOW });

describe('SessionsRepository (real database)', () => {
  // Concurrent rotations are decided by SingleUseClaims (Redis): FerretDB 1.24's conditional
  // updates are not atomic under concurrency. Sequential ones are checked here.
  it('rotates a generation once: a second rotation from the same generation matches nothing', async () => {
    const id = await newSession('u-race');
    expect((await repository.rotate(rotation(id, 'a')))?.generation).toBe(1);
    expect(await repository.rotate(rotation(id, 'b'))).toBeNull();
  });

  it('does not rotate a revoked session', async () => {
    const id = await newSession('u-revoked');
    await repository.revoke('u-revoked', [id], 'logout', NOW);
    expect(await repository.rotate(rotation(id, 'x'))).toBeNull();
  });

  it('revokes only live sessions of the given user and reports which', async () => {
    const mine = await newSession('u-owner');
    const theirs = await newSession('u-other');
    expect(await repository.revoke('u-owner', [mine, theirs], 'revoked-by-user', NOW)).toEqual([mine]);
    expect(await repository.revoke('u-owner', [mine], 'revoked-by-user', NOW)).toEqual([]);
    expect((await repository.findById(theirs))?.revokedAt).toBeNull();
  });

  it('treats ids that are not ObjectIds as naming no session', async () => {
    const mine = await newSession('u-odd-ids');
    expect(await repository.revoke('u-odd-ids', ['not-an-id', mine.toUpperCase() + 'x'], 'logout', NOW)).toEqual([]);
    expect(await repository.revoke('u-odd-ids', ['not-an-id', mine], 'logout', NOW)).toEqual([mine]);
  });

  it('ends every session of a user but the current one', async () => {
    const current = await newSession('u-many');
    const others = [await newSession('u-many'), await newSession('u-many')];
    expect((await repository.revokeAllOfUser('u-many', 'password-change', NOW, current)).sort()).toEqual(others.sort());
    expect((await repository.findActive('u-many', NOW)).map((s) => s.id as string)).toEqual([current]);
  });
});
