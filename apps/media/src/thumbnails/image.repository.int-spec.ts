import { pngBomb } from '../../../../test/support/hostile-media.js';
import { MediaConfig } from '../media.config.js';
import { ImageRepository } from './image.repository.js';

// Real sharp on a generated decompression bomb: 400 million pixels in a few tens of kilobytes.
const images = new ImageRepository(Object.assign(new MediaConfig(), { POSTER_MAX_PIXELS: 1_000_000 }));
const bomb = pngBomb(20_000);

describe('ImageRepository', () => {
  it('reads a bomb’s size from its header without decoding it', async () => {
    expect(bomb.length).toBeLessThan(200_000);
    await expect(images.inspect(bomb)).resolves.toEqual({ format: 'png', width: 20_000, height: 20_000 });
  });

  it('refuses to decode an image over the pixel limit', async () => {
    await expect(images.toJpeg(bomb, 320)).rejects.toThrow(/pixel limit/);
  });

  it('re-encodes an image within the limit', async () => {
    const jpeg = await images.toJpeg(pngBomb(500), 320);
    await expect(images.inspect(jpeg)).resolves.toEqual({ format: 'jpeg', width: 320, height: 320 });
  });
});
